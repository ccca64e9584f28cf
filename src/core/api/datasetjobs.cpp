#include "datasetjobs.h"

#include <QJsonObject>
#include <QUrl>

namespace Ids::Core {

namespace {

ApiRequest createRequest(const QString &name)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/datasets");
    request.contentType = "application/json";
    request.body = QJsonDocument(QJsonObject {{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest getRequest(const QString &datasetId)
{
    ApiRequest request;
    request.method = "GET";
    // Ids are opaque: one that holds a slash or a question mark must stay one path segment.
    request.path = QStringLiteral("/datasets/") + QString::fromLatin1(QUrl::toPercentEncoding(datasetId));
    return request;
}

} // namespace

ApiRequest ListDatasetsJob::makeRequest(const QString &search)
{
    ApiRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/datasets");
    if (!search.isEmpty())
        request.query.addQueryItem(QStringLiteral("search"), search);
    return request;
}

ListDatasetsJob::ListDatasetsJob(ApiClient *client, const QString &search, QObject *parent)
    : JsonJob(client, makeRequest(search), "dataset list", &parseDatasetList, parent)
{ }

CreateDatasetJob::CreateDatasetJob(ApiClient *client, const QString &name, QObject *parent)
    : JsonJob(client, createRequest(name), "dataset", &Dataset::fromJson, parent)
{ }

GetDatasetJob::GetDatasetJob(ApiClient *client, const QString &datasetId, QObject *parent)
    : JsonJob(client, getRequest(datasetId), "dataset details", &DatasetDetail::fromJson, parent)
    , m_datasetId(datasetId)
{ }

} // namespace Ids::Core
