#include "dataset.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace Ids::Core {

std::optional<Dataset> Dataset::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("dataset"));
    Dataset dataset;
    dataset.id = reader.requiredString(QStringLiteral("dataset_id")).value_or(QString());
    dataset.name = reader.requiredString(QStringLiteral("name")).value_or(QString());
    dataset.userId = reader.requiredString(QStringLiteral("user_id")).value_or(QString());
    dataset.creationTime =
        ApiDateTime::parse(reader.requiredString(QStringLiteral("creation_time")).value_or(QString()));
    const std::optional<QJsonObject> cover = reader.optionalObject(QStringLiteral("cover_asset_identifier"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    if (dataset.id.isEmpty()) {
        if (error)
            *error = QStringLiteral("dataset: empty \"dataset_id\"");
        return std::nullopt;
    }
    if (cover) {
        dataset.cover = AssetIdentifier::fromJson(*cover, error);
        if (!dataset.cover)
            return std::nullopt;
    }
    return dataset;
}

QJsonObject Dataset::toJson() const
{
    return QJsonObject {
        {QStringLiteral("dataset_id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("creation_time"), creationTime.toIsoString()},
        {QStringLiteral("cover_asset_identifier"), cover ? QJsonValue(cover->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<DatasetList> parseDatasetList(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("dataset list"));
    const std::optional<QJsonArray> array = reader.requiredArray(QStringLiteral("datasets"));
    if (!array) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    DatasetList list;
    list.datasets = readRows<Dataset>(*array, SkippedRow::List::Datasets, &Dataset::fromJson, &list.skipped,
                                      QStringLiteral("dataset_id"));
    return list;
}

} // namespace Ids::Core
