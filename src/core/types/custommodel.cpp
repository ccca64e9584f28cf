#include "custommodel.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace Ids::Core {

namespace {

std::optional<bool> requiredBool(const QJsonObject &object, const QString &key, const QString &context, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        if (error)
            *error = QStringLiteral("%1: \"%2\" is %3, expected a boolean")
                         .arg(context, key,
                              value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a boolean"));
        return std::nullopt;
    }
    return value.toBool();
}

QJsonValue optionalTime(const std::optional<ApiDateTime> &time)
{
    return time ? QJsonValue(time->toIsoString()) : QJsonValue();
}

} // namespace

std::optional<TrainingRun> TrainingRun::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("training run"));
    const std::optional<QString> id = reader.requiredString(QStringLiteral("training_run_id"));
    const std::optional<QString> status = reader.requiredNullableString(QStringLiteral("status"));
    const std::optional<QString> created = reader.requiredString(QStringLiteral("creation_time"));
    const std::optional<QString> updated = reader.optionalString(QStringLiteral("last_update_time"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    TrainingRun run;
    run.id = *id;
    run.status = *status;
    run.creationTime = ApiDateTime::parse(*created);
    if (updated)
        run.lastUpdateTime = ApiDateTime::parse(*updated);
    return run;
}

QJsonObject TrainingRun::toJson() const
{
    return QJsonObject {{QStringLiteral("training_run_id"), id},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("creation_time"), creationTime.toIsoString()},
                        {QStringLiteral("last_update_time"), optionalTime(lastUpdateTime)}};
}

std::optional<CustomModel> CustomModel::fromJson(const QJsonObject &object, QString *error)
{
    const QString context = QStringLiteral("model");
    JsonReader reader(object, context);
    const std::optional<QString> id = reader.requiredString(QStringLiteral("model_id"));
    const std::optional<QString> name = reader.requiredString(QStringLiteral("name"));
    const std::optional<QString> status = reader.requiredNullableString(QStringLiteral("status"));
    const std::optional<QString> created = reader.requiredString(QStringLiteral("creation_time"));
    const std::optional<QString> updated = reader.optionalString(QStringLiteral("last_update_time"));
    const std::optional<QString> uri = reader.optionalString(QStringLiteral("custom_model_uri"));
    const std::optional<QString> datasetId = reader.optionalString(QStringLiteral("dataset_id"));
    const std::optional<QJsonArray> runs = reader.optionalArray(QStringLiteral("training_runs"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    const std::optional<bool> available =
        requiredBool(object, QStringLiteral("is_available_for_generation"), context, error);
    if (!available)
        return std::nullopt;
    // is_owned is required by the schema, but a model without it is still a model: assume ours (E6 lists
    // owned ones unless asked for shared).
    const QJsonValue ownedValue = object.value(QStringLiteral("is_owned"));
    if (!ownedValue.isUndefined() && !ownedValue.isNull() && !ownedValue.isBool()) {
        if (error)
            *error = QStringLiteral("model: \"is_owned\" is not a boolean");
        return std::nullopt;
    }

    CustomModel model;
    model.id = *id;
    model.name = *name;
    model.status = *status;
    model.creationTime = ApiDateTime::parse(*created);
    if (updated)
        model.lastUpdateTime = ApiDateTime::parse(*updated);
    model.availableForGeneration = *available;
    model.owned = ownedValue.isBool() ? ownedValue.toBool() : true;
    model.customModelUri = uri.value_or(QString());
    model.datasetId = datasetId.value_or(QString());
    for (const QJsonValue &value : *runs) {
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("model: a training run is not an object");
            return std::nullopt;
        }
        std::optional<TrainingRun> run = TrainingRun::fromJson(value.toObject(), error);
        if (!run)
            return std::nullopt;
        model.trainingRuns.append(std::move(*run));
    }
    return model;
}

QJsonObject CustomModel::toJson() const
{
    QJsonArray runs;
    for (const TrainingRun &run : trainingRuns)
        runs.append(run.toJson());
    return QJsonObject {
        {QStringLiteral("model_id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), status},
        {QStringLiteral("creation_time"), creationTime.toIsoString()},
        {QStringLiteral("last_update_time"), optionalTime(lastUpdateTime)},
        {QStringLiteral("is_available_for_generation"), availableForGeneration},
        {QStringLiteral("is_owned"), owned},
        {QStringLiteral("custom_model_uri"), customModelUri.isEmpty() ? QJsonValue() : QJsonValue(customModelUri)},
        {QStringLiteral("dataset_id"), datasetId.isEmpty() ? QJsonValue() : QJsonValue(datasetId)},
        {QStringLiteral("training_runs"), runs},
    };
}

bool CustomModel::isTerminalStatus(const QString &status)
{
    return status == QLatin1String("COMPLETED") || status == QLatin1String("ERRORED")
        || status == QLatin1String("ARCHIVED");
}

bool CustomModel::canGenerate() const
{
    return status == QLatin1String("COMPLETED") && availableForGeneration && !customModelUri.isEmpty();
}

std::optional<TrainResponse> TrainResponse::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("training"));
    const std::optional<QString> modelId = reader.requiredString(QStringLiteral("model_id"));
    const std::optional<QString> datasetId = reader.requiredString(QStringLiteral("dataset_id"));
    const std::optional<QString> status = reader.requiredString(QStringLiteral("training_status"));
    const std::optional<QString> name = reader.requiredString(QStringLiteral("model_name"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return TrainResponse {*modelId, *datasetId, *status, *name};
}

std::optional<QList<CustomModel>> parseModelList(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("model list"));
    const std::optional<QJsonArray> array = reader.requiredArray(QStringLiteral("models"));
    if (!array) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    QList<CustomModel> models;
    models.reserve(array->size());
    for (const QJsonValue &value : *array) {
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("model list: an entry is not an object");
            return std::nullopt;
        }
        std::optional<CustomModel> model = CustomModel::fromJson(value.toObject(), error);
        if (!model)
            return std::nullopt;
        models.append(std::move(*model));
    }
    return models;
}

} // namespace Ids::Core
