#include "journal.h"

#include "datasetstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ids::Core {

namespace {

QSqlDatabase connection(const DatasetStore *store)
{
    return QSqlDatabase::database(store->connectionName(), false);
}

QJsonArray toArray(const QSet<QString> &ids)
{
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

QSet<QString> toSet(const QJsonValue &value)
{
    QSet<QString> ids;
    for (const QJsonValue &id : value.toArray())
        ids.insert(id.toString());
    return ids;
}

} // namespace

Journal::Journal(DatasetStore *store)
    : m_store(store)
{ }

QString Journal::kindName(JournalKind kind)
{
    switch (kind) {
    case JournalKind::CreateDataset:
        return QStringLiteral("create-dataset");
    case JournalKind::TrainModel:
        return QStringLiteral("train-model");
    case JournalKind::UploadFile:
        return QStringLiteral("upload-file");
    }
    return {};
}

// The connection writes with synchronous=NORMAL (no disk flush on the GUI thread for every small write); a journal
// entry is the one write that must be on the disk before its request leaves (reliability-rules.md R10), so its
// commit alone is made with FULL. The setting cannot change inside a transaction: it is set around it.
class DurableCommit
{
public:
    explicit DurableCommit(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    ~DurableCommit() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); }
    DurableCommit(const DurableCommit &) = delete;
    DurableCommit &operator=(const DurableCommit &) = delete;

private:
    QSqlDatabase m_db;
};

std::optional<QList<qint64>> Journal::add(JournalKind kind, const QList<Entry> &entries)
{
    QSqlDatabase db = connection(m_store);
    const DurableCommit durable(db);
    if (!db.transaction()) {
        m_lastError = m_store->noteWriteError(db.lastError());
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO journal (scope, kind, started_ms, payload) VALUES (?, ?, ?, ?)"));
    QList<qint64> ids;
    for (const Entry &entry : entries) {
        query.addBindValue(m_store->scope());
        query.addBindValue(kindName(kind));
        query.addBindValue(entry.startedAtUtc.toMSecsSinceEpoch());
        query.addBindValue(QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            m_lastError = m_store->noteWriteError(query.lastError());
            db.rollback();
            return std::nullopt;
        }
        ids.append(query.lastInsertId().toLongLong());
    }
    // Committed with synchronous=FULL: the entry survives a crash of the app or the machine.
    if (!db.commit()) {
        m_lastError = m_store->noteWriteError(db.lastError());
        db.rollback();
        return std::nullopt;
    }
    // Space may have come back since a write failed: the account says so at once.
    m_store->noteWriteOk();
    return ids;
}

QList<Journal::Entry> Journal::entries(JournalKind kind) const
{
    QList<Entry> result;
    QSqlQuery query(connection(m_store));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, started_ms, payload FROM journal WHERE scope = ? AND kind = ? ORDER BY id"));
    query.addBindValue(m_store->scope());
    query.addBindValue(kindName(kind));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.startedAtUtc = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        // Written by add(), so it parses; a damaged payload reads as empty fields and is reconciled as such.
        entry.payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        result.append(entry);
    }
    return result;
}

bool Journal::resolve(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    QSqlDatabase db = connection(m_store);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM journal WHERE id = ?"));
    for (const qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

int Journal::size() const
{
    QSqlQuery query(connection(m_store));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM journal WHERE scope = ?"));
    query.addBindValue(m_store->scope());
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<qint64> Journal::addCreate(const PendingCreate &create)
{
    const QJsonObject payload {{QStringLiteral("name"), create.name},
                               {QStringLiteral("knownIds"), toArray(create.knownIds)}};
    const std::optional<QList<qint64>> ids = add(JournalKind::CreateDataset, {{0, create.startedAtUtc, payload}});
    return ids ? std::optional(ids->constFirst()) : std::nullopt;
}

QList<PendingCreate> Journal::creates() const
{
    QList<PendingCreate> result;
    for (const Entry &entry : entries(JournalKind::CreateDataset))
        result.append({entry.id, entry.payload.value(QStringLiteral("name")).toString(), entry.startedAtUtc,
                       toSet(entry.payload.value(QStringLiteral("knownIds")))});
    return result;
}

std::optional<qint64> Journal::addTrain(const PendingTrain &train)
{
    QJsonObject payload {{QStringLiteral("datasetId"), train.datasetId},
                         {QStringLiteral("modelName"), train.modelName},
                         {QStringLiteral("knownModelIds"), toArray(train.knownModelIds)}};
    const QJsonObject request = TrainRequest {train.family, train.datasetId, train.modelName, train.knobs}.toJournal();
    for (auto it = request.constBegin(); it != request.constEnd(); ++it)
        payload.insert(it.key(), it.value());
    const std::optional<QList<qint64>> ids = add(JournalKind::TrainModel, {{0, train.startedAtUtc, payload}});
    return ids ? std::optional(ids->constFirst()) : std::nullopt;
}

QList<PendingTrain> Journal::trains() const
{
    QList<PendingTrain> result;
    for (const Entry &entry : entries(JournalKind::TrainModel)) {
        const TrainRequest request = TrainRequest::fromJournal(entry.payload);
        result.append({entry.id, entry.payload.value(QStringLiteral("datasetId")).toString(),
                       entry.payload.value(QStringLiteral("modelName")).toString(), entry.startedAtUtc,
                       toSet(entry.payload.value(QStringLiteral("knownModelIds"))), request.family, request.knobs});
    }
    return result;
}

std::optional<QList<qint64>> Journal::addUploads(const QList<JournaledUpload> &files)
{
    QList<Entry> entries;
    for (const JournaledUpload &file : files) {
        QJsonObject payload {{QStringLiteral("datasetId"), file.datasetId},
                             {QStringLiteral("filePath"), file.filePath},
                             {QStringLiteral("sentName"), file.sentName},
                             {QStringLiteral("mime"), QString::fromLatin1(file.mimeType)},
                             {QStringLiteral("size"), double(file.size)}};
        if (file.modified.isValid())
            payload.insert(QStringLiteral("modifiedMs"), double(file.modified.toMSecsSinceEpoch()));
        entries.append({0, file.startedAtUtc, payload});
    }
    return add(JournalKind::UploadFile, entries);
}

QList<JournaledUpload> Journal::uploads() const
{
    QList<JournaledUpload> result;
    for (const Entry &entry : entries(JournalKind::UploadFile)) {
        JournaledUpload file;
        file.id = entry.id;
        file.datasetId = entry.payload.value(QStringLiteral("datasetId")).toString();
        file.filePath = entry.payload.value(QStringLiteral("filePath")).toString();
        file.sentName = entry.payload.value(QStringLiteral("sentName")).toString();
        file.mimeType = entry.payload.value(QStringLiteral("mime")).toString().toLatin1();
        file.size = qint64(entry.payload.value(QStringLiteral("size")).toDouble());
        if (const QJsonValue modified = entry.payload.value(QStringLiteral("modifiedMs")); modified.isDouble())
            file.modified = QDateTime::fromMSecsSinceEpoch(qint64(modified.toDouble()), Qt::UTC);
        file.startedAtUtc = entry.startedAtUtc;
        result.append(file);
    }
    return result;
}

} // namespace Ids::Core
