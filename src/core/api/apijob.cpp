#include "apijob.h"

#include <QNetworkInformation>
#include <QNetworkReply>

namespace Ids::Core {

namespace {

bool reportsOffline()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

// Failures that, when a proxy is in the way, are the proxy's: the app never connects to Ideogram itself then.
// (Qt reports a refused proxy as an unknown network error.)
bool mayBeProxyFailure(const QNetworkReply *reply, int httpStatus)
{
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return httpStatus == 407;
    }
}

} // namespace

ApiJob::ApiJob(ApiClient *client, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // Never sooner than the server asked for (a coarse timer may fire up to 5 % early).
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ApiJob::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    sendAttempt();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    // Record the cancel before abort(): Qt reports a cancel and our timeout with the same error code.
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    else {
        ReplyFacts facts;
        facts.cancelled = true;
        facts.method = m_request.method;
        facts.path = m_request.path;
        finish(mapReply(facts));
    }
}

void ApiJob::sendAttempt()
{
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_bytesSent = false;
    m_sslErrors.clear();
    if (!m_client->isOnline()) {
        // The system says there is no network: fail now, send nothing, and leave nothing waiting to go out
        // later behind the user's back.
        ApiError error;
        error.kind = ApiError::Kind::Offline;
        error.offlineHint = true;
        error.technical = QStringLiteral("the system reports no network connection; nothing was sent");
        failAtOnce(error);
        return;
    }
    QIODevice *body = makeBody();
    if (m_failedBeforeSending)
        return;
    m_reply = sendRequest(body);
    if (!m_reply) {
        ApiError error;
        error.kind = ApiError::Kind::Redirect;
        error.method = m_request.method;
        error.path = m_request.path;
        error.time = QDateTime::currentDateTimeUtc();
        error.technical = QStringLiteral("base URL refused by the https rule");
        finish(error);
        return;
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // Recorded to say what was wrong with the certificate; never ignored (reliability-rules.md R16), so the
    // handshake fails and no request, and no key, is sent.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.error());
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0)
            m_bytesSent = true;
        restartWatchdog();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        restartWatchdog();
        if (received > maxBodyBytes() && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    const Timeouts timeouts = m_client->timeoutsFor(m_request);
    if (timeouts.deadline.count() > 0)
        m_deadline.start(timeouts.deadline);
    else
        restartWatchdog();
}

QNetworkReply *ApiJob::sendRequest(QIODevice *body)
{
    return m_client->send(m_request, body);
}

void ApiJob::restartWatchdog()
{
    const Timeouts timeouts = m_client->timeoutsFor(m_request);
    if (timeouts.deadline.count() == 0)
        m_deadline.start(timeouts.inactivity + timeouts.watchdogSlack);
}

void ApiJob::failBeforeSending(const QString &technical)
{
    ApiError error;
    error.kind = ApiError::Kind::LocalFile;
    error.technical = technical;
    failAtOnce(error);
}

void ApiJob::failAtOnce(ApiError error)
{
    m_failedBeforeSending = true;
    error.method = m_request.method;
    error.path = m_request.path;
    error.time = QDateTime::currentDateTimeUtc();
    // Queued: start() has not returned yet, and listeners connect to finished() before calling it.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void ApiJob::onDeadline()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();

    ReplyFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    facts.retryAfterHeader = reply->rawHeader("Retry-After");
    // What arrived, up to the limit: read(maxBodyBytes()) alone would allocate the whole limit (16 MiB, an
    // mmap and munmap per call) for an answer of a few hundred bytes.
    if (reply->isOpen())
        facts.body = reply->read(std::min(maxBodyBytes(), reply->bytesAvailable()));
    // Qt's own transfer timeout is an inactivity timeout: a timeout too, not a cancel.
    facts.timedOut =
        m_timedOut || (reply->error() == QNetworkReply::OperationCanceledError && !m_cancelled && !m_tooLarge);
    facts.cancelled = m_cancelled;
    facts.requestBytesSent = m_bytesSent;
    facts.offline = !m_client->isOnline() || reportsOffline();
    facts.sslErrors = m_sslErrors;
    if (mayBeProxyFailure(reply, facts.httpStatus))
        facts.proxy = m_client->proxyFor(reply->url());
    facts.method = m_request.method;
    facts.path = m_request.path;
    facts.time = QDateTime::currentDateTimeUtc();

    ApiError error = m_tooLarge && !m_cancelled
        ? bodyError(facts, ApiError::Kind::BadShape, QStringLiteral("answer larger than %1 bytes").arg(maxBodyBytes()))
        : mapReply(facts);
    // A 2xx: the body must be what the call expects. Qt reports a body cut short by the server as a network
    // error, which mapReply already turned into an error.
    if (!error.isError())
        error = readBody(facts);

    if (error.isError() && m_request.mayRepeat() && m_request.retryReads && !m_cancelled) {
        if (const auto delay = m_client->retryPolicy().delayBeforeRetry(error, m_attempts)) {
            qCDebug(lcApi) << "retrying" << m_request.path << "in" << delay->count() << "ms after"
                           << ApiError::kindName(error.kind);
            Q_EMIT retryScheduled(m_attempts + 1, m_client->retryPolicy().maxAttempts, *delay);
            m_retryTimer.start(*delay);
            return;
        }
    }
    finish(error);
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_error.source = m_errorSource;
    if (!error.isError() && m_errorSource != ApiError::Source::ImageAddress)
        m_client->noteAnswered();
    if (error.isError())
        qCDebug(lcApi) << m_request.method << m_request.path << "failed:" << ApiError::kindName(error.kind)
                       << error.httpStatus;
    Q_EMIT finished();
    deleteLater();
}

} // namespace Ids::Core
