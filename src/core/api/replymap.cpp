#include "apierror.h"

#include "retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ids::Core {

// The facts of a reply turned into an ApiError (its kind, status, server text). No words here: the
// sentences are in apierror.cpp, the one error map.

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
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError::Kind::ProxyAuthRequired;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return ApiError::Kind::ProxyUnreachable;
    default:
        return ApiError::Kind::Network;
    }
}

// Which certificate problem to tell about when Qt reports several (a self-signed certificate for another host
// reports both): the one that most changes what the user should do.
ApiError::TlsProblem tlsProblemOf(const ReplyFacts &facts)
{
    using Problem = ApiError::TlsProblem;
    const auto has = [&](std::initializer_list<QSslError::SslError> errors) {
        for (const QSslError::SslError error : errors) {
            if (facts.sslErrors.contains(error))
                return true;
        }
        return false;
    };
    if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain}))
        return Problem::SelfSigned;
    if (has({QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted, QSslError::CertificateRejected,
             QSslError::InvalidCaCertificate}))
        return Problem::UnknownIssuer;
    if (has({QSslError::HostNameMismatch}))
        return Problem::HostMismatch;
    if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid}))
        return Problem::Expired;
    // A server that speaks only a protocol older than TLS 1.2 (which Qt's SecureProtocols require) fails
    // the handshake without a certificate error; OpenSSL names it in the error text, in these words.
    const QString text = facts.networkErrorText.toLower();
    for (const char *words : {"protocol version", "unsupported protocol", "no protocols available",
                              "wrong version number", "version too low"}) {
        if (text.contains(QLatin1String(words)))
            return Problem::OldProtocol;
    }
    return Problem::Unknown;
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

    // Before the status: a proxy's 407 is not Ideogram's answer. (A 407 with no proxy set on this computer, which
    // Qt reports the same way, is nothing the user can answer: an unexpected status, like any other.)
    if ((facts.networkError == QNetworkReply::ProxyAuthenticationRequiredError || facts.httpStatus == 407)
        && !facts.proxy.isEmpty()) {
        error.kind = ApiError::Kind::ProxyAuthRequired;
        error.proxy = facts.proxy;
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
        // Qt may report a certificate error as a handshake failure or as an unknown network error, depending
        // on where in the handshake it was found: the certificate errors it listed decide.
        if (!facts.sslErrors.isEmpty() || error.kind == ApiError::Kind::Tls) {
            error.kind = ApiError::Kind::Tls;
            error.tlsProblem = tlsProblemOf(facts);
            QStringList certificate;
            for (const QSslError::SslError sslError : facts.sslErrors)
                certificate << QSslError(sslError).errorString();
            if (!certificate.isEmpty())
                error.technical += QStringLiteral(" (") + certificate.join(QStringLiteral("; ")) + QLatin1Char(')');
            return error;
        }
        const bool connectFailure = error.kind == ApiError::Kind::HostNotFound || error.kind == ApiError::Kind::Network
            || error.kind == ApiError::Kind::ConnectionRefused;
        if (facts.offline && connectFailure) {
            error.kind = ApiError::Kind::Offline;
            return error;
        }
        // Through a proxy the app connects only to the proxy: failing to reach anything is failing to reach it.
        if (!facts.proxy.isEmpty() && connectFailure && !facts.requestBytesSent)
            error.kind = ApiError::Kind::ProxyUnreachable;
        if (error.kind == ApiError::Kind::ProxyUnreachable)
            error.proxy = facts.proxy;
        return error;
    }

    if (facts.httpStatus == 0) {
        error.kind = ApiError::Kind::Network;
        return error;
    }
    return error; // 2xx: success as far as the transport goes
}

} // namespace Ids::Core
