// The details pane shows each file's caption as Ideogram returned it (issue 15 item 7): plain captions as
// they are, a 4.0 structured caption (JSON text, api-contract.md §12) by its fields, never as raw JSON.
#include "core/captions/structuredcaption.h"
#include "models/datasetfilesmodel.h"

#include <QTest>

using namespace Ids;
using Core::StructuredCaption::parse;
using Core::StructuredCaption::readable;
using Core::StructuredCaption::summary;

namespace {

const QString Structured = QStringLiteral(
    R"({"high_level_description":"Ein roter Schuh auf Beton","style_description":"studio photo, soft light",)"
    R"("compositional_deconstruction":{"background":"grey concrete","elements":["red shoe",{"description":"shadow"}]},)"
    R"("tags":["schuh","写真"]})");

} // namespace

class StructuredCaptionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainCaptions_stayAsTheyAre();
    void structured_summaryAndReadableFields();
    void filesModel_showsTheDescription_notJson();
};

void StructuredCaptionTest::plainCaptions_stayAsTheyAre()
{
    for (const QString &plain : {QStringLiteral("acme shoe, red"), QStringLiteral("{not json"),
                                 QStringLiteral("[\"an\", \"array\"]"), QStringLiteral("42")}) {
        QVERIFY2(!parse(plain), qPrintable(plain));
        QCOMPARE(readable(plain), plain);
    }
    QCOMPARE(summary(QStringLiteral("two\nlines  here")), QStringLiteral("two lines here"));
}

void StructuredCaptionTest::structured_summaryAndReadableFields()
{
    QVERIFY(parse(Structured));
    QVERIFY(parse(QStringLiteral("  \n") + Structured)); // white space around it changes nothing
    QCOMPARE(summary(Structured), QStringLiteral("Ein roter Schuh auf Beton"));
    QCOMPARE(readable(Structured),
             QStringLiteral("Description: Ein roter Schuh auf Beton\n"
                            "Style: studio photo, soft light\n"
                            "Background: grey concrete\n"
                            "Element: red shoe\n"
                            "Element: shadow\n"
                            "Tags: schuh, 写真"));
    // Without a description, the style, then the tags; an unknown field is shown by its name.
    QCOMPARE(summary(QStringLiteral(R"({"tags":["a","b"]})")), QStringLiteral("a, b"));
    QCOMPARE(readable(QStringLiteral(R"({"mood":"calm"})")), QStringLiteral("mood: calm"));
}

void StructuredCaptionTest::filesModel_showsTheDescription_notJson()
{
    Models::DatasetFilesModel model;
    model.setFiles(QStringLiteral("ds"),
                   {{QStringLiteral("a.png"), 10, Structured},
                    {QStringLiteral("b.png"), 10, QStringLiteral("plain\ncaption")},
                    {QStringLiteral("c.png"), 10, std::nullopt}},
                   {});
    const int caption = int(Models::DatasetFilesModel::Column::Caption);
    QCOMPARE(model.index(0, caption).data().toString(), QStringLiteral("Ein roter Schuh auf Beton"));
    QCOMPARE(model.index(0, caption).data(Qt::ToolTipRole).toString(), readable(Structured));
    QVERIFY(!model.index(0, caption).data(Qt::ToolTipRole).toString().contains(QLatin1Char('{')));
    QCOMPARE(model.index(1, caption).data().toString(), QStringLiteral("plain caption"));
    QCOMPARE(model.index(1, caption).data(Qt::ToolTipRole).toString(), QStringLiteral("plain\ncaption"));
    QCOMPARE(model.index(2, caption).data().toString(), QStringLiteral("No caption"));
}

QTEST_GUILESS_MAIN(StructuredCaptionTest)
#include "tst_structuredcaption.moc"
