// What Ideogram's answers say about an upload's files (UploadMatch): names of ZIP members or of the ZIP itself,
// refusals, a size that differs, a caption known only through its image, and the list from before a ZIP left.
#include "core/services/uploadmatch.h"

#include <QTest>

using namespace Ids::Core;

namespace {

UploadItem item(const QString &name, int group, bool isImage = true, qint64 size = 100)
{
    UploadItem result;
    result.part.sentName = name;
    result.part.size = size;
    result.part.mimeType = isImage ? QByteArrayLiteral("image/jpeg") : QByteArrayLiteral("text/plain");
    result.group = group;
    result.isImage = isImage;
    return result;
}

DatasetFile file(const QString &name, std::optional<qint64> size = std::nullopt,
                 std::optional<QString> caption = std::nullopt)
{
    DatasetFile result;
    result.fileName = name;
    result.sizeBytes = size;
    result.caption = caption;
    return result;
}

UploadedAsset stored(const QString &name, const QString &id)
{
    UploadedAsset asset;
    asset.fileName = name;
    asset.asset.assetId = id;
    return asset;
}

} // namespace

class UploadMatchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readAnswer_namesFilesMembersAndTheZipItself();
    void readAnswer_ignoresNamesOutsideTheBatch();
    void fileArrived_bySizeAndCaptionThroughItsImage();
    void zipArrival_splitsAddedFromAlreadyThere();
    void zipOutcome_storedRefusedOrNotMentioned();
};

void UploadMatchTest::readAnswer_namesFilesMembersAndTheZipItself()
{
    const QList<UploadItem> items {item(QStringLiteral("a.jpg"), 0), item(QStringLiteral("a.txt"), 0, false),
                                   item(QStringLiteral("more.zip"), 1), item(QStringLiteral("other.zip"), 2)};
    const QHash<int, QStringList> zips {{2, {QStringLiteral("x.jpg"), QStringLiteral("y.jpg")}},
                                        {3, {QStringLiteral("z.jpg")}}};
    UploadSummary summary;
    summary.successful = {stored(QStringLiteral("a.jpg"), QStringLiteral("A")),
                          stored(QStringLiteral("x.jpg"), QStringLiteral("X")),
                          stored(QStringLiteral("other.zip"), QStringLiteral("O"))};
    FailedAsset refusedCaption;
    refusedCaption.fileName = QStringLiteral("a.txt");
    refusedCaption.failureReason = FailureReason::InternalError;
    FailedAsset refusedMember;
    refusedMember.fileName = QStringLiteral("y.jpg");
    refusedMember.failureReason = QStringLiteral("INVALID_FILE");
    summary.failed = {refusedCaption, refusedMember};

    const UploadMatch::BatchAnswer answer = UploadMatch::readAnswer(items, {0, 1, 2, 3}, zips, summary);
    QCOMPARE(answer.stored.value(0), QStringLiteral("A"));
    QCOMPARE(answer.refused.value(1), FailureReason::InternalError);
    QCOMPARE(answer.zipAdded.value(2), QStringList {QStringLiteral("x.jpg")});
    QCOMPARE(answer.zipRefused.value(2).value(QStringLiteral("y.jpg")), QStringLiteral("INVALID_FILE"));
    // A ZIP the answer names as a whole: all of its images count as added, and it keeps the asset id.
    QCOMPARE(answer.stored.value(3), QStringLiteral("O"));
    QCOMPARE(answer.zipAdded.value(3), QStringList {QStringLiteral("z.jpg")});
    QVERIFY(!answer.stored.contains(2));
}

void UploadMatchTest::readAnswer_ignoresNamesOutsideTheBatch()
{
    const QList<UploadItem> items {item(QStringLiteral("a.jpg"), 0), item(QStringLiteral("b.jpg"), 1)};
    UploadSummary summary;
    summary.successful = {stored(QStringLiteral("b.jpg"), QStringLiteral("B")),
                          stored(QStringLiteral("unknown.jpg"), QStringLiteral("U"))};
    const UploadMatch::BatchAnswer answer = UploadMatch::readAnswer(items, {0}, {}, summary);
    QVERIFY(answer.stored.isEmpty());
    QVERIFY(answer.refused.isEmpty());
}

