#include "modelfamilystore.h"

#include "datasetstore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ids::Core {

ModelFamilyStore::ModelFamilyStore(DatasetStore *store)
    : m_store(store)
{ }

ModelFamily ModelFamilyStore::family(const QString &modelId) const
{
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(QStringLiteral("SELECT family FROM model_families WHERE scope = ? AND model_id = ?"));
    query.addBindValue(m_store->scope());
    query.addBindValue(modelId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return ModelFamily::Unknown;
    }
    // A word a later version wrote and this one does not know reads as unknown.
    return query.next() ? Family::fromKey(query.value(0).toString()).value_or(ModelFamily::Unknown)
                        : ModelFamily::Unknown;
}

QHash<QString, ModelFamily> ModelFamilyStore::all() const
{
    QHash<QString, ModelFamily> families;
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT model_id, family FROM model_families WHERE scope = ?"));
    query.addBindValue(m_store->scope());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return families;
    }
    while (query.next()) {
        if (const std::optional<ModelFamily> family = Family::fromKey(query.value(1).toString()))
            families.insert(query.value(0).toString(), *family);
    }
    return families;
}

bool ModelFamilyStore::set(const QString &modelId, ModelFamily family, Source source)
{
    if (family == ModelFamily::Unknown || modelId.isEmpty())
        return true;
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO model_families (scope, model_id, family, source, known_ms) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(m_store->scope());
    query.addBindValue(modelId);
    query.addBindValue(Family::key(family));
    query.addBindValue(source == Source::Trained ? QStringLiteral("trained") : QStringLiteral("quoted"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Ids::Core
