// The review drafts in the account database (issue 15 item 6): saved, read back, discarded, per scope, and a
// database of the previous schema (4) migrated with nothing lost.
#include "../common/previousschema.h"
#include "core/storage/datasetstore.h"
#include "core/storage/draftstore.h"
#include "core/storage/journal.h"
#include "core/storage/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;

class DraftStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void saveReadDiscard_perDatasetAndScope();
    void open_schema4_migratedTo5_draftsWork_journalKept();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("db.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void DraftStoreTest::saveReadDiscard_perDatasetAndScope()
{
    DatasetStore store(path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    store.setScope(QStringLiteral("sandbox"));
    DraftStore drafts(&store);
    QVERIFY(!drafts.draft(QStringLiteral("d1")));

    ReviewDraft draft;
    draft.datasetId = QStringLiteral("d1");
    draft.paths = {QStringLiteral("/photos/a.jpg"), QStringLiteral("/photos/more.zip")};
    draft.removedKeys = {QStringLiteral("/photos/more.zip#3")};
    draft.captions.insert(QStringLiteral("/photos/a.jpg"),
                          {QStringLiteral("acme shoe, red"), CaptionSource::Typed, false});
    draft.captions.insert(QStringLiteral("/photos/more.zip#1"),
                          {QStringLiteral("a boot on sand"), CaptionSource::Ideogram, false});
    QVERIFY2(drafts.save(draft), qPrintable(drafts.lastError()));

    const std::optional<ReviewDraft> read = drafts.draft(QStringLiteral("d1"));
    QVERIFY(read);
    QCOMPARE(read->paths, draft.paths);
    QCOMPARE(read->removedKeys, draft.removedKeys);
    QCOMPARE(read->captions, draft.captions);
    QVERIFY(read->savedAtUtc.isValid());

    // Another scope (account address) does not see it.
    store.setScope(QStringLiteral("https://api.ideogram.ai"));
    QVERIFY(!drafts.draft(QStringLiteral("d1")));
    store.setScope(QStringLiteral("sandbox"));

    // A second save replaces the first.
    draft.paths.removeLast();
    QVERIFY(drafts.save(draft));
    QCOMPARE(drafts.draft(QStringLiteral("d1"))->paths, draft.paths);

    QVERIFY(drafts.discard(QStringLiteral("d1")));
    QVERIFY(!drafts.draft(QStringLiteral("d1")));
}

void DraftStoreTest::open_schema4_migratedTo5_draftsWork_journalKept()
{
    // Schema 4 as that version wrote it: schema 3, then its one journal (the statements of toVersion4).
    QString error;
    QVERIFY2(PreviousSchema::write(
                 path(),
                 {QStringLiteral("INSERT INTO datasets (scope, id, name, user_id, creation_raw, seen_at) VALUES "
                                 "('sandbox', 'd1', 'Shoes', 'u', '', 1)"),
                  QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
                                 "kind TEXT NOT NULL, started_ms INTEGER NOT NULL, payload TEXT NOT NULL)"),
                  QStringLiteral("INSERT INTO journal (scope, kind, started_ms, payload) VALUES ('sandbox', "
                                 "'create-dataset', 5, '{\"name\":\"Boots\",\"knownIds\":[]}')"),
                  QStringLiteral("DROP TABLE pending_creates"), QStringLiteral("DROP TABLE pending_trains"),
                  QStringLiteral("DROP TABLE upload_journal"), QStringLiteral("PRAGMA user_version = 4")},
                 &error),
             qPrintable(error));

    DatasetStore store(path());
    QVERIFY2(store.open(&error), qPrintable(error));
    store.setScope(QStringLiteral("sandbox"));
    QSqlQuery version(QSqlDatabase::database(store.connectionName(), false));
    QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
    QCOMPARE(version.value(0).toInt(), Ids::Core::Schema::Version); // every step since, drafts (5) included
    version.finish();
    QCOMPARE(store.datasets().size(), 1);
    Journal journal(&store);
    QCOMPARE(journal.creates().size(), 1);
    QCOMPARE(journal.creates().at(0).name, QStringLiteral("Boots"));

    DraftStore drafts(&store);
    ReviewDraft draft;
    draft.datasetId = QStringLiteral("d1");
    draft.paths = {QStringLiteral("/photos")};
    QVERIFY2(drafts.save(draft), qPrintable(drafts.lastError()));
    QCOMPARE(drafts.draft(QStringLiteral("d1"))->paths, draft.paths);
}

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "tst_draftstore.moc"
