#include "../common/previousschema.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Ids::Core;

namespace {

Dataset makeDataset(const QString &id, const QString &name,
                    const QString &time = QStringLiteral("2026-01-02T03:04:05Z"))
{
    Dataset dataset;
    dataset.id = id;
    dataset.name = name;
    dataset.userId = QStringLiteral("user");
    dataset.creationTime = ApiDateTime::parse(time);
    return dataset;
}

QString integrityCheck(const QString &path)
{
    const QString connection = QStringLiteral("integrity");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// Child mode: write datasets one transaction at a time, forever, until the parent kills us.
int runCrashChild(const QString &path)
{
    DatasetStore store(path);
    if (!store.open())
        return 3;
    store.setScope(QStringLiteral("crash"));
    for (int i = 0;; ++i) {
        QList<Dataset> batch;
        for (int j = 0; j < 50; ++j)
            batch.append(makeDataset(QStringLiteral("id-%1-%2").arg(i).arg(j), QStringLiteral("name %1").arg(j)));
        store.upsertMany(batch);
        Journal(&store).addCreate({0, QStringLiteral("pending %1").arg(i), QDateTime::currentDateTimeUtc(), {}});
        if (i == 5) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}

} // namespace

class DatasetStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void datasets_surviveRestart();
    void upsert_updatesWithoutDuplicates();
    void scopes_areSeparate();
    void order_isNewestFirstWithUnparsedLast();
    void journal_everyKindSurvivesRestartAndResolves();
    void open_previousSchema_journalsMovedIntoOne();
    void asStored_onWorkerThread_sameRowsAsNewestFirst();
    void open_newerSchema_refused();
    void open_afterKilledWriter_isClean();
    void hostileText_storedIntact();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("db/datasets.sqlite")); }
};

void DatasetStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void DatasetStoreTest::datasets_surviveRestart()
{
    Dataset withCover = makeDataset(QStringLiteral("a"), QStringLiteral("With cover"));
    withCover.cover = AssetIdentifier {QStringLiteral("RESPONSE"), QStringLiteral("7uS_VESkRI6O3-sVgHQp_A"),
                                       QStringLiteral("abcdefghijklmnopqrstuv")};
    const Dataset rawTime = makeDataset(QStringLiteral("b"), QStringLiteral("Raw"), QStringLiteral("last Tuesday"));
    {
        DatasetStore store(path());
        QVERIFY(store.open());
        store.setScope(QStringLiteral("https://api.ideogram.ai"));
        QVERIFY(store.upsert(withCover));
        QVERIFY(store.upsert(rawTime));
    }
    DatasetStore reopened(path());
    QVERIFY(reopened.open());
    reopened.setScope(QStringLiteral("https://api.ideogram.ai"));
    const QList<Dataset> datasets = reopened.datasets();
    QCOMPARE(datasets.size(), 2);
    QCOMPARE(datasets.at(0), withCover);
    QCOMPARE(datasets.at(1).creationTime.raw, QStringLiteral("last Tuesday"));
    QVERIFY(!datasets.at(1).creationTime.isValid());
    QVERIFY(!datasets.at(1).cover);
    QCOMPARE(integrityCheck(path()), QStringLiteral("ok"));
}

void DatasetStoreTest::upsert_updatesWithoutDuplicates()
{
    DatasetStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.upsert(makeDataset(QStringLiteral("a"), QStringLiteral("Old"))));
    QVERIFY(store.upsertMany({makeDataset(QStringLiteral("a"), QStringLiteral("New")),
                              makeDataset(QStringLiteral("b"), QStringLiteral("Other"))}));
    const QList<Dataset> datasets = store.datasets();
    QCOMPARE(datasets.size(), 2);
    QCOMPARE(store.datasetIds(), (QSet<QString> {QStringLiteral("a"), QStringLiteral("b")}));
    const auto it =
        std::find_if(datasets.cbegin(), datasets.cend(), [](const Dataset &d) { return d.id == QLatin1String("a"); });
    QCOMPARE(it->name, QStringLiteral("New"));
}

void DatasetStoreTest::scopes_areSeparate()
{
    DatasetStore store(path());
    QVERIFY(store.open());
    store.setScope(QStringLiteral("one"));
    QVERIFY(store.upsert(makeDataset(QStringLiteral("a"), QStringLiteral("A"))));
    store.setScope(QStringLiteral("two"));
    QVERIFY(store.datasets().isEmpty());
    QVERIFY(store.upsert(makeDataset(QStringLiteral("a"), QStringLiteral("Same id, other account"))));
    QVERIFY(store.clearScope());
    QVERIFY(store.datasets().isEmpty());
    store.setScope(QStringLiteral("one"));
    QCOMPARE(store.datasets().size(), 1);
}

