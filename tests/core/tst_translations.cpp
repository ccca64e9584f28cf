// The German translation: complete, compiled, loaded the way main() loads it, and used by real code.
#include "core/api/apierror.h"
#include "core/validation/datasetname.h"
#include "models/datasetlistmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Ids::Core;

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tsFile_everyMessageTranslated();
    void qmFile_loadsForGermanLocale_andTranslatesRealStrings();
    void englishLocale_keepsSourceStrings();
    void englishPlurals_coverEveryPluralMessage();
};

void TranslationsTest::tsFile_everyMessageTranslated()
{
    QFile file(QStringLiteral(IDS_TS_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!type.isEmpty() || text.isEmpty())
                missing << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
}

void TranslationsTest::qmFile_loadsForGermanLocale_andTranslatesRealStrings()
{
    QTranslator translator;
    // The same call as main(), with the locale a German desktop reports.
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("ideogram-datasets"),
                            QStringLiteral("_"), QStringLiteral(IDS_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString emptyName = DatasetName::check(QString()).reason;
    ApiError unauthorized;
    unauthorized.kind = ApiError::Kind::Unauthorized;
    ApiError rateLimited;
    rateLimited.kind = ApiError::Kind::RateLimited;
    rateLimited.retryAfter = std::chrono::milliseconds(1000);
    const QString noCover = Ids::Models::DatasetListModel::coverText(Dataset());
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(emptyName != DatasetName::check(QString()).reason, qPrintable(emptyName));
    QVERIFY2(emptyName.contains(QStringLiteral("Namen")), qPrintable(emptyName));
    QVERIFY2(unauthorized.headline().contains(QStringLiteral("key")), "source text is English");
    QVERIFY2(noCover != QStringLiteral("No cover yet"), qPrintable(noCover));
    QVERIFY(!rateLimited.headline().isEmpty());
}

void TranslationsTest::englishLocale_keepsSourceStrings()
{
    QTranslator translator;
    // The English .qm holds only plural forms: other strings stay the source text, counts read naturally.
    QVERIFY(translator.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("ideogram-datasets"),
                            QStringLiteral("_"), QStringLiteral(IDS_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(DatasetName::check(QString()).reason, QStringLiteral("Enter a name for the dataset."));
    ApiError limited;
    limited.kind = ApiError::Kind::RateLimited;
    limited.retryAfter = std::chrono::seconds(1);
    QVERIFY2(limited.headline().contains(QStringLiteral("Wait 1 second,")), qPrintable(limited.headline()));
    limited.retryAfter = std::chrono::seconds(30);
    QVERIFY2(limited.headline().contains(QStringLiteral("Wait 30 seconds,")), qPrintable(limited.headline()));
    QCoreApplication::removeTranslator(&translator);
}

void TranslationsTest::englishPlurals_coverEveryPluralMessage()
{
    const auto pluralSources = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QSet<QString>();
        QXmlStreamReader xml(&file);
        QSet<QString> sources;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message"))
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            else if (xml.name() == QLatin1String("source") && numerus)
                sources.insert(xml.readElementText());
        }
        return sources;
    };
    const QSet<QString> german = pluralSources(QStringLiteral(IDS_TS_FILE));
    const QSet<QString> english = pluralSources(QStringLiteral(IDS_EN_TS_FILE));
    QVERIFY(german.size() > 10);
    const QSet<QString> missing = german - english;
    // When this fails: lupdate src ui -pluralonly -ts translations/ideogram-datasets_en.ts, then add the forms.
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.cbegin(), missing.cend()).join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
