#include "datasetstore.h"

#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace Ids::Core {

Q_LOGGING_CATEGORY(lcStorage, "ids.core.storage", QtInfoMsg)

namespace {

const QString DatasetColumns =
    QStringLiteral("id, name, user_id, creation_raw, creation_ms, cover_type, cover_id, cover_collection");

Dataset datasetFromQuery(const QSqlQuery &query)
{
    Dataset dataset;
    dataset.id = query.value(0).toString();
    dataset.name = query.value(1).toString();
    dataset.userId = query.value(2).toString();
    dataset.creationTime.raw = query.value(3).toString();
    if (!query.value(4).isNull())
        dataset.creationTime.utc = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    if (!query.value(5).isNull())
        dataset.cover =
            AssetIdentifier {query.value(5).toString(), query.value(6).toString(), query.value(7).toString()};
    return dataset;
}

QString selectDatasets()
{
    // Unparsed times sort last; among equal times the most recently seen first.
    return QStringLiteral("SELECT ") + DatasetColumns
        + QStringLiteral(" FROM datasets WHERE scope = ? ORDER BY creation_ms IS NULL, creation_ms DESC, seen_at DESC");
}

// Qt binds a null QString as SQL NULL; the NOT NULL text columns want "" for an empty value.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString uniqueConnectionName()
{
    return QStringLiteral("ids-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

DatasetStore::DatasetStore(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(uniqueConnectionName())
{ }

DatasetStore::~DatasetStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool DatasetStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool DatasetStore::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (reopen() || m_readOnly)
        return true;
    if (error)
        *error = m_lastError;
    return false;
}

bool DatasetStore::reopen()
{
    if (openWritable()) {
        m_readOnly = false;
        return true;
    }
    // What is stored can still be shown; the services refuse what needs a journal entry (StorageHealth).
    // Not when another instance holds the write lock past the busy timeout: that passes.
    const QString writeError = m_lastError;
    const int code = m_lastErrorCode & 0xff;
    m_readOnly = code != 5 && code != 6 && QFileInfo::exists(m_path) && openReadOnly();
    if (m_readOnly)
        qCWarning(lcStorage) << "the database cannot be written, opened read-only:" << writeError;
    m_lastError = writeError;
    return false;
}

bool DatasetStore::openWritable()
{
    m_lastErrorCode = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    db.setDatabaseName(m_path);
    // A second instance may hold the write lock briefly; wait instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        m_lastErrorCode = db.lastError().nativeErrorCode().toInt();
        return false;
    }
    // WAL survives a killed process. NORMAL: an ordinary write (the cache, local files, drafts, an entry removed)
    // costs no disk flush, which on a busy disk held the GUI thread for hundreds of milliseconds per write; a
    // power cut may roll back the last of them, and never corrupts. Journal entries are committed with FULL
    // (Journal::add), durable before their request leaves (reliability-rules.md R10).
    // SQLite opens a file it may not write read-only without a word: taking the write lock says so.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !migrate() || !exec(QStringLiteral("BEGIN IMMEDIATE")) || !exec(QStringLiteral("ROLLBACK"))) {
        db.close();
        return false;
    }
    return true;
}

bool DatasetStore::openReadOnly()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    // immutable: SQLite then needs neither a lock nor the -shm file, which a folder it cannot write cannot
    // hold. Changes still in a -wal file (left by a killed process) are not seen; a clean exit leaves none.
    QUrl url = QUrl::fromLocalFile(m_path);
    url.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    // migrate() changes nothing at the current version and refuses an older one it cannot bring up to date.
    if (!db.open() || !migrate()) {
        db.close();
        return false;
    }
    return true;
}

bool DatasetStore::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement)) {
        m_lastError = query.lastError().text();
        m_lastErrorCode = query.lastError().nativeErrorCode().toInt();
        qCWarning(lcStorage) << "statement failed:" << m_lastError;
        return false;
    }
    return true;
}

QString DatasetStore::noteWriteError(const QSqlError &error) const
{
    m_lastError = error.text();
    if (m_writeObserver)
        m_writeObserver(false, error);
    return m_lastError;
}

void DatasetStore::noteWriteOk() const
{
    if (m_writeObserver)
        m_writeObserver(true, QSqlError());
}

bool DatasetStore::migrate()
{
    return Schema::migrate(m_connectionName, &m_lastError);
}

