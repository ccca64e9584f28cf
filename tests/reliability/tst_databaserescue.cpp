// A damaged database (issue 17, point 6; reliability-rules.md fault 47): a file that is not SQLite, or that
// fails PRAGMA integrity_check, is moved aside with a date in its name and never deleted; the account starts
// with a fresh one; the pending journal entries the damaged file still holds are reported. A healthy file, an
// empty one, and one of a newer version are left where they are.
#include "../common/damageddatabase.h"
#include "core/storage/databaserescue.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
namespace Tests = Ids::Tests;

class DatabaseRescueTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void notSqlite_movedAsideWithDate_bytesKept_freshStart();
    void failsIntegrityCheck_movedAside_pendingEntriesReported();
    void nameTaken_copyGetsAnotherName();
    void healthyEmptyOrMissing_leftAlone();
    void newerVersion_leftAloneAndRefused();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("account.sqlite")); }
    // A database with three pending entries and enough datasets that its index spans several cells.
    void writeDatabaseWithJournal();
    // Overwrites the cells of the datasets' time index: the tables stay readable, the file fails its check.
    void damageIndex();
    const QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(20, 15, 7), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void DatabaseRescueTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void DatabaseRescueTest::cleanup()
{
    m_dir.reset();
}

void DatabaseRescueTest::writeDatabaseWithJournal()
{
    const QString error = Tests::writeDatabaseWithJournal(path(), QStringLiteral("https://api.ideogram.ai"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void DatabaseRescueTest::damageIndex()
{
    const QString error = Tests::damageIndex(path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void DatabaseRescueTest::notSqlite_movedAsideWithDate_bytesKept_freshStart()
{
    const QByteArray garbage("This is a shopping list, not a database.\n");
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    RescueReport report;
    QString error;
    QVERIFY2(DatabaseRescue::check(path(), m_now, &report, &error), qPrintable(error));
    QVERIFY(report.moved);
    QCOMPARE(report.copyPath, m_dir->filePath(QStringLiteral("account.damaged-2026-11-30-201507.sqlite")));
    QCOMPARE(report.problem, QStringLiteral("not an SQLite database"));
    QVERIFY(!report.entriesReadable);
    QVERIFY(report.unconfirmed.isEmpty());
    QFile copy(report.copyPath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), garbage); // moved, never changed or deleted
    QVERIFY(!QFile::exists(path()));

    DatasetStore fresh(path());
    QVERIFY(fresh.open());
    QVERIFY(fresh.datasets().isEmpty());
}

void DatabaseRescueTest::failsIntegrityCheck_movedAside_pendingEntriesReported()
{
    writeDatabaseWithJournal();
    damageIndex();
    RescueReport report;
    QString error;
    QVERIFY2(DatabaseRescue::check(path(), m_now, &report, &error), qPrintable(error));
    QVERIFY2(report.moved, "a file failing its integrity check must be moved aside");
    QVERIFY(!report.problem.isEmpty());
    QVERIFY(QFile::exists(report.copyPath));
    QVERIFY(!QFile::exists(path()));
    QVERIFY(report.entriesReadable);
    QCOMPARE(report.unconfirmed.size(), 3);
    QCOMPARE(report.unconfirmed.at(0).kind, QStringLiteral("create-dataset"));
    QCOMPARE(report.unconfirmed.at(0).subject, QStringLiteral("Summer shoes"));
    QCOMPARE(report.unconfirmed.at(0).startedAtUtc, QDateTime(QDate(2026, 11, 30), QTime(19, 0), Qt::UTC));
    QCOMPARE(report.unconfirmed.at(1).kind, QStringLiteral("train-model"));
    QCOMPARE(report.unconfirmed.at(1).subject, QStringLiteral("Shoe model"));
    QCOMPARE(report.unconfirmed.at(2).kind, QStringLiteral("upload-file"));
    QCOMPARE(report.unconfirmed.at(2).subject, QStringLiteral("/home/ana/Pictures/red.jpg"));

    // The fresh database holds nothing of the damaged one: those entries are the user's to check, not the
    // app's to reconcile against a list it no longer has.
    DatasetStore fresh(path());
    QVERIFY(fresh.open());
    QCOMPARE(Journal(&fresh).size(), 0);
}

void DatabaseRescueTest::nameTaken_copyGetsAnotherName()
{
    for (int round = 0; round < 2; ++round) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database, round ") + QByteArray::number(round));
        file.close();
        RescueReport report;
        QVERIFY(DatabaseRescue::check(path(), m_now, &report, nullptr));
        QVERIFY(report.moved);
        QCOMPARE(QFileInfo(report.copyPath).fileName(),
                 round == 0 ? QStringLiteral("account.damaged-2026-11-30-201507.sqlite")
                            : QStringLiteral("account.damaged-2026-11-30-201507-2.sqlite"));
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2); // both copies kept
}

void DatabaseRescueTest::healthyEmptyOrMissing_leftAlone()
{
    RescueReport report;
    QVERIFY(DatabaseRescue::check(path(), m_now, &report, nullptr)); // missing
    QVERIFY(!report.moved);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly)); // empty
    }
    QVERIFY(DatabaseRescue::check(path(), m_now, &report, nullptr));
    QVERIFY(!report.moved);
    QVERIFY(QFile::remove(path()));
    writeDatabaseWithJournal();
    QVERIFY(DatabaseRescue::check(path(), m_now, &report, nullptr));
    QVERIFY(!report.moved);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*damaged*")}, QDir::Files).size(), 0);
    DatasetStore store(path());
    QVERIFY(store.open());
    store.setScope(QStringLiteral("https://api.ideogram.ai"));
    QCOMPARE(Journal(&store).size(), 3);
}

void DatabaseRescueTest::newerVersion_leftAloneAndRefused()
{
    writeDatabaseWithJournal();
    {
        const QString name = QStringLiteral("newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    RescueReport report;
    QVERIFY(DatabaseRescue::check(path(), m_now, &report, nullptr));
    QVERIFY(!report.moved); // a newer app's data is not damage
    DatasetStore store(path());
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
}

QTEST_GUILESS_MAIN(DatabaseRescueTest)
#include "tst_databaserescue.moc"
