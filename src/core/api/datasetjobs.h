#pragma once

#include "../types/dataset.h"
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

// POST /datasets {"name": …}. Never retried by the base job: the caller reconciles (reliability.md R7).
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

} // namespace Ids::Core
