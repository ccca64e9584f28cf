#include "imagedownloadjob.h"

#include <algorithm>

namespace Ids::Core {

namespace {

ApiRequest downloadRequest(const QUrl &url)
{
    ApiRequest request;
    request.method = "GET";
    // Shown in Details only. The signed address is a secret of sorts: its host is enough to tell where.
    request.path = url.host();
    // The address is good for minutes; a second try is the user's "generate again".
    request.retryReads = false;
    return request;
}

} // namespace

ImageDownloadJob::ImageDownloadJob(ApiClient *client, QUrl url, QObject *parent)
    : ApiJob(client, downloadRequest(url), parent)
    , m_url(std::move(url))
{
    setErrorSource(ApiError::Source::ImageAddress);
}

QNetworkReply *ImageDownloadJob::sendRequest(QIODevice *body)
{
    delete body; // a GET has none
    return client()->download(m_url);
}

ApiError ImageDownloadJob::readBody(const ReplyFacts &facts)
{
    m_kind = FileSniffer::sniff(QByteArrayView(facts.body).first(std::min(facts.body.size(), SniffHeadBytes)));
    if (!FileSniffer::isImage(m_kind))
        return bodyError(facts, ApiError::Kind::BadShape,
                         QStringLiteral("not an image (%1)").arg(FileSniffer::kindName(m_kind)));
    m_bytes = facts.body;
    return {};
}

} // namespace Ids::Core
