#pragma once

#include "../types/custommodel.h"
#include "../types/generation.h"
#include "jsonjob.h"

namespace Ids::Core {

// POST /v1/ideogram-v3/train-model. Never retried by the base job and never re-sent by the caller on its
// own: a training may be billed, so an unknown outcome is reconciled (reliability-rules.md R9).
class TrainModelJob final : public JsonJob<TrainResponse>
{
    Q_OBJECT
public:
    TrainModelJob(ApiClient *client, const QString &datasetId, const QString &modelName, QObject *parent = nullptr);
    const TrainResponse &response() const { return result(); }
};

// GET /models, optionally ?scope= and ?status= (repeated, form-exploded).
class ListModelsJob final : public JsonJob<ModelList>
{
    Q_OBJECT
public:
    ListModelsJob(ApiClient *client, const QString &scope = {}, const QStringList &statuses = {},
                  QObject *parent = nullptr);
    const QList<CustomModel> &models() const { return result().models; }
    // Models (and training runs of kept models) that could not be read.
    const QList<SkippedRow> &skipped() const { return result().skipped; }
};

// GET /models/{id} → {"model": CustomModel} with its training runs.
class GetModelJob final : public JsonJob<CustomModel>
{
    Q_OBJECT
public:
    // retry false: one attempt, for a caller that schedules its own (the poller).
    GetModelJob(ApiClient *client, const QString &modelId, bool retry = true, QObject *parent = nullptr);
    QString modelId() const { return m_modelId; }
    const CustomModel &model() const { return result(); }

private:
    QString m_modelId;
};

// POST /v1/ideogram-v3/generate (multipart/form-data) with the model's custom_model_uri. Billed per image:
// never re-sent by itself.
class GenerateJob final : public JsonJob<GenerationResponse>
{
    Q_OBJECT
public:
    GenerateJob(ApiClient *client, const GenerationRequest &request, QObject *parent = nullptr);
    const GenerationResponse &response() const { return result(); }

    // The multipart body for these fields, with the boundary it uses.
    static QByteArray formBody(const GenerationRequest &request, const QByteArray &boundary);
};

} // namespace Ids::Core
