// Export dataset… (issue 15 item 7): the app's local copies of a dataset's images, with the captions
// Ideogram returned, written as an image folder in a ZIP, read back with the app's own ZIP reader.
#include "core/captions/datasetexport.h"
#include "core/files/zipdirectory.h"
#include "core/files/zipmember.h"
#include "core/files/zipwriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;

namespace {

const QString DatasetId = QStringLiteral("ds-export");

QByteArray someBytes(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7 + (i >> 8));
    return bytes;
}

// The ZIP's entries by name, read with ZipDirectory and ZipMember (the reader the review sheet uses).
QHash<QString, QByteArray> readZip(const QString &path, QStringList *order = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ZipListing listing = ZipDirectory::read(&file);
    [&] { QVERIFY2(listing.problem.isEmpty(), qPrintable(listing.problem)); }();
    QHash<QString, QByteArray> entries;
    for (const ZipEntry &entry : listing.entries) {
        QString error;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        [&] { QVERIFY2(ZipMember::extract(&file, entry, &out, &error), qPrintable(error)); }();
        entries.insert(entry.name, out.data());
        if (order)
            order->append(entry.name);
    }
    return entries;
}

} // namespace

class DatasetExportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zipWriter_readBackByTheAppsReader();
    void export_localFilesAndCaptions_reportNamesTheRest();
    void export_sharedStem_andVanishedOriginal_reported();
    void export_cancelled_writesNothing();
};

void DatasetExportTest::zipWriter_readBackByTheAppsReader()
{
    QBuffer zip;
    zip.open(QIODevice::ReadWrite);
    ZipWriter writer(&zip, QDateTime(QDate(2026, 11, 30), QTime(12, 34, 56)));
    const QByteArray big = someBytes(200 * 1024 + 3, 'a'); // more than one chunk
    QBuffer source;
    source.setData(big);
    source.open(QIODevice::ReadOnly);
    QString error;
    QVERIFY2(writer.add(QStringLiteral("große Ähre 写真.png"), &source, &error), qPrintable(error));
    QVERIFY2(writer.add(QStringLiteral("empty.txt"), QByteArrayView(), &error), qPrintable(error));
    QVERIFY2(writer.finish(&error), qPrintable(error));

    const ZipListing listing = ZipDirectory::read(QByteArrayView(zip.data()));
    QVERIFY2(listing.problem.isEmpty(), qPrintable(listing.problem));
    QCOMPARE(listing.entries.size(), 2);
    QCOMPARE(listing.entries.at(0).name, QStringLiteral("große Ähre 写真.png"));
    QCOMPARE(listing.entries.at(0).nameSource, ZipNameSource::Utf8Flag);
    QCOMPARE(listing.entries.at(0).uncompressedSize, big.size());
    QCOMPARE(listing.entries.at(1).uncompressedSize, 0);
    zip.seek(0);
    QString readError;
    QCOMPARE(ZipMember::read(&zip, listing.entries.at(0), big.size(), &readError), big);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
}

