#pragma once

#include <QObject>
#include <QString>

#include <chrono>

class QSqlError;
class QTimer;

namespace Ids::Core {

class DatasetStore;

// Whether an account's database can be written (issue 17 point 5, reliability-rules.md R36 and fault 47: a full
// disk or a read-only data folder). Every store reports its failed writes here through the DatasetStore; the
// first one that says the disk is full or the file cannot be written turns the account read-only, said once
// (writableChanged(false)). Reads go on from what is stored; the services refuse what needs a journal entry
// (Journal::add fails on its own, nothing is sent without one). While read-only, a probe writes and removes
// one journal-sized row every probeInterval; when it works, or any journal write works, writableChanged(true)
// says space is back. A database that could only be opened read-only (DatasetStore::isReadOnly: a data folder
// that cannot be written at start) starts read-only, and its probe opens the connection again before writing.
// Lives on the store's thread and uses its connection.
class StorageHealth final : public QObject
{
    Q_OBJECT
public:
    explicit StorageHealth(DatasetStore *store, QObject *parent = nullptr);
    ~StorageHealth() override;

    bool isWritable() const { return m_writable; }
    // Why it is not, as far as SQLite says: the disk is full (SQLITE_FULL), the file or its folder cannot be
    // written (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN, or opened read-only at start), or an I/O error
    // that may be either.
    enum class Cause { DiskFull, NotWritable, Either };
    Cause cause() const { return m_cause; }
    // The database's own words for the first failure of this episode (for the details, not the headline).
    QString reason() const { return m_reason; }

    // How often a read-only database is tried again. Default 15 s; tests shorten it.
    void setProbeInterval(std::chrono::milliseconds interval);
    // One try now: a row of about one page written durably, then removed. True when it worked (and the
    // account is writable again).
    bool probe();

    // SQLite's "database or disk is full", "attempt to write a readonly database", an I/O error or a file it
    // cannot open (primary result codes 13, 8, 10, 14, 3): what free space or permissions cure.
    static bool isSpaceOrPermissionError(const QSqlError &error);

Q_SIGNALS:
    // false once when writes start failing, true once when they work again.
    void writableChanged(bool writable);

private:
    void onWrite(bool ok, const QSqlError &error);

    DatasetStore *m_store;
    QTimer *m_probeTimer;
    bool m_writable = true;
    Cause m_cause = Cause::Either;
    bool m_mustReopen = false; // the probe opens the connection again first (DatasetStore::reopen)
    QString m_reason;
};

// The sentence for work refused because its journal entry could not be written: "what" names the work
// ("the new dataset", "the training", "these files").
QString cannotJournalSentence(const QString &what);

} // namespace Ids::Core
