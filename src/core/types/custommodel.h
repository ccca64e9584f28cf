#pragma once

#include "apidatetime.h"
#include "skippedrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ids::Core {

// One training run of a model (api-contract.md §3 TrainingRun): the fine-grained step of a training.
struct TrainingRun
{
    QString id;
    // PREPARING_DATA, QUEUED, TRAINING, FINALIZING, COMPLETED, FAILED, one we do not know, or empty when
    // Ideogram sent null
    QString status;
    ApiDateTime creationTime;
    std::optional<ApiDateTime> lastUpdateTime;

    static std::optional<TrainingRun> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const TrainingRun &, const TrainingRun &) = default;
};

// A custom model (api-contract.md §3 CustomModel). The status is kept as the server spelled it: a status
// this app does not know is shown raw and treated as still moving, and so is an empty one (Ideogram sent null).
struct CustomModel
{
    QString id;
    QString name;
    QString status;
    ApiDateTime creationTime;
    std::optional<ApiDateTime> lastUpdateTime;
    bool availableForGeneration = false;
    bool owned = true;
    QString customModelUri; // empty until the model is registered
    QString datasetId; // empty when the server does not say
    QList<TrainingRun> trainingRuns; // only from GET /models/{id}, only for owned models

    // A training run that cannot be read is left out (appended to skippedRuns when given), the model kept.
    static std::optional<CustomModel> fromJson(const QJsonObject &object, QString *error,
                                               QList<SkippedRow> *skippedRuns);
    static std::optional<CustomModel> fromJson(const QJsonObject &object, QString *error)
    {
        return fromJson(object, error, nullptr);
    }
    QJsonObject toJson() const;

    // COMPLETED, ERRORED and ARCHIVED do not change any more; anything else (unknown strings too) may.
    static bool isTerminalStatus(const QString &status);
    bool isTerminal() const { return isTerminalStatus(status); }
    // api-contract.md §5: only a completed, available and registered model can make images.
    bool canGenerate() const;

    friend bool operator==(const CustomModel &, const CustomModel &) = default;
};

// POST /v1/ideogram-v3/train-model → 200. training_status is a free string (api-contract.md §3).
struct TrainResponse
{
    QString modelId;
    QString datasetId;
    QString trainingStatus;
    QString modelName;

    static std::optional<TrainResponse> fromJson(const QJsonObject &object, QString *error);
};

// The body of GET /models: {"models": [CustomModel]}. A model that cannot be read is skipped (and so is a
// training run of one), the rest are kept; an answer without the "models" array is an error.
struct ModelList
{
    QList<CustomModel> models;
    QList<SkippedRow> skipped;
};
std::optional<ModelList> parseModelList(const QJsonObject &object, QString *error);

} // namespace Ids::Core
