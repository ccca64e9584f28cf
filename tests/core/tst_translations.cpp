// The German and Japanese translations: complete, compiled, loaded the way main() loads them, and used by real code.
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
    void tsFile_everyMessageTranslated_data();
    void tsFile_everyMessageTranslated();
    void qmFile_loadsForGermanLocale_andTranslatesRealStrings();
    void qmFile_loadsForJapaneseLocale_andTranslatesRealStrings();
    void englishLocale_keepsSourceStrings();
    void englishPlurals_coverEveryPluralMessage();
};

void TranslationsTest::tsFile_everyMessageTranslated_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("German") << QStringLiteral(IDS_TS_FILE);
    QTest::newRow("Japanese") << QStringLiteral(IDS_JA_TS_FILE);
}

void TranslationsTest::tsFile_everyMessageTranslated()
{
    QFETCH(QString, path);
    QFile file(path);
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
    // A sentence about the key whose wording has stayed since the last translation pass (the Unauthorized one
    // now names File ▸ Accounts… and waits for the next pass).
    ApiError unauthorized;
    unauthorized.kind = ApiError::Kind::Forbidden;
    ApiError rateLimited;
    rateLimited.kind = ApiError::Kind::RateLimited;
    rateLimited.retryAfter = std::chrono::milliseconds(1000);
    // Every sentence is read while the translator is installed, then again in English after it is gone:
    // each must differ, so each came from the German catalogue.
    const QStringList german {DatasetName::check(QString()).reason, unauthorized.headline(), rateLimited.headline(),
                              Ids::Models::DatasetListModel::coverText(Dataset())};
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    const QStringList english {DatasetName::check(QString()).reason, unauthorized.headline(), rateLimited.headline(),
                               Ids::Models::DatasetListModel::coverText(Dataset())};

    QCOMPARE(english.at(0), QStringLiteral("Enter a name for the dataset."));
    QCOMPARE(english.at(3), QStringLiteral("No cover yet"));
    for (int i = 0; i < german.size(); ++i) {
        QVERIFY2(!german.at(i).isEmpty(), qPrintable(english.at(i)));
        QVERIFY2(german.at(i) != english.at(i), qPrintable(QStringLiteral("not translated: ") + english.at(i)));
    }
    QVERIFY2(german.at(0).contains(QStringLiteral("Namen")), qPrintable(german.at(0)));
    QVERIFY2(german.at(1).contains(QStringLiteral("Schlüssel")), qPrintable(german.at(1)));
}

void TranslationsTest::qmFile_loadsForJapaneseLocale_andTranslatesRealStrings()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("ideogram-datasets"),
                            QStringLiteral("_"), QStringLiteral(IDS_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    ApiError unauthorized;
    unauthorized.kind = ApiError::Kind::Unauthorized;
    const QString name = DatasetName::check(QString()).reason;
    const QString key = unauthorized.headline();
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY2(name.contains(QStringLiteral("データセット")), qPrintable(name));
    QVERIFY2(key.contains(QStringLiteral("キー")), qPrintable(key));
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
