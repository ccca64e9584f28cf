#include "apierror.h"

#include "../types/uploadsummary.h"
#include "retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <iterator>

namespace Ids::Core {

namespace {

constexpr int MaxServerMessageLength = 500;

QString shorten(QString text)
{
    text = text.simplified();
    if (text.size() > MaxServerMessageLength)
        text = text.left(MaxServerMessageLength) + QChar(0x2026);
    return text;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html");
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::Kind::BadRequest;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 402:
        return ApiError::Kind::PaymentRequired;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 413:
        return ApiError::Kind::PayloadTooLarge;
    case 422:
        return ApiError::Kind::Unprocessable;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 300 && status < 400)
        return ApiError::Kind::Redirect;
    if (status >= 500 && status < 600)
        return ApiError::Kind::Server;
    return ApiError::Kind::UnexpectedStatus;
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return ApiError::Kind::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::Kind::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ContentReSendError: // Qt wanted to re-send after a dropped connection; we refused
        return ApiError::Kind::ConnectionLost;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return ApiError::Kind::Offline;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return ApiError::Kind::Redirect;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Cancelled;
    default:
        return ApiError::Kind::Network;
    }
}

} // namespace

QString extractServerMessage(const QByteArray &body, const QByteArray &contentType)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        for (const QLatin1String key : {QLatin1String("error"), QLatin1String("message"), QLatin1String("detail")}) {
            const QJsonValue value = object.value(key);
            if (value.isString() && !value.toString().trimmed().isEmpty())
                return shorten(value.toString());
            if (value.isObject() || value.isArray())
                return shorten(QString::fromUtf8(
                    (value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray()))
                        .toJson(QJsonDocument::Compact)));
        }
        return {};
    }
    if (looksLikeHtml(body, contentType))
        return {};
    return shorten(QString::fromUtf8(body.left(4 * MaxServerMessageLength)));
}

ApiError bodyError(const ReplyFacts &facts, ApiError::Kind kind, const QString &technical)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = facts.httpStatus;
    error.method = facts.method;
    error.path = facts.path;
    error.time = facts.time;
    error.technical = technical;
    return error;
}

ApiError mapReply(const ReplyFacts &facts)
{
    ApiError error;
    error.httpStatus = facts.httpStatus;
    error.method = facts.method;
    error.path = facts.path;
    error.time = facts.time.isValid() ? facts.time : QDateTime::currentDateTimeUtc();
    error.offlineHint = facts.offline;
    error.technical = facts.networkErrorText;

    // Our own flags first: Qt reports both a cancel and a timeout as OperationCanceledError.
    if (facts.cancelled) {
        error.kind = ApiError::Kind::Cancelled;
        return error;
    }
    if (facts.timedOut) {
        error.kind = ApiError::Kind::Timeout;
        return error;
    }

    if (facts.httpStatus >= 300 || (facts.httpStatus >= 100 && facts.httpStatus < 200)) {
        error.kind = kindForStatus(facts.httpStatus);
        error.serverMessage = extractServerMessage(facts.body, facts.contentType);
        const QJsonObject object = QJsonDocument::fromJson(facts.body).object();
        if (const QJsonValue reason = object.value(QStringLiteral("reject_reason")); reason.isString())
            error.rejectReason = reason.toString();
        if (!facts.retryAfterHeader.isEmpty())
            error.retryAfter = parseRetryAfter(facts.retryAfterHeader, QDateTime::currentDateTimeUtc());
        if (error.kind == ApiError::Kind::Server && looksLikeHtml(facts.body, facts.contentType))
            error.technical = QStringLiteral("HTML error page");
        return error;
    }

    if (facts.networkError != QNetworkReply::NoError) {
        error.kind = kindForNetworkError(facts.networkError);
        // A socket error while the request was being written (a reset or a broken pipe mid-body) is the
        // connection breaking off; Qt reports it as an unknown network error or as a closed connection
        // depending on which side of the reset the write fell.
        if (error.kind == ApiError::Kind::Network && facts.requestBytesSent)
            error.kind = ApiError::Kind::ConnectionLost;
        if (facts.offline
            && (error.kind == ApiError::Kind::HostNotFound || error.kind == ApiError::Kind::Network
                || error.kind == ApiError::Kind::ConnectionRefused))
            error.kind = ApiError::Kind::Offline;
        return error;
    }

    if (facts.httpStatus == 0) {
        error.kind = ApiError::Kind::Network;
        return error;
    }
    return error; // 2xx: success as far as the transport goes
}

