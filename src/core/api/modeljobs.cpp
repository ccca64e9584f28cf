#include "modeljobs.h"

#include <QJsonObject>
#include <QRandomGenerator>
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

ApiRequest trainRequest(const QString &datasetId, const QString &modelName)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/ideogram-v3/train-model");
    request.contentType = "application/json";
    request.body = QJsonDocument(QJsonObject {{QStringLiteral("dataset_id"), datasetId},
                                              {QStringLiteral("model_name"), modelName}})
                       .toJson(QJsonDocument::Compact);
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

TrainModelJob::TrainModelJob(ApiClient *client, const QString &datasetId, const QString &modelName, QObject *parent)
    : JsonJob(client, trainRequest(datasetId, modelName), "training", &TrainResponse::fromJson, parent)
{ }

ListModelsJob::ListModelsJob(ApiClient *client, const QString &scope, const QStringList &statuses, QObject *parent)
    : JsonJob(client, listRequest(scope, statuses), "model list", &parseModelList, parent)
{ }

GetModelJob::GetModelJob(ApiClient *client, const QString &modelId, bool retry, QObject *parent)
    : JsonJob(client, getRequest(modelId, retry), "model", &readModelEnvelope, parent)
    , m_modelId(modelId)
{ }

QByteArray GenerateJob::formBody(const GenerationRequest &request, const QByteArray &boundary)
{
    QByteArray body;
    const auto field = [&](const char *name, const QString &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value.toUtf8()
            + "\r\n";
    };
    field("custom_model_uri", request.customModelUri);
    field("prompt", request.prompt.trimmed());
    if (!request.negativePrompt.trimmed().isEmpty())
        field("negative_prompt", request.negativePrompt.trimmed());
    field("aspect_ratio", request.aspectRatio);
    field("num_images", QString::number(request.numImages));
    field("rendering_speed", request.renderingSpeed);
    if (request.seed)
        field("seed", QString::number(*request.seed));
    body += "--" + boundary + "--\r\n";
    return body;
}

namespace {

ApiRequest generateRequest(const GenerationRequest &generation, const ApiClient *client)
{
    // A prompt cannot hold this line: 32 random hex digits.
    const QByteArray boundary = "ids-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/ideogram-v3/generate");
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.body = GenerateJob::formBody(generation, boundary);
    request.timeouts = client->generationTimeouts();
    return request;
}

} // namespace

GenerateJob::GenerateJob(ApiClient *client, const GenerationRequest &request, QObject *parent)
    : JsonJob(client, generateRequest(request, client), "generation", &GenerationResponse::fromJson, parent)
{
    setErrorSource(ApiError::Source::Generation);
}

} // namespace Ids::Core
