#pragma once

#include "../types/dataset.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlError;

namespace Ids::Core {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// One account's SQLite database: every dataset the app created or saw, per scope (the account's API
// address, or "sandbox"). The other stores (ContentStore, ModelStore, Journal) keep their tables in the
// same database through this connection. One instance per thread: Qt SQL connections are thread-bound.
class DatasetStore final
{
public:
    explicit DatasetStore(QString databasePath);
    ~DatasetStore();
    DatasetStore(const DatasetStore &) = delete;
    DatasetStore &operator=(const DatasetStore &) = delete;

    // Opens for reading and writing; when the file exists but cannot be written (a read-only data folder or
    // file, issue 17 point 5), opens it read-only instead: isReadOnly() is then true, reads work and every
    // write fails with SQLite's "readonly". False with error when neither works.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // Closes the connection and opens it again as open() does, on the same name (the other stores look the
    // connection up by name for each query). For StorageHealth while read-only: SQLite decides at open whether
    // a connection may write. True when the connection can now write.
    bool reopen();
    QString path() const { return m_path; }
    // For the stores that keep other tables in the same database on the same thread.
    QString connectionName() const { return m_connectionName; }

    void setScope(const QString &scope) { m_scope = scope; }
    QString scope() const { return m_scope; }

    // AsStored: in no particular order, for a list that sorts for itself (the start-up cache: sorting 100,000
    // rows in SQLite cost about 30 ms that the list's proxy then spends again).
    enum class Order { NewestFirst, AsStored };
    QList<Dataset> datasets(Order order = Order::NewestFirst) const;
    QSet<QString> datasetIds() const;
    bool upsert(const Dataset &dataset);
    bool upsertMany(const QList<Dataset> &datasets);
    bool clearScope();

    // Merges a full GET /datasets answer: new datasets added, names and covers updated, and those the server
    // no longer returns marked missing (kept, never silently dropped); a dataset that comes back is unmarked.
    // Only datasets of knownWhenAsked (datasetIds() when the list was asked for) can be marked: one created
    // or found while the list was on its way is not in an answer read before it existed.
    bool applyServerList(const QList<Dataset> &datasets, const QSet<QString> &knownWhenAsked);
    QSet<QString> missingIds() const;

    QString lastError() const { return m_lastError; }

    // Told of every failed write of any store on this connection (and of each journal write that worked), so
    // the account can say once that the disk is full and notice when space returns (StorageHealth).
    using WriteObserver = std::function<void(bool ok, const QSqlError &error)>;
    void setWriteObserver(WriteObserver observer) { m_writeObserver = std::move(observer); }
    // Records a failed write (lastError() and the observer); returns its text.
    QString noteWriteError(const QSqlError &error) const;
    void noteWriteOk() const;

private:
    bool migrate();
    bool exec(const QString &statement);
    bool openWritable();
    bool openReadOnly();

    QString m_path;
    QString m_connectionName;
    QString m_scope = QStringLiteral("default");
    mutable QString m_lastError;
    int m_lastErrorCode = 0; // SQLite's extended result code of the last failed statement
    bool m_readOnly = false;
    WriteObserver m_writeObserver;
};

} // namespace Ids::Core
