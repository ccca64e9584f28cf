#pragma once

#include "../types/custommodel.h"
#include "../types/trainrequest.h"
#include "jsonjob.h"

namespace Ids::Core {

// One of the four train operations (api-contract.md §9.1): the request names its path (family, plain or
// advanced) and body, the job sends exactly that. Never retried by the base job and never re-sent by the caller
// on its own: a training may be billed, so an unknown outcome is reconciled (reliability-rules.md R9).
class TrainModelJob final : public JsonJob<TrainResponse>
{
    Q_OBJECT
public:
    TrainModelJob(ApiClient *client, const TrainRequest &request, QObject *parent = nullptr);
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

} // namespace Ids::Core
