#include "datasetjobs.h"

#include <QJsonObject>
#include <QUrl>

namespace Ids::Core {

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
    : ApiJob(client, makeRequest(search), parent)
{ }

QString ListDatasetsJob::parse(const QJsonDocument &document)
{
    if (!document.isObject())
        return QStringLiteral("dataset list: the body is not a JSON object");
    QString error;
    std::optional<QList<Dataset>> datasets = parseDatasetList(document.object(), &error);
    if (!datasets)
        return error;
    m_datasets = std::move(*datasets);
    return {};
}

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

} // namespace

CreateDatasetJob::CreateDatasetJob(ApiClient *client, const QString &name, QObject *parent)
    : ApiJob(client, createRequest(name), parent)
{ }

QString CreateDatasetJob::parse(const QJsonDocument &document)
{
    if (!document.isObject())
        return QStringLiteral("dataset: the body is not a JSON object");
    QString error;
    std::optional<Dataset> dataset = Dataset::fromJson(document.object(), &error);
    if (!dataset)
        return error;
    m_dataset = std::move(*dataset);
    return {};
}

namespace {

ApiRequest getRequest(const QString &datasetId)
{
    ApiRequest request;
    request.method = "GET";
    // Ids are opaque: one that holds a slash or a question mark must stay one path segment.
    request.path = QStringLiteral("/datasets/") + QString::fromLatin1(QUrl::toPercentEncoding(datasetId));
    return request;
}

} // namespace

GetDatasetJob::GetDatasetJob(ApiClient *client, const QString &datasetId, QObject *parent)
    : ApiJob(client, getRequest(datasetId), parent)
    , m_datasetId(datasetId)
{ }

QString GetDatasetJob::parse(const QJsonDocument &document)
{
    if (!document.isObject())
        return QStringLiteral("dataset details: the body is not a JSON object");
    QString error;
    std::optional<DatasetDetail> detail = DatasetDetail::fromJson(document.object(), &error);
    if (!detail)
        return error;
    m_detail = std::move(*detail);
    return {};
}

} // namespace Ids::Core
