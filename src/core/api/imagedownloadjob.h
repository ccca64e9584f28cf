#pragma once

#include "../files/filesniffer.h"
#include "apijob.h"

#include <QUrl>

namespace Ids::Core {

// Fetches one generated image from the address the generate answer gave (api-contract.md §5.1): another
// host than the API, so never with the key, https only, following only redirects that stay https
// (ApiClient::download). The address expires within minutes, so a failure is not retried later; the bytes
// must be a JPEG, PNG or WebP of at most MaxBytes (reliability-rules.md R23, R28). Failures are worded by
// the error map as the image's address, not the API.
class ImageDownloadJob final : public ApiJob
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBytes = 40LL * 1024 * 1024;

    ImageDownloadJob(ApiClient *client, QUrl url, QObject *parent = nullptr);

    const QByteArray &bytes() const { return m_bytes; }
    FileKind kind() const { return m_kind; }

protected:
    QNetworkReply *sendRequest(QIODevice *body) override;
    qint64 maxBodyBytes() const override { return MaxBytes; }
    ApiError readBody(const ReplyFacts &facts) override;

private:
    QUrl m_url;
    QByteArray m_bytes;
    FileKind m_kind = FileKind::Unknown;
};

} // namespace Ids::Core
