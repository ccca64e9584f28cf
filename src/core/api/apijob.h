#pragma once

#include "apiclient.h"
#include "apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace Ids::Core {

// One call from start to a single finished() signal (ownCloud's AbstractNetworkJob). The base owns the
// reply, the overall deadline, telling a cancel from a timeout, retrying reads and mapping every failure
// through the one error map; subclasses only read the body of a success (JsonJob for the API's JSON,
// ImageDownloadJob for a generated image). The job deletes itself after finished().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(ApiClient *client, ApiRequest request, QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    void cancel();

    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    const ApiRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished();
    void retryScheduled(int nextAttempt, int maxAttempts, std::chrono::milliseconds delay);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

protected:
    // The body to stream instead of request().body, made at send time (uploads); nullptr for the rest.
    // A job that cannot make its body fails with failBeforeSending() and returns nullptr.
    virtual QIODevice *makeBody() { return nullptr; }
    void failBeforeSending(const QString &technical);
    // Ends the job with this error without sending anything; finished() follows from the event loop.
    void failAtOnce(ApiError error);
    void setContentType(const QByteArray &contentType) { m_request.contentType = contentType; }

    // Starts one attempt; the API client's send() unless a job fetches from elsewhere. nullptr: refused.
    virtual QNetworkReply *sendRequest(QIODevice *body);
    // Answers larger than this are cut off and reported as a failure (reliability-rules.md R28).
    virtual qint64 maxBodyBytes() const { return 16 * 1024 * 1024; }
    // Reads the body of a 2xx answer. Returns an error (bodyError()) when it is not what the call expects.
    virtual ApiError readBody(const ReplyFacts &facts) = 0;
    ApiClient *client() const { return m_client; }
    // Which sentences the error map uses for this job's failures.
    void setErrorSource(ApiError::Source source) { m_errorSource = source; }

private:
    void sendAttempt();
    void onReplyFinished();
    void onDeadline();
    void restartWatchdog();
    void finish(const ApiError &error);

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    ApiError m_error;
    QList<QSslError::SslError> m_sslErrors; // of the current attempt; reported, never ignored
    ApiError::Source m_errorSource = ApiError::Source::Api;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false; // aborted for exceeding maxBodyBytes()
    bool m_cancelled = false;
    bool m_bytesSent = false;
    bool m_finished = false;
    bool m_failedBeforeSending = false;
};

} // namespace Ids::Core