QList<Dataset> DatasetStore::datasets(Order order) const
{
    QList<Dataset> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(order == Order::NewestFirst
                      ? selectDatasets()
                      : QStringLiteral("SELECT ") + DatasetColumns + QStringLiteral(" FROM datasets WHERE scope = ?"));
    query.addBindValue(m_scope);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(datasetFromQuery(query));
    return result;
}

QSet<QString> DatasetStore::datasetIds() const
{
    QSet<QString> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM datasets WHERE scope = ?"));
    query.addBindValue(m_scope);
    if (query.exec()) {
        while (query.next())
            ids.insert(query.value(0).toString());
    }
    return ids;
}

bool DatasetStore::upsert(const Dataset &dataset)
{
    return upsertMany({dataset});
}

bool DatasetStore::upsertMany(const QList<Dataset> &datasets)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        noteWriteError(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO datasets (scope, id, name, user_id, creation_raw, creation_ms, cover_type, cover_id, "
        "cover_collection, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (scope, id) DO UPDATE SET name = excluded.name, user_id = excluded.user_id, "
        "creation_raw = excluded.creation_raw, creation_ms = excluded.creation_ms, cover_type = excluded.cover_type, "
        "cover_id = excluded.cover_id, cover_collection = excluded.cover_collection, seen_at = excluded.seen_at"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Dataset &dataset : datasets) {
        query.addBindValue(m_scope);
        query.addBindValue(notNull(dataset.id));
        query.addBindValue(notNull(dataset.name));
        query.addBindValue(notNull(dataset.userId));
        query.addBindValue(notNull(dataset.creationTime.raw));
        query.addBindValue(dataset.creationTime.isValid() ? QVariant(dataset.creationTime.utc.toMSecsSinceEpoch())
                                                          : QVariant());
        query.addBindValue(dataset.cover ? QVariant(dataset.cover->assetType) : QVariant());
        query.addBindValue(dataset.cover ? QVariant(dataset.cover->assetId) : QVariant());
        query.addBindValue(dataset.cover ? QVariant(dataset.cover->collectionId) : QVariant());
        query.addBindValue(now);
        if (!query.exec()) {
            noteWriteError(query.lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        noteWriteError(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool DatasetStore::clearScope()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM datasets WHERE scope = ?"));
    query.addBindValue(m_scope);
    bool ok = query.exec();
    for (const QString &table :
         {QStringLiteral("dataset_details"), QStringLiteral("local_files"), QStringLiteral("models"),
          QStringLiteral("model_families"), QStringLiteral("journal")}) {
        query.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE scope = ?"));
        query.addBindValue(m_scope);
        ok = query.exec() && ok;
    }
    if (!ok)
        m_lastError = query.lastError().text();
    return ok;
}

bool DatasetStore::applyServerList(const QList<Dataset> &datasets, const QSet<QString> &knownWhenAsked)
{
    if (!upsertMany(datasets))
        return false;
    QSet<QString> gone = knownWhenAsked;
    for (const Dataset &dataset : datasets)
        gone.remove(dataset.id);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    // What was known when asked and is not in the answer is missing (keeping the first time it went
    // missing); what the answer holds is not.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare(
        QStringLiteral("UPDATE datasets SET missing_since = COALESCE(missing_since, ?) WHERE scope = ? AND id = ?"));
    bool ok = true;
    for (const QString &id : std::as_const(gone)) {
        if (!ok)
            break;
        query.addBindValue(now);
        query.addBindValue(m_scope);
        query.addBindValue(notNull(id));
        ok = query.exec();
    }
    query.prepare(QStringLiteral("UPDATE datasets SET missing_since = NULL WHERE scope = ? AND id = ?"));
    for (const Dataset &dataset : datasets) {
        if (!ok)
            break;
        query.addBindValue(m_scope);
        query.addBindValue(notNull(dataset.id));
        ok = query.exec();
    }
    if (!ok) {
        noteWriteError(query.lastError());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        noteWriteError(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QSet<QString> DatasetStore::missingIds() const
{
    QSet<QString> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM datasets WHERE scope = ? AND missing_since IS NOT NULL"));
    query.addBindValue(m_scope);
    if (query.exec()) {
        while (query.next())
            ids.insert(query.value(0).toString());
    }
    return ids;
}

} // namespace Ids::Core
