// The bulk edits of the review's captions and the caption checks (issue 15 items 2 and 5): pure functions.
#include "core/captions/captionchecks.h"
#include "core/captions/captionedits.h"
#include "core/captions/captionset.h"
#include "core/files/duplicates.h"

#include <QTest>

using namespace Ids::Core;

class CaptionEditsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prepend_addsOnceWithASpace_notTwice();
    void append_addsAtTheEnd_notTwice();
    void replace_plainIgnoringCase_orMatchingCase();
    void replace_regexWithGroups();
    void replace_invalidRegex_givesAReasonAndChangesNothing();
    void replace_noMatch_changesNothing();
    void replace_unicodeText();
    void setAndClear_onlyWhatChanges();
    void captionsJson_roundTrip();

    void checks_empty_identical_trigger_longer();
    void checks_goodSet_noWarning();
    void keepOne_keepsTheFirstOrTheDatasetsOwn();
};

void CaptionEditsTest::prepend_addsOnceWithASpace_notTwice()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("a red shoe")},
                                            {QStringLiteral("b"), QStringLiteral("Acme shoe, on grass")},
                                            {QStringLiteral("c"), QString()}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Prepend;
    edit.text = QStringLiteral("acme shoe,");
    const BulkEditResult result =
        applyBulkEdit(captions, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, edit);
    QVERIFY(result.ok());
    QCOMPARE(result.changed.size(), 2);
    QCOMPARE(result.changed.value(QStringLiteral("a")), QStringLiteral("acme shoe, a red shoe"));
    QCOMPARE(result.changed.value(QStringLiteral("c")), QStringLiteral("acme shoe,"));
    QCOMPARE(result.order, (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
    // Applied again on its own result: nothing more.
    QHash<QString, QString> after = captions;
    for (auto it = result.changed.cbegin(); it != result.changed.cend(); ++it)
        after.insert(it.key(), it.value());
    QVERIFY(applyBulkEdit(after, after.keys(), edit).changed.isEmpty());
    // Text that ends with a space is joined as it is.
    edit.text = QStringLiteral("tok ");
    QCOMPARE(applyBulkEdit(captions, {QStringLiteral("a")}, edit).changed.value(QStringLiteral("a")),
             QStringLiteral("tok a red shoe"));
}

void CaptionEditsTest::append_addsAtTheEnd_notTwice()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("a shoe")},
                                            {QStringLiteral("b"), QStringLiteral("a boot, studio photo")}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Append;
    edit.text = QStringLiteral(", studio photo");
    const BulkEditResult result = applyBulkEdit(captions, captions.keys(), edit);
    QCOMPARE(result.changed.size(), 1);
    QCOMPARE(result.changed.value(QStringLiteral("a")), QStringLiteral("a shoe, studio photo"));
}

void CaptionEditsTest::replace_plainIgnoringCase_orMatchingCase()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("Red shoe, red lace")}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Replace;
    edit.find = QStringLiteral("red");
    edit.replaceWith = QStringLiteral("blue");
    QCOMPARE(applyBulkEdit(captions, {QStringLiteral("a")}, edit).changed.value(QStringLiteral("a")),
             QStringLiteral("blue shoe, blue lace"));
    edit.matchCase = true;
    QCOMPARE(applyBulkEdit(captions, {QStringLiteral("a")}, edit).changed.value(QStringLiteral("a")),
             QStringLiteral("Red shoe, blue lace"));
    // Plain text: regular-expression characters are literal.
    edit.find = QStringLiteral("e.");
    edit.matchCase = false;
    QVERIFY(applyBulkEdit(captions, {QStringLiteral("a")}, edit).changed.isEmpty());
}

void CaptionEditsTest::replace_regexWithGroups()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("shoe size 42, shoe size 7")}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Replace;
    edit.regex = true;
    edit.find = QStringLiteral("shoe size (\\d+)");
    edit.replaceWith = QStringLiteral("size-\\1 shoe");
    const BulkEditResult result = applyBulkEdit(captions, {QStringLiteral("a")}, edit);
    QVERIFY(result.ok());
    QCOMPARE(result.changed.value(QStringLiteral("a")), QStringLiteral("size-42 shoe, size-7 shoe"));
}

void CaptionEditsTest::replace_invalidRegex_givesAReasonAndChangesNothing()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("shoe (red")}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Replace;
    edit.regex = true;
    edit.find = QStringLiteral("(red");
    edit.replaceWith = QStringLiteral("blue");
    const BulkEditResult result = applyBulkEdit(captions, {QStringLiteral("a")}, edit);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("regular expression")), qPrintable(result.error));
    QVERIFY(result.changed.isEmpty());
}

void CaptionEditsTest::replace_noMatch_changesNothing()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("a shoe")},
                                            {QStringLiteral("b"), QString()}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Replace;
    edit.find = QStringLiteral("boot");
    edit.replaceWith = QStringLiteral("sandal");
    QVERIFY(applyBulkEdit(captions, captions.keys(), edit).changed.isEmpty());
    edit.regex = true;
    QVERIFY(applyBulkEdit(captions, captions.keys(), edit).changed.isEmpty());
    edit.find.clear();
    QVERIFY(applyBulkEdit(captions, captions.keys(), edit).changed.isEmpty());
}

