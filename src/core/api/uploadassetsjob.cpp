#include "uploadassetsjob.h"

#include <QUrl>

namespace Ids::Core {

namespace {

ApiRequest uploadRequest(const ApiClient *client, const QString &datasetId)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/datasets/") + QString::fromLatin1(QUrl::toPercentEncoding(datasetId))
        + QStringLiteral("/upload_assets");
    request.timeouts = client->uploadTimeouts();
    request.largeBody = true;
    return request;
}

} // namespace

UploadAssetsJob::UploadAssetsJob(ApiClient *client, const QString &datasetId, QList<MultipartBody::Part> parts,
                                 QObject *parent)
    : JsonJob(client, uploadRequest(client, datasetId), "upload summary", &UploadSummary::fromJson, parent)
    , m_datasetId(datasetId)
    , m_parts(std::move(parts))
{ }

QIODevice *UploadAssetsJob::makeBody()
{
    auto *body = new MultipartBody(m_parts);
    // Re-checked at send time: a file edited or truncated since the review must not go out with a
    // Content-Length that no longer matches (reliability-rules.md R24).
    if (const QString changed = body->changedFile(); !changed.isEmpty()) {
        delete body;
        failBeforeSending(QStringLiteral("%1 changed after it was reviewed").arg(changed));
        return nullptr;
    }
    setContentType(body->contentType());
    return body;
}

} // namespace Ids::Core