void DatasetStoreTest::order_isNewestFirstWithUnparsedLast()
{
    DatasetStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.upsertMany(
        {makeDataset(QStringLiteral("old"), QStringLiteral("o"), QStringLiteral("2020-01-01T00:00:00Z")),
         makeDataset(QStringLiteral("raw"), QStringLiteral("r"), QStringLiteral("?")),
         makeDataset(QStringLiteral("new"), QStringLiteral("n"), QStringLiteral("2026-01-01 00:00:00+00:00"))}));
    const QList<Dataset> datasets = store.datasets();
    QCOMPARE(datasets.size(), 3);
    QCOMPARE(datasets.at(0).id, QStringLiteral("new"));
    QCOMPARE(datasets.at(1).id, QStringLiteral("old"));
    QCOMPARE(datasets.at(2).id, QStringLiteral("raw"));
}

void DatasetStoreTest::journal_everyKindSurvivesRestartAndResolves()
{
    const QDateTime started = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    QList<qint64> ids;
    {
        DatasetStore store(path());
        QVERIFY(store.open());
        store.setScope(QStringLiteral("acme"));
        Journal journal(&store);
        const auto create =
            journal.addCreate({0, QStringLiteral("Shoes"), started, {QStringLiteral("x"), QStringLiteral("y")}});
        const auto train =
            journal.addTrain({0, QStringLiteral("d1"), QStringLiteral("shoe model"), started, {QStringLiteral("m0")}});
        const auto uploads = journal.addUploads({{0, QStringLiteral("d1"), QStringLiteral("/tmp/a.jpg"),
                                                  QStringLiteral("a.jpg"), "image/jpeg", 12, started, started},
                                                 {0,
                                                  QStringLiteral("d1"),
                                                  QStringLiteral("/tmp/a.txt"),
                                                  QStringLiteral("a.txt"),
                                                  "text/plain",
                                                  3,
                                                  {},
                                                  started}});
        QVERIFY(create && train && uploads);
        ids << *create << *train << *uploads;
        // Another account's scope sees none of it.
        store.setScope(QStringLiteral("other"));
        QCOMPARE(Journal(&store).size(), 0);
    }
    DatasetStore store(path());
    QVERIFY(store.open());
    store.setScope(QStringLiteral("acme"));
    Journal journal(&store);
    QCOMPARE(journal.size(), 4);
    const QList<PendingCreate> creates = journal.creates();
    QCOMPARE(creates.size(), 1);
    QCOMPARE(creates.at(0).id, ids.at(0));
    QCOMPARE(creates.at(0).name, QStringLiteral("Shoes"));
    QCOMPARE(creates.at(0).startedAtUtc, started);
    QCOMPARE(creates.at(0).knownIds, (QSet<QString> {QStringLiteral("x"), QStringLiteral("y")}));
    const QList<PendingTrain> trains = journal.trains();
    QCOMPARE(trains.size(), 1);
    QCOMPARE(trains.at(0).modelName, QStringLiteral("shoe model"));
    QCOMPARE(trains.at(0).knownModelIds, (QSet<QString> {QStringLiteral("m0")}));
    const QList<JournaledUpload> uploads = journal.uploads();
    QCOMPARE(uploads.size(), 2);
    QCOMPARE(uploads.at(0).mimeType, QByteArray("image/jpeg"));
    QCOMPARE(uploads.at(0).modified, started);
    QVERIFY(!uploads.at(1).modified.isValid());
    QCOMPARE(uploads.at(1).size, 3);
    QVERIFY(journal.resolve(ids));
    QCOMPARE(journal.size(), 0);
}

