// Sizes as people read them, the same everywhere the app shows one (issue 14, item 8: "176.85 KiB" in the
// dataset's file list, "MiB" in the review).
#include "core/text/datasize.h"
#include "models/datasetfilesmodel.h"

#include <QLocale>
#include <QTest>

using namespace Ids;

class DataSizeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data();
    void text();
    void text_germanLocale_usesItsDecimalComma();
    void filesModel_showsSizesInTheSameUnits();
};

void DataSizeTest::text_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a photo") << qint64(181092) << QStringLiteral("177 kB");
    QTest::newRow("the upload limit") << qint64(25) * 1024 * 1024 << QStringLiteral("25 MB");
    QTest::newRow("a few megabytes") << qint64(3.4 * 1024 * 1024) << QStringLiteral("3.4 MB");
    QTest::newRow("a whole number of megabytes") << qint64(3) * 1024 * 1024 << QStringLiteral("3 MB");
    QTest::newRow("the caption limit") << qint64(10 * 1024) << QStringLiteral("10 kB");
    QTest::newRow("a gigabyte and a half") << qint64(1536) * 1024 * 1024 << QStringLiteral("1.5 GB");
}

void DataSizeTest::text()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    const QString text = Core::dataSizeText(bytes, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(text, expected);
    QVERIFY2(!text.contains(QStringLiteral("iB")), qPrintable(text)); // never KiB, MiB
}

void DataSizeTest::text_germanLocale_usesItsDecimalComma()
{
    QCOMPARE(Core::dataSizeText(qint64(3.4 * 1024 * 1024), QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("3,4 MB"));
    // Under one kilobyte: bytes, counted (the plural form comes from the translation).
    QVERIFY(Core::dataSizeText(512).startsWith(QStringLiteral("512 byte")));
    QVERIFY(Core::dataSizeText(-5).startsWith(QStringLiteral("0 byte")));
}

void DataSizeTest::filesModel_showsSizesInTheSameUnits()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Models::DatasetFilesModel model;
    Core::DatasetFile file;
    file.fileName = QStringLiteral("p1.jpg");
    file.sizeBytes = 181092;
    model.setFiles(QStringLiteral("d"), {file}, {});
    QCOMPARE(model.index(0, int(Models::DatasetFilesModel::Column::Size)).data().toString(), QStringLiteral("177 kB"));
    QLocale::setDefault(QLocale::system());
}

QTEST_GUILESS_MAIN(DataSizeTest)
#include "tst_datasize.moc"