void CaptionEditsTest::replace_unicodeText()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("Straße mit Schuh 👟, ÉTÉ")}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Replace;
    edit.find = QStringLiteral("été");
    edit.replaceWith = QStringLiteral("hiver");
    QCOMPARE(applyBulkEdit(captions, {QStringLiteral("a")}, edit).changed.value(QStringLiteral("a")),
             QStringLiteral("Straße mit Schuh 👟, hiver"));
    edit.regex = true;
    edit.find = QStringLiteral("^(\\w+)");
    edit.replaceWith = QStringLiteral("[\\1]");
    QCOMPARE(applyBulkEdit(captions, {QStringLiteral("a")}, edit).changed.value(QStringLiteral("a")),
             QStringLiteral("[Straße] mit Schuh 👟, ÉTÉ"));
    edit.find = QStringLiteral("👟");
    edit.replaceWith = QStringLiteral("shoe");
    QCOMPARE(applyBulkEdit(captions, {QStringLiteral("a")}, edit).changed.value(QStringLiteral("a")),
             QStringLiteral("Straße mit Schuh shoe, ÉTÉ"));
}

void CaptionEditsTest::setAndClear_onlyWhatChanges()
{
    const QHash<QString, QString> captions {{QStringLiteral("a"), QStringLiteral("same")},
                                            {QStringLiteral("b"), QStringLiteral("other")},
                                            {QStringLiteral("c"), QString()}};
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Set;
    edit.text = QStringLiteral("same");
    QCOMPARE(applyBulkEdit(captions, captions.keys(), edit).changed.size(), 2);
    edit.kind = BulkEdit::Kind::Clear;
    const BulkEditResult cleared = applyBulkEdit(captions, captions.keys(), edit);
    QCOMPARE(cleared.changed.size(), 2);
    QVERIFY(!cleared.changed.contains(QStringLiteral("c")));
}

void CaptionEditsTest::captionsJson_roundTrip()
{
    CaptionMap captions;
    captions.insert(QStringLiteral("/p/a.jpg"), {QStringLiteral("a shoe ✓"), CaptionSource::Typed, false});
    captions.insert(QStringLiteral("/p/b.zip#2"), {QStringLiteral("{\"tags\":[]}"), CaptionSource::Ideogram, true});
    QCOMPARE(captionsFromJson(captionsToJson(captions)), captions);
}

void CaptionEditsTest::checks_empty_identical_trigger_longer()
{
    // All the same.
    QList<QPair<QString, QString>> same {{QStringLiteral("a"), QStringLiteral("a shoe")},
                                         {QStringLiteral("b"), QStringLiteral("a shoe ")}};
    QList<CaptionWarning> warnings = checkCaptions(same);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().kind, CaptionWarning::Kind::AllIdentical);

    // A trigger word most captions start with, missing in two; one empty; one much longer.
    QList<QPair<QString, QString>> set {
        {QStringLiteral("1"), QStringLiteral("acme shoe, red, on grass")},
        {QStringLiteral("2"), QStringLiteral("Acme shoe, blue, in a studio")},
        {QStringLiteral("3"), QStringLiteral("acme, a boot on sand")},
        {QStringLiteral("4"), QStringLiteral("a green shoe on a table")},
        {QStringLiteral("5"), QStringLiteral("a sneaker (acme) in the rain")},
        {QStringLiteral("6"), QStringLiteral("white shoe") + QStringLiteral(", very detailed").repeated(20)},
        {QStringLiteral("7"), QStringLiteral("  ")},
    };
    warnings = checkCaptions(set);
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0).kind, CaptionWarning::Kind::Empty);
    QCOMPARE(warnings.at(0).keys, QStringList {QStringLiteral("7")});
    QCOMPARE(warnings.at(1).kind, CaptionWarning::Kind::MissingTrigger);
    QCOMPARE(warnings.at(1).word, QStringLiteral("acme"));
    QCOMPARE(warnings.at(1).keys, (QStringList {QStringLiteral("4"), QStringLiteral("6")}));
    QVERIFY2(warnings.at(1).text.contains(QStringLiteral("acme")), qPrintable(warnings.at(1).text));
    QCOMPARE(warnings.at(2).kind, CaptionWarning::Kind::MuchLonger);
    QCOMPARE(warnings.at(2).keys, QStringList {QStringLiteral("6")});
}

void CaptionEditsTest::checks_goodSet_noWarning()
{
    const QList<QPair<QString, QString>> set {{QStringLiteral("1"), QStringLiteral("acme shoe, red")},
                                              {QStringLiteral("2"), QStringLiteral("acme shoe, blue")},
                                              {QStringLiteral("3"), QStringLiteral("acme boot, on sand")},
                                              {QStringLiteral("4"), QStringLiteral("acme sandal, on a table")}};
    QVERIFY(checkCaptions(set).isEmpty());
}

void CaptionEditsTest::keepOne_keepsTheFirstOrTheDatasetsOwn()
{
    const QStringList review {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                              QStringLiteral("e")};
    QList<DuplicateGroup> groups;
    groups.append({{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}, true, 0});
    groups.append({{QStringLiteral("d"), DatasetKeyPrefix + QStringLiteral("old.png")}, false, 3});
    // The first of the review's order stays (a); a copy of the dataset's own image goes (d); e is alone.
    QCOMPARE(duplicatesToRemove(groups, review),
             (QStringList {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("d")}));
    const QHash<QString, QStringList> others = duplicateOthers(groups);
    QCOMPARE(others.value(QStringLiteral("d")), QStringList {DatasetKeyPrefix + QStringLiteral("old.png")});
    QCOMPARE(others.value(QStringLiteral("a")), (QStringList {QStringLiteral("c"), QStringLiteral("b")}));
    QVERIFY(!others.contains(DatasetKeyPrefix + QStringLiteral("old.png")));
}

QTEST_GUILESS_MAIN(CaptionEditsTest)
#include "tst_captionedits.moc"