ApiError::Delivery ApiError::delivery() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Tls:
    case Kind::RateLimited: // Ideogram: a rejected request does not run
        return Delivery::NotSent;
    case Kind::LocalFile:
        return Delivery::NotSent;
    case Kind::BadRequest:
    case Kind::Unauthorized:
    case Kind::PaymentRequired:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::PayloadTooLarge:
    case Kind::Unprocessable:
    case Kind::Redirect:
        return Delivery::Rejected;
    default:
        return Delivery::MaybeApplied;
    }
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::ConnectionLost:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Network:
        return true;
    case Kind::HostNotFound:
        return !offlineHint;
    case Kind::UnexpectedStatus:
        return httpStatus == 408;
    case Kind::NotJson:
        return httpStatus >= 500;
    default:
        return false;
    }
}

namespace {

// A generated image's address is another host and expires within minutes (api-contract.md §5.1): what went
// wrong there is told in terms of that address, and the way out is always to generate again.
QString imageAddressHeadline(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return ApiError::tr("Cancelled.");
    case Kind::Redirect:
        if (error.httpStatus == 0)
            return ApiError::tr("Ideogram gave an address this app does not download from.");
        break;
    case Kind::BadShape:
    case Kind::NotJson:
        return ApiError::tr("What was downloaded is not an image.");
    case Kind::Offline:
        return ApiError::tr("This computer went offline before the image arrived. Generate again to get it.");
    case Kind::Timeout:
        return ApiError::tr("The image did not arrive in time. Generate again to get it.");
    default:
        break;
    }
    if (error.httpStatus > 0)
        return ApiError::tr("The image could not be downloaded (HTTP %1): its address may have expired. Generate "
                            "again to get it.")
            .arg(error.httpStatus);
    return ApiError::tr("The image could not be downloaded (the connection failed). Generate again to get it.");
}

} // namespace

QString UploadFileText::refused(const QString &reason)
{
    if (reason == FailureReason::FailedSafetyCheck)
        return ApiError::tr("Ideogram's safety check rejected this image. Remove it or use another image.");
    if (reason == FailureReason::FileTooLarge)
        return ApiError::tr("Ideogram found this file too large. Make it smaller (under 10 MB) and add it again.");
    if (reason == FailureReason::InternalError)
        return ApiError::tr("Ideogram had a problem storing this file. Use Retry failed to send it again.");
    if (reason == FailureReason::InvalidCaption)
        return ApiError::tr("Ideogram could not read this caption. Save it as plain UTF-8 text and add it again.");
    if (reason == FailureReason::InvalidCaptionJson)
        return ApiError::tr(
            "This caption is not a valid structured caption. Fix the file, or use a plain .txt caption.");
    if (reason == FailureReason::InvalidImage)
        return ApiError::tr("Ideogram could not read this image. Check that it opens, save it as JPEG, PNG or WebP "
                            "and add it again.");
    if (reason == FailureReason::InvalidZip)
        return ApiError::tr("Ideogram could not read this ZIP file. Create the archive again and add it.");
    if (reason == FailureReason::TooManyImages)
        return ApiError::tr("The dataset is full: it holds at most 100 images. Remove some images from this upload.");
    if (reason.isEmpty()) // a failed file with a null reason, as in Ideogram's own example
        return ApiError::tr("Ideogram rejected this file without saying why. Check that it opens, then use Retry "
                            "failed to send it again.");
    return ApiError::tr("Ideogram rejected this file (%1).").arg(reason);
}

QString UploadFileText::unconfirmed()
{
    return ApiError::tr("The connection broke during the upload, and Ideogram could not be asked what arrived. "
                        "Open the dataset to check, or use Retry failed.");
}

QString UploadFileText::notStored()
{
    return ApiError::tr("Ideogram did not store this file and gave no reason. Use Retry failed to send it again.");
}

QString UploadFileText::cancelled()
{
    return ApiError::tr("Cancelled.");
}