void UploadMatchTest::fileArrived_bySizeAndCaptionThroughItsImage()
{
    const QList<UploadItem> items {item(QStringLiteral("a.jpg"), 0), item(QStringLiteral("a.txt"), 0, false),
                                   item(QStringLiteral("b.jpg"), 1), item(QStringLiteral("b.txt"), 1, false),
                                   item(QStringLiteral("c.jpg"), 2)};
    const QHash<QString, DatasetFile> onServer =
        UploadMatch::filesByName({file(QStringLiteral("a.jpg"), 100, QStringLiteral("a red chair")),
                                  file(QStringLiteral("b.jpg")), file(QStringLiteral("c.jpg"), 99), DatasetFile {}});
    QCOMPARE(onServer.size(), 3); // a file without a name is left out
    QVERIFY(UploadMatch::fileArrived(items, 0, onServer));
    QVERIFY(UploadMatch::fileArrived(items, 1, onServer)); // its image carries a caption
    QVERIFY(UploadMatch::fileArrived(items, 2, onServer)); // no size stated: the same file
    QVERIFY(!UploadMatch::fileArrived(items, 3, onServer)); // its image has no caption
    QVERIFY(!UploadMatch::fileArrived(items, 4, onServer)); // another file of that name
}

void UploadMatchTest::zipArrival_splitsAddedFromAlreadyThere()
{
    const QHash<QString, DatasetFile> onServer =
        UploadMatch::filesByName({file(QStringLiteral("x.jpg")), file(QStringLiteral("y.jpg"))});
    const QStringList members {QStringLiteral("x.jpg"), QStringLiteral("y.jpg"), QStringLiteral("z.jpg")};
    const QSet<QString> before {QStringLiteral("y.jpg")};
    const UploadMatch::ZipArrival known = UploadMatch::zipArrival(members, onServer, &before);
    QCOMPARE(known.added, QStringList {QStringLiteral("x.jpg")});
    QCOMPARE(known.already, QStringList {QStringLiteral("y.jpg")});
    const UploadMatch::ZipArrival unknown = UploadMatch::zipArrival(members, onServer, nullptr);
    QCOMPARE(unknown.added, (QStringList {QStringLiteral("x.jpg"), QStringLiteral("y.jpg")}));
    QVERIFY(unknown.already.isEmpty());
    QVERIFY(!UploadMatch::zipArrival({QStringLiteral("z.jpg")}, onServer, nullptr).any());
    QCOMPARE(UploadMatch::zipMessage(QStringLiteral("more.zip"), known.added, known.already),
             QStringLiteral("more.zip: 1 image(s) added (x.jpg) more.zip: 1 image(s) were already in the dataset "
                            "(y.jpg)"));
}

void UploadMatchTest::zipOutcome_storedRefusedOrNotMentioned()
{
    QVERIFY(!UploadMatch::zipOutcome(QStringLiteral("more.zip"), {}, {}));
    const auto stored = UploadMatch::zipOutcome(QStringLiteral("more.zip"), {QStringLiteral("x.jpg")},
                                                {{QStringLiteral("y.jpg"), QStringLiteral("INVALID_FILE")}});
    QVERIFY(stored && stored->stored);
    QVERIFY2(stored->message.startsWith(QStringLiteral("more.zip: 1 image(s) added (x.jpg) y.jpg: ")),
             qPrintable(stored->message));
    const auto refused = UploadMatch::zipOutcome(QStringLiteral("more.zip"), {},
                                                 {{QStringLiteral("y.jpg"), QStringLiteral("INVALID_FILE")}});
    QVERIFY(refused && !refused->stored);
    QCOMPARE(refused->failureReason, QStringLiteral("INVALID_FILE"));
}

QTEST_GUILESS_MAIN(UploadMatchTest)
#include "tst_uploadmatch.moc"
