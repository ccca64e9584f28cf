#include "modelstore.h"

#include "datasetstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Ids::Core {

namespace {

QSqlDatabase connection(const DatasetStore *store)
{
    return QSqlDatabase::database(store->connectionName(), false);
}

std::optional<CustomModel> fromStoredJson(const QString &json)
{
    // Written by upsert(), so it parses; a damaged row is skipped rather than failing the whole list.
    return CustomModel::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), nullptr);
}

} // namespace

ModelStore::ModelStore(DatasetStore *store)
    : m_store(store)
{ }

QList<CustomModel> ModelStore::models() const
{
    QList<CustomModel> result;
    QSqlQuery query(connection(m_store));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json FROM models WHERE scope = ?"));
    query.addBindValue(m_store->scope());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        if (std::optional<CustomModel> model = fromStoredJson(query.value(0).toString()))
            result.append(std::move(*model));
    }
    std::stable_sort(result.begin(), result.end(), [](const CustomModel &a, const CustomModel &b) {
        return a.creationTime.utc > b.creationTime.utc;
    });
    return result;
}

std::optional<CustomModel> ModelStore::model(const QString &id) const
{
    QSqlQuery query(connection(m_store));
    query.prepare(QStringLiteral("SELECT json FROM models WHERE scope = ? AND model_id = ?"));
    query.addBindValue(m_store->scope());
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromStoredJson(query.value(0).toString());
}

bool ModelStore::upsert(const CustomModel &model)
{
    CustomModel kept = model;
    // The list endpoint has no training runs: keep the ones the details gave until newer ones come.
    if (kept.trainingRuns.isEmpty()) {
        if (const std::optional<CustomModel> old = this->model(model.id))
            kept.trainingRuns = old->trainingRuns;
    }
    QSqlQuery query(connection(m_store));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO models (scope, model_id, json, seen_ms) VALUES (?, ?, ?, ?)"));
    query.addBindValue(m_store->scope());
    query.addBindValue(kept.id);
    query.addBindValue(QString::fromUtf8(QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = m_store->noteWriteError(query.lastError());
        return false;
    }
    return true;
}

bool ModelStore::upsertMany(const QList<CustomModel> &models)
{
    QSqlDatabase db = connection(m_store);
    db.transaction();
    for (const CustomModel &model : models) {
        if (!upsert(model)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool ModelStore::replaceAll(const QList<CustomModel> &models, const QSet<QString> &alsoKeep)
{
    QSqlDatabase db = connection(m_store);
    db.transaction();
    QStringList keep;
    for (const CustomModel &model : models) {
        if (!upsert(model)) {
            db.rollback();
            return false;
        }
        keep.append(model.id);
    }
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT model_id FROM models WHERE scope = ?"));
    existing.addBindValue(m_store->scope());
    QStringList gone;
    if (existing.exec()) {
        while (existing.next()) {
            const QString id = existing.value(0).toString();
            if (!keep.contains(id) && !alsoKeep.contains(id))
                gone.append(id);
        }
    }
    for (const QString &id : std::as_const(gone)) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM models WHERE scope = ? AND model_id = ?"));
        remove.addBindValue(m_store->scope());
        remove.addBindValue(id);
        if (!remove.exec()) {
            m_lastError = m_store->noteWriteError(remove.lastError());
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace Ids::Core