QString ApiError::headline() const
{
    if (source == Source::ImageAddress)
        return imageAddressHeadline(*this);
    if (source == Source::Generation && kind == Kind::Unprocessable)
        return tr("Ideogram's safety check refused this prompt. Change the wording and try again.");
    if (source == Source::Generation && kind == Kind::PaymentRequired)
        return tr("Your Ideogram balance does not cover these images. Top up in the Ideogram dashboard, then "
                  "generate again.");
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        return tr("This computer seems to be offline. Check your internet connection, then try again.");
    case Kind::HostNotFound:
        return tr("The Ideogram server could not be found. Check your internet connection and the API address "
                  "in Settings, then try again.");
    case Kind::ConnectionRefused:
        return tr("The Ideogram server refused the connection. Try again in a few minutes; if it keeps "
                  "happening, check the API address in Settings.");
    case Kind::ConnectionLost:
        return tr("The connection to Ideogram broke off before an answer arrived. Try again.");
    case Kind::Tls:
        return tr("The server's security certificate could not be verified, so nothing was sent. Check the "
                  "API address in Settings and your network (some office or hotel networks interfere).");
    case Kind::Timeout:
        return tr("Ideogram did not answer in time. Check your connection, then try again.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Redirect:
        return tr("The server tried to send the request elsewhere, which this app does not allow with your key. "
                  "Check the API address in Settings.");
    case Kind::BadRequest:
        return serverMessage.isEmpty()
            ? tr("Ideogram refused the request as invalid. Check what you entered and try again.")
            : tr("Ideogram refused the request: %1").arg(serverMessage);
    case Kind::Unauthorized:
        return tr("Ideogram rejected this key. Open Settings and paste a valid API key.");
    case Kind::PaymentRequired:
        return rejectReason.isEmpty()
            ? tr("Your Ideogram balance or plan does not cover this. Top up or change your plan in the Ideogram "
                 "dashboard, then try again.")
            : tr("Your Ideogram balance or plan does not cover this (%1). Top up or change your plan in the "
                 "Ideogram dashboard, then try again.")
                  .arg(rejectReason);
    case Kind::Forbidden:
        return tr("This key is not allowed to do this. Check your Ideogram plan, or use a key of the account "
                  "that owns the dataset.");
    case Kind::NotFound:
        return tr("Ideogram does not know this item. It may belong to another account; refresh the list.");
    case Kind::PayloadTooLarge:
        return tr("The upload is too large for Ideogram. Send fewer or smaller files at a time.");
    case Kind::Unprocessable:
        return serverMessage.isEmpty() ? tr("Ideogram could not process this request. Change it and try again.")
                                       : tr("Ideogram could not process this request: %1").arg(serverMessage);
    case Kind::RateLimited:
        if (retryAfter) {
            const qint64 seconds = (retryAfter->count() + 999) / 1000;
            return tr("Ideogram is busy with other work of your account. Wait %n second(s), then try again.", "",
                      int(seconds));
        }
        return tr("Ideogram is busy with other work of your account. Wait a minute, then try again.");
    case Kind::Server:
        return tr("Ideogram had a problem on its side (error %1). Try again in a few minutes.").arg(httpStatus);
    case Kind::UnexpectedStatus:
        return tr("Ideogram gave an answer this app does not understand (status %1). Try again later.").arg(httpStatus);
    case Kind::NotJson:
        return tr("The server sent a web page or an empty answer instead of data. A network proxy or login page "
                  "may be in the way; check your connection and try again.");
    case Kind::BadShape:
        return tr("Ideogram's answer was incomplete or in an unexpected form. Try again; if it keeps happening, "
                  "this app may need an update.");
    case Kind::Network:
        return tr("A network error stopped the request. Check your connection, then try again.");
    case Kind::LocalFile:
        return tr("A file could not be read, or changed after you reviewed it, so nothing was sent. Add the "
                  "files again.");
    }
    return {};
}

QString ApiError::details() const
{
    QStringList lines;
    lines << tr("Request: %1 %2").arg(QString::fromLatin1(method), path);
    lines << tr("Status: %1").arg(httpStatus > 0 ? QString::number(httpStatus) : tr("no answer"));
    lines << tr("Time: %1").arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
    lines << tr("Category: %1").arg(kindName(kind));
    if (!rejectReason.isEmpty())
        lines << tr("Reason: %1").arg(rejectReason);
    if (!serverMessage.isEmpty())
        lines << tr("Server said: %1").arg(serverMessage);
    if (!technical.isEmpty())
        lines << tr("Technical detail: %1").arg(technical);
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::kindName(Kind kind)
{
    // In the order of Kind: stable English names for logs and tests.
    static const char *const names[] = {
        "none",          "offline",          "host-not-found", "connection-refused", "connection-lost",
        "tls",           "timeout",          "cancelled",      "redirect",           "bad-request",
        "unauthorized",  "payment-required", "forbidden",      "not-found",          "payload-too-large",
        "unprocessable", "rate-limited",     "server",         "unexpected-status",  "not-json",
        "bad-shape",     "network",          "local-file",
    };
    static_assert(std::size(names) == std::size_t(Kind::LocalFile) + 1, "one name per kind");
    const auto index = std::size_t(kind);
    return index < std::size(names) ? QLatin1String(names[index]) : QStringLiteral("unknown");
}

} // namespace Ids::Core