void DatasetExportTest::export_localFilesAndCaptions_reportNamesTheRest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray red = someBytes(5000, 'r');
    const QByteArray blue = someBytes(70 * 1024, 'b');
    const QByteArray plain = someBytes(10, 'p');
    const QList<QPair<QString, QByteArray>> originals {{QStringLiteral("straße_rot.png"), red},
                                                       {QStringLiteral("青い靴.jpg"), blue},
                                                       {QStringLiteral("plain.webp"), plain}};
    QList<LocalFile> local;
    for (const auto &[name, bytes] : originals) {
        QFile file(dir.filePath(QStringLiteral("src-") + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        local.append({DatasetId, name, file.fileName(), bytes.size(), {}, {}, {}});
    }
    const QString structured = QStringLiteral(R"({"high_level_description":"Ein blauer Schuh","tags":["靴"]})");
    DatasetDetail detail;
    detail.dataset.id = DatasetId;
    detail.files = {
        {QStringLiteral("straße_rot.png"), red.size(), QStringLiteral("acme shoe, rot, „Straße“\nzweite Zeile")},
        {QStringLiteral("uploaded-elsewhere.png"), 12, QStringLiteral("not here")},
        {QStringLiteral("青い靴.jpg"), blue.size(), structured},
        {QStringLiteral("plain.webp"), plain.size(), std::nullopt},
        {QStringLiteral("ünterwegs.png"), 3, std::nullopt}};
    detail.fileCount = detail.files.size();

    const DatasetExportPlan plan = DatasetExportPlan::make(detail, local);
    QCOMPARE(plan.images.size(), 3);
    QCOMPARE(plan.withoutLocalCopy,
             QStringList({QStringLiteral("uploaded-elsewhere.png"), QStringLiteral("ünterwegs.png")}));

    const QString zipPath = dir.filePath(QStringLiteral("export.zip"));
    QList<int> progress;
    const DatasetExportResult result = DatasetExport::write(plan, zipPath, [&](int done, int total) {
        progress.append(done);
        return total == 3;
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imagesWritten, 3);
    QCOMPARE(progress, QList<int>({1, 2, 3}));
    QCOMPARE(result.withoutLocalCopy, plan.withoutLocalCopy);
    QVERIFY(result.unreadable.isEmpty());

    QStringList order;
    const QHash<QString, QByteArray> entries = readZip(zipPath, &order);
    QCOMPARE(order,
             QStringList({QStringLiteral("straße_rot.png"), QStringLiteral("青い靴.jpg"), QStringLiteral("plain.webp"),
                          QStringLiteral("straße_rot.txt"), QStringLiteral("青い靴.json"),
                          QStringLiteral("metadata.jsonl")}));
    QCOMPARE(entries.value(QStringLiteral("straße_rot.png")), red);
    QCOMPARE(entries.value(QStringLiteral("青い靴.jpg")), blue);
    QCOMPARE(entries.value(QStringLiteral("plain.webp")), plain);
    QCOMPARE(QString::fromUtf8(entries.value(QStringLiteral("straße_rot.txt"))), detail.files.at(0).caption.value());
    QCOMPARE(QString::fromUtf8(entries.value(QStringLiteral("青い靴.json"))), structured);

    const QList<QByteArray> lines = entries.value(QStringLiteral("metadata.jsonl")).split('\n');
    QCOMPARE(lines.size(), 4); // three lines, each ending in LF
    QVERIFY(lines.last().isEmpty());
    const QList<QPair<QString, QString>> expected {
        {QStringLiteral("straße_rot.png"), detail.files.at(0).caption.value()},
        {QStringLiteral("青い靴.jpg"), structured},
        {QStringLiteral("plain.webp"), QString()}};
    for (int i = 0; i < expected.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.keys(), QStringList({QStringLiteral("file_name"), QStringLiteral("text")}));
        QCOMPARE(object.value(QStringLiteral("file_name")).toString(), expected.at(i).first);
        QCOMPARE(object.value(QStringLiteral("text")).toString(), expected.at(i).second);
    }
}

void DatasetExportTest::export_sharedStem_andVanishedOriginal_reported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<LocalFile> local;
    for (const QString &name : {QStringLiteral("a.png"), QStringLiteral("a.jpg"), QStringLiteral("gone.png")}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(name.toUtf8());
        local.append({DatasetId, name, file.fileName(), 5, {}, {}, {}});
    }
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("gone.png"))));
    DatasetDetail detail;
    detail.dataset.id = DatasetId;
    detail.files = {{QStringLiteral("a.png"), 5, QStringLiteral("first")},
                    {QStringLiteral("a.jpg"), 5, QStringLiteral("second")},
                    {QStringLiteral("gone.png"), 8, QStringLiteral("lost")}};
    const QString zipPath = dir.filePath(QStringLiteral("out.zip"));
    const DatasetExportResult result = DatasetExport::write(DatasetExportPlan::make(detail, local), zipPath);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imagesWritten, 2);
    QCOMPARE(result.unreadable, QStringList({QStringLiteral("gone.png")}));
    QCOMPARE(result.sharedStem, QStringList({QStringLiteral("a.jpg")}));
    const QHash<QString, QByteArray> entries = readZip(zipPath);
    QCOMPARE(entries.value(QStringLiteral("a.txt")), QByteArray("first"));
    QVERIFY(!entries.contains(QStringLiteral("gone.png")));
    QVERIFY(entries.value(QStringLiteral("metadata.jsonl")).contains("\"second\""));
    QVERIFY(!entries.value(QStringLiteral("metadata.jsonl")).contains("\"lost\""));
}

void DatasetExportTest::export_cancelled_writesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("x.png")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    DatasetDetail detail;
    detail.dataset.id = DatasetId;
    detail.files = {{QStringLiteral("x.png"), 1, std::nullopt}, {QStringLiteral("x.png"), 1, std::nullopt}};
    const QList<LocalFile> local {{DatasetId, QStringLiteral("x.png"), file.fileName(), 1, {}, {}, {}}};
    const QString zipPath = dir.filePath(QStringLiteral("never.zip"));
    const DatasetExportResult result =
        DatasetExport::write(DatasetExportPlan::make(detail, local), zipPath, [](int, int) { return false; });
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(!QFile::exists(zipPath));
}

QTEST_GUILESS_MAIN(DatasetExportTest)
#include "tst_datasetexport.moc"
