#pragma once

#include "http1connectionpool.h"
#include "httpversion.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QIODevice;
class QNetworkReply;

namespace Ids::Core {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

struct Timeouts
{
    std::chrono::milliseconds inactivity {30000}; // no byte moved for this long
    // The whole exchange. Zero means none: uploads instead get a watchdog that fires when nothing moved
    // for inactivity + 30 s, in case Qt's own inactivity timer never reports (reliability-rules.md R11).
    std::chrono::milliseconds deadline {60000};
    std::chrono::milliseconds watchdogSlack {30000};
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/datasets"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // Settings' "Test key" checks a key before it is saved; nullopt uses the client's key.
    std::optional<QString> keyOverride;
    std::optional<Timeouts> timeouts; // nullopt: the client's
    // False for callers that are their own retry loop (the model poller waits on its own clock).
    bool retryReads = true;
    // A large body (an upload): over HTTP/1.1 it goes on a connection of its own ("Connection: close"), never
    // on one a previous request left open (see send()).
    bool largeBody = false;
    // A POST that changes and bills nothing (a dry_run price quote, api-contract.md §10): retried like a read,
    // with a body Qt may send again (reliability-rules.md R36).
    bool repeatable = false;

    bool isRead() const { return method == "GET" || method == "HEAD"; }
    // Whether sending it twice is harmless: reads, and the repeatable POSTs above.
    bool mayRepeat() const { return isRead() || repeatable; }
};

// The one place that turns an ApiRequest into a network request: base URL, the Api-Key header (only for
// the configured origin), no redirects, timeouts. Jobs send through it; nothing else touches the key.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // The secret itself, for the log redactor only.
    QString apiKeyForRedaction() const { return m_apiKey; }

    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    Timeouts timeouts() const { return m_timeouts; }
    // Uploads: the server checks the files after the last byte, so no overall deadline (reliability-rules.md R11).
    void setUploadTimeouts(Timeouts timeouts) { m_uploadTimeouts = timeouts; }
    Timeouts uploadTimeouts() const { return m_uploadTimeouts; }
    // Generation: Ideogram draws for a while before the first byte of the answer.
    void setGenerationTimeouts(Timeouts timeouts) { m_generationTimeouts = timeouts; }
    Timeouts generationTimeouts() const { return m_generationTimeouts; }
    void setRetryPolicy(RetryPolicy policy) { m_retryPolicy = std::move(policy); }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    // HTTP/1.1 by default (see HttpVersion for why); HTTP/2 is offered by ALPN over https only. Pooled
    // connections are dropped on a change, so the next request negotiates again.
    void setHttpVersion(HttpVersion version);
    HttpVersion httpVersion() const { return m_httpVersion; }

    // Starts the request; the caller owns the reply. Returns nullptr when the URL is not allowed. A body
    // device (read once, never rewound) replaces request.body and becomes the reply's child.
    // Reads go through QNetworkAccessManager, which retries them itself. Over HTTP/1.1 without a proxy, a
    // request with a body goes by Http1Reply in this thread: small ones on a connection the last one left open
    // (http1Connections()), uploads on one of their own. Over HTTP/2 or a proxy, by QNetworkAccessManager, with
    // a one-shot body unless the request is repeatable. Either way Qt never sends a create twice.
    QNetworkReply *send(const ApiRequest &request, QIODevice *body = nullptr);
    Timeouts timeoutsFor(const ApiRequest &request) const { return request.timeouts.value_or(m_timeouts); }
    QUrl urlFor(const ApiRequest &request) const;

    // What the system says about the network (QNetworkInformation, passed in by the app; tests set it): while
    // offline every job fails at once with Kind::Offline, nothing is sent and nothing waits in a queue. Coming
    // back emits cameOnline() once, so that lists can refresh themselves.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // "host:port" of the proxy a request to url goes through (the system's settings or https_proxy, as Qt
    // applies them), empty for a direct connection. For naming the proxy in a sentence when it fails.
    QString proxyFor(const QUrl &url) const;

    // Fetches a generated image. Its address is another origin (a CDN) and expires: never with the key,
    // https only (http only to this computer, for the sandbox), following only redirects that stay https,
    // with the client's inactivity timeout and overall deadline. Returns nullptr for an address that fails
    // that rule.
    QNetworkReply *download(const QUrl &url);
    static bool isAllowedDownloadUrl(const QUrl &url);

    // The HTTP/1.1 connections that requests changing something leave open for the next (see send()).
    Http1ConnectionPool &http1Connections() { return m_http1Connections; }

    // Jobs call this when Ideogram answered a call made with this client's key: the account shows when its
    // key last worked.
    void noteAnswered() { Q_EMIT answered(); }

Q_SIGNALS:
    void configurationChanged();
    void answered();
    void cameOnline();

private:
    bool allowsHttp2(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    Http1ConnectionPool m_http1Connections;
    QUrl m_baseUrl;
    bool m_baseUrlAllowed = false; // BaseUrl::check of m_baseUrl
    QString m_apiKey;
    Timeouts m_timeouts;
    Timeouts m_uploadTimeouts {std::chrono::seconds(120), std::chrono::milliseconds(0)};
    Timeouts m_generationTimeouts {std::chrono::seconds(120), std::chrono::seconds(180)};
    RetryPolicy m_retryPolicy = RetryPolicy::standard();
    HttpVersion m_httpVersion = HttpVersion::Http1;
    bool m_online = true;
};

} // namespace Ids::Core