void DatasetStoreTest::open_previousSchema_journalsMovedIntoOne()
{
    const qint64 started = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
    QString error;
    QVERIFY2(PreviousSchema::write(
                 path(),
                 {QStringLiteral("INSERT INTO datasets (scope, id, name, user_id, creation_raw, seen_at) VALUES "
                                 "('https://api.ideogram.ai', 'd1', 'Shoes', 'u', '', 1)"),
                  QStringLiteral("INSERT INTO pending_creates (scope, name, started_ms, known_ids) VALUES "
                                 "('https://api.ideogram.ai', 'Boots', %1, 'd1\nd0')")
                      .arg(started),
                  QStringLiteral("INSERT INTO pending_trains (scope, dataset_id, model_name, started_ms, "
                                 "known_model_ids) VALUES ('https://api.ideogram.ai', 'd1', 'shoe model', %1, '')")
                      .arg(started),
                  QStringLiteral("INSERT INTO upload_journal (scope, dataset_id, file_path, sent_name, mime, size, "
                                 "modified_ms, started_ms) VALUES ('https://api.ideogram.ai', 'd1', '/p/a.jpg', "
                                 "'a.jpg', 'image/jpeg', 1234, %1, %1)")
                      .arg(started),
                  QStringLiteral("INSERT INTO pending_creates (scope, name, started_ms, known_ids) VALUES "
                                 "('sandbox', 'Play', %1, '')")
                      .arg(started)},
                 &error),
             qPrintable(error));

    DatasetStore store(path());
    QVERIFY2(store.open(&error), qPrintable(error));
    store.setScope(QStringLiteral("https://api.ideogram.ai"));
    QCOMPARE(store.datasets().size(), 1);
    Journal journal(&store);
    QCOMPARE(journal.size(), 3);
    QCOMPARE(journal.creates().at(0).name, QStringLiteral("Boots"));
    QCOMPARE(journal.creates().at(0).knownIds, (QSet<QString> {QStringLiteral("d1"), QStringLiteral("d0")}));
    QCOMPARE(journal.creates().at(0).startedAtUtc.toMSecsSinceEpoch(), started);
    QCOMPARE(journal.trains().at(0).modelName, QStringLiteral("shoe model"));
    QVERIFY(journal.trains().at(0).knownModelIds.isEmpty());
    QCOMPARE(journal.uploads().at(0).size, 1234);
    QCOMPARE(journal.uploads().at(0).modified.toMSecsSinceEpoch(), started);
    store.setScope(QStringLiteral("sandbox"));
    QCOMPARE(journal.creates().at(0).name, QStringLiteral("Play"));
    // The three tables are gone: one journal remains.
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QVERIFY(!db.tables().contains(QStringLiteral("pending_creates")));
    QVERIFY(!db.tables().contains(QStringLiteral("pending_trains")));
    QVERIFY(!db.tables().contains(QStringLiteral("upload_journal")));
    QCOMPARE(integrityCheck(path()), QStringLiteral("ok"));
}

void DatasetStoreTest::asStored_onWorkerThread_sameRowsAsNewestFirst()
{
    {
        DatasetStore store(path());
        QVERIFY(store.open());
        store.setScope(QStringLiteral("s"));
        QList<Dataset> many;
        for (int i = 0; i < 1000; ++i)
            many.append(makeDataset(QString::number(i), QStringLiteral("n%1").arg(i)));
        QVERIFY(store.upsertMany(many));
    }
    // As the start-up cache reads them: a connection of the worker's own, in no particular order.
    const QString dbPath = path();
    const auto read = [dbPath](DatasetStore::Order order) {
        DatasetStore store(dbPath);
        if (!store.open())
            return QStringList();
        store.setScope(QStringLiteral("s"));
        QStringList ids;
        for (const Dataset &dataset : store.datasets(order))
            ids.append(dataset.id);
        return ids;
    };
    QFuture<QStringList> future = QtConcurrent::run(read, DatasetStore::Order::AsStored);
    QTRY_VERIFY(future.isFinished());
    QStringList asStored = future.result();
    QCOMPARE(asStored.size(), 1000);
    QStringList newestFirst = read(DatasetStore::Order::NewestFirst);
    asStored.sort();
    newestFirst.sort();
    QCOMPARE(asStored, newestFirst);
}

void DatasetStoreTest::open_newerSchema_refused()
{
    {
        DatasetStore store(path());
        QVERIFY(store.open());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    DatasetStore store(path());
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(error.contains(QStringLiteral("newer")));
}

void DatasetStoreTest::open_afterKilledWriter_isClean()
{
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDS_STORE_CRASH_CHILD"), path());
    child.setProcessEnvironment(env);
    child.start();
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(20000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
    QTest::qWait(100); // let it get into the middle of more transactions
    child.kill(); // SIGKILL: no chance to close anything
    QVERIFY(child.waitForFinished());

    DatasetStore store(path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    store.setScope(QStringLiteral("crash"));
    const QList<Dataset> datasets = store.datasets();
    QVERIFY(datasets.size() >= 6 * 50);
    QCOMPARE(datasets.size() % 50, 0); // whole transactions only
    QVERIFY(Journal(&store).creates().size() >= 6);
    QCOMPARE(integrityCheck(path()), QStringLiteral("ok"));
}

void DatasetStoreTest::hostileText_storedIntact()
{
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> '; DROP TABLE datasets;-- \u202E\u0000 ")
        + QString(100 * 1024, QLatin1Char('x'));
    DatasetStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.upsert(makeDataset(QStringLiteral("h"), hostile)));
    QCOMPARE(store.datasets().at(0).name, hostile);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString child = qEnvironmentVariable("IDS_STORE_CRASH_CHILD"); !child.isEmpty())
        return runCrashChild(child);
    DatasetStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_datasetstore.moc"
