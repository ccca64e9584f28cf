#pragma once

#include "../types/dataset.h"
#include "../types/datasetdetail.h"
#include "jsonjob.h"

namespace Ids::Core {

// GET /datasets, optionally with ?search= (api-contract.md E1).
class ListDatasetsJob final : public JsonJob<DatasetList>
{
    Q_OBJECT
public:
    ListDatasetsJob(ApiClient *client, const QString &search = {}, QObject *parent = nullptr);
    const QList<Dataset> &datasets() const { return result().datasets; }
    // Entries of the answer that could not be read (the rest are in datasets()).
    const QList<SkippedRow> &skipped() const { return result().skipped; }

    static ApiRequest makeRequest(const QString &search);
};

// POST /datasets {"name": …} (E2). Never retried by the base job: the caller reconciles (reliability-rules.md
// R7).
class CreateDatasetJob final : public JsonJob<Dataset>
{
    Q_OBJECT
public:
    CreateDatasetJob(ApiClient *client, const QString &name, QObject *parent = nullptr);
    const Dataset &dataset() const { return result(); }
};

// GET /datasets/{id} (E3): the dataset with its files and the models trained from it.
class GetDatasetJob final : public JsonJob<DatasetDetail>
{
    Q_OBJECT
public:
    GetDatasetJob(ApiClient *client, const QString &datasetId, QObject *parent = nullptr);
    QString datasetId() const { return m_datasetId; }
    const DatasetDetail &detail() const { return result(); }

private:
    QString m_datasetId;
};

} // namespace Ids::Core
