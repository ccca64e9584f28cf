#pragma once

#include "../types/dataset.h"
#include "../types/datasetdetail.h"
#include "apijob.h"

namespace Ids::Core {

// GET /datasets, optionally with ?search=.
class ListDatasetsJob final : public ApiJob
{
    Q_OBJECT
public:
    ListDatasetsJob(ApiClient *client, const QString &search = {}, QObject *parent = nullptr);
    const QList<Dataset> &datasets() const { return m_datasets; }

    static ApiRequest makeRequest(const QString &search);

protected:
    QString parse(const QJsonDocument &document) override;

private:
    QList<Dataset> m_datasets;
};

// POST /datasets {"name": …}. Never retried by the base job: the caller reconciles (reliability-rules.md R7).
class CreateDatasetJob final : public ApiJob
{
    Q_OBJECT
public:
    CreateDatasetJob(ApiClient *client, const QString &name, QObject *parent = nullptr);
    const Dataset &dataset() const { return m_dataset; }

protected:
    QString parse(const QJsonDocument &document) override;

private:
    Dataset m_dataset;
};

// GET /datasets/{id}: the dataset with its files and the models trained from it.
class GetDatasetJob final : public ApiJob
{
    Q_OBJECT
public:
    GetDatasetJob(ApiClient *client, const QString &datasetId, QObject *parent = nullptr);
    QString datasetId() const { return m_datasetId; }
    const DatasetDetail &detail() const { return m_detail; }

protected:
    QString parse(const QJsonDocument &document) override;

private:
    QString m_datasetId;
    DatasetDetail m_detail;
};

} // namespace Ids::Core
