#pragma once

#include "apiclient.h"
#include "apierror.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace Ids::Core {

// One API call from start to a single finished() signal (ownCloud's AbstractNetworkJob). The base owns the
// reply, the overall deadline, telling a cancel from a timeout, and retrying reads; subclasses only parse.
// The job deletes itself after finished().
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
    void setContentType(const QByteArray &contentType) { m_request.contentType = contentType; }

    // Reads the 2xx JSON body. Returns an empty string on success, else what was wrong with the shape.
    virtual QString parse(const QJsonDocument &document) = 0;

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
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_bytesSent = false;
    bool m_finished = false;
    bool m_failedBeforeSending = false;
};

} // namespace Ids::Core
