#include "draftstore.h"

#include "datasetstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ids::Core {

DraftStore::DraftStore(DatasetStore *store)
    : m_store(store)
{ }

bool DraftStore::save(const ReviewDraft &draft)
{
    const QJsonObject json {{QStringLiteral("paths"), QJsonArray::fromStringList(draft.paths)},
                            {QStringLiteral("removed"), QJsonArray::fromStringList(draft.removedKeys)},
                            {QStringLiteral("captions"), captionsToJson(draft.captions)}};
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO review_drafts (scope, dataset_id, json, saved_ms) VALUES (?, ?, ?, ?)"));
    query.addBindValue(m_store->scope());
    query.addBindValue(draft.datasetId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    query.addBindValue(draft.savedAtUtc.isValid() ? draft.savedAtUtc.toMSecsSinceEpoch()
                                                  : QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<ReviewDraft> DraftStore::draft(const QString &datasetId) const
{
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(QStringLiteral("SELECT json, saved_ms FROM review_drafts WHERE scope = ? AND dataset_id = ?"));
    query.addBindValue(m_store->scope());
    query.addBindValue(datasetId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_lastError = error.errorString();
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    ReviewDraft draft;
    draft.datasetId = datasetId;
    for (const QJsonValue &path : json.value(QStringLiteral("paths")).toArray())
        draft.paths.append(path.toString());
    for (const QJsonValue &key : json.value(QStringLiteral("removed")).toArray())
        draft.removedKeys.append(key.toString());
    draft.captions = captionsFromJson(json.value(QStringLiteral("captions")).toObject());
    draft.savedAtUtc = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    return draft;
}

bool DraftStore::discard(const QString &datasetId)
{
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(QStringLiteral("DELETE FROM review_drafts WHERE scope = ? AND dataset_id = ?"));
    query.addBindValue(m_store->scope());
    query.addBindValue(datasetId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Ids::Core
