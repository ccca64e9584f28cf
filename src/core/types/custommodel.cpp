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

std::optional<CustomModel> CustomModel::fromJson(const QJsonObject &object, QString *error,
                                                 QList<SkippedRow> *skippedRuns)
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
    model.trainingRuns = readRows<TrainingRun>(*runs, SkippedRow::List::TrainingRuns, &TrainingRun::fromJson,
                                               skippedRuns, QStringLiteral("training_run_id"));
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

std::optional<ModelList> parseModelList(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("model list"));
    const std::optional<QJsonArray> array = reader.requiredArray(QStringLiteral("models"));
    if (!array) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    ModelList list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonArray one {array->at(i)};
        QList<SkippedRow> runs;
        const auto read = [&runs](const QJsonObject &entry, QString *problem) {
            return CustomModel::fromJson(entry, problem, &runs);
        };
        const qsizetype skippedBefore = list.skipped.size();
        list.models +=
            readRows<CustomModel>(one, SkippedRow::List::Models, read, &list.skipped, QStringLiteral("model_id"));
        // readRows counted within a list of one: the entry's place is its place in the answer.
        if (list.skipped.size() > skippedBefore) {
            list.skipped.last().position = int(i + 1);
            continue;
        }
        // The runs of a model that is kept are named with the model's place in the list.
        for (SkippedRow &run : runs) {
            run.problem = QStringLiteral("model %1: %2").arg(i + 1).arg(run.problem);
            list.skipped.append(run);
        }
    }
    return list;
}

} // namespace Ids::Core
