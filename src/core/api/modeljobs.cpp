#include "modeljobs.h"

#include <QJsonObject>
#include <QUrl>

namespace Ids::Core {

namespace {

QString segment(const QString &id)
{
    // Ids are opaque: one that holds a slash or a question mark must stay one path segment.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// E7 wraps the model: {"model": CustomModel}.
std::optional<CustomModel> readModelEnvelope(const QJsonObject &object, QString *error)
{
    const QJsonValue model = object.value(QStringLiteral("model"));
    if (!model.isObject()) {
        if (error)
            *error = QStringLiteral("model: \"model\" is missing or not an object");
        return std::nullopt;
    }
    return CustomModel::fromJson(model.toObject(), error);
}

ApiRequest trainRequest(const TrainRequest &train)
{
    ApiRequest request;
    request.method = "POST";
    request.path = train.path();
    request.contentType = "application/json";
    request.body = train.bodyBytes();
    return request;
}

ApiRequest listRequest(const QString &scope, const QStringList &statuses)
{
    ApiRequest request;
    request.path = QStringLiteral("/models");
    if (!scope.isEmpty())
        request.query.addQueryItem(QStringLiteral("scope"), scope);
    for (const QString &status : statuses)
        request.query.addQueryItem(QStringLiteral("status"), status);
    return request;
}

ApiRequest getRequest(const QString &modelId, bool retry)
{
    ApiRequest request;
    request.path = QStringLiteral("/models/") + segment(modelId);
    request.retryReads = retry;
    return request;
}

} // namespace

TrainModelJob::TrainModelJob(ApiClient *client, const TrainRequest &request, QObject *parent)
    : JsonJob(client, trainRequest(request), "training", &TrainResponse::fromJson, parent)
{ }

ListModelsJob::ListModelsJob(ApiClient *client, const QString &scope, const QStringList &statuses, QObject *parent)
    : JsonJob(client, listRequest(scope, statuses), "model list", &parseModelList, parent)
{ }

GetModelJob::GetModelJob(ApiClient *client, const QString &modelId, bool retry, QObject *parent)
    : JsonJob(client, getRequest(modelId, retry), "model", &readModelEnvelope, parent)
    , m_modelId(modelId)
{ }

} // namespace Ids::Core
