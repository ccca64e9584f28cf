#include "apiclient.h"

#include "../validation/baseurl.h"
#include "http1reply.h"
#include "oneshotbody.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Ids::Core {

Q_LOGGING_CATEGORY(lcApi, "ids.core.api", QtInfoMsg)

namespace {

// The manager's own proxy when one was set, else what the application's factory (the system's settings)
// answers for this address: the same choice Qt makes when it connects.
QList<QNetworkProxy> proxiesFor(const QNetworkAccessManager *network, const QUrl &url)
{
    QList<QNetworkProxy> proxies {network->proxy()};
    if (proxies.constFirst().type() == QNetworkProxy::DefaultProxy)
        proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies;
}

// True when Qt would connect to url's host itself, through no proxy.
bool goesDirect(const QNetworkAccessManager *network, const QUrl &url)
{
    const QList<QNetworkProxy> proxies = proxiesFor(network, url);
    return proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(BaseUrl::defaultUrl())
    , m_baseUrlAllowed(BaseUrl::check(m_baseUrl.toString()).ok())
{ }

void ApiClient::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    m_baseUrlAllowed = BaseUrl::check(m_baseUrl.toString()).ok(); // checked once, not on every request
    // Pooled connections to the old origin must not carry the next request (reliability-rules.md Q5).
    m_network->clearConnectionCache();
    m_http1Connections.clear();
    Q_EMIT configurationChanged();
}

void ApiClient::setHttpVersion(HttpVersion version)
{
    if (version == m_httpVersion)
        return;
    m_httpVersion = version;
    m_network->clearConnectionCache();
    m_http1Connections.clear();
}

bool ApiClient::allowsHttp2(const QUrl &url) const
{
    // Never over plain http: a cleartext h2c upgrade header confuses some servers (reliability-rules.md Q4).
    return m_httpVersion == HttpVersion::Http2 && url.scheme() == QLatin1String("https");
}

void ApiClient::setApiKey(const QString &key)
{
    if (key == m_apiKey)
        return;
    m_apiKey = key;
    Q_EMIT configurationChanged();
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    // Tolerant: request paths carry percent-encoded ids, which the default mode would encode a second time.
    url.setPath(m_baseUrl.path() + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QNetworkReply *ApiClient::send(const ApiRequest &request, QIODevice *body)
{
    const QUrl url = urlFor(request);
    if (!m_baseUrlAllowed) {
        qCWarning(lcApi) << "refusing to send to a base URL that fails the https rule";
        delete body;
        return nullptr;
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setTransferTimeout(int(timeoutsFor(request).inactivity.count()));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", QByteArrayLiteral("IdeogramDatasets/" IDS_VERSION));
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, allowsHttp2(url));
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    const QString key = request.keyOverride.value_or(m_apiKey);
    if (!key.isEmpty() && BaseUrl::sameOrigin(url, m_baseUrl))
        networkRequest.setRawHeader("Api-Key", key.toLatin1());

    qCDebug(lcApi) << "sending" << request.method << request.path;
    if (!body && request.method == "GET")
        return m_network->get(networkRequest);
    if (!body && request.isRead())
        return m_network->sendCustomRequest(networkRequest, request.method);
    // Over HTTP/1.1 without a proxy everything with a body goes by Http1Reply (below): Qt's HTTP thread costs a
    // small request several crossings between threads, and it was seen to take a quote's answer cut short by
    // a closed connection for a whole one. Otherwise a quote, which changes nothing, may be sent again by Qt on
    // a fresh connection, as a read is.
    const bool sentHere = !allowsHttp2(url) && goesDirect(m_network, url);
    if (!body && request.repeatable && !sentHere)
        return m_network->sendCustomRequest(networkRequest, request.method, request.body);

    // Requests that change something must never be re-sent by Qt behind our back: see OneShotBody.
    networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    if (!body)
        body = new OneShotBody(request.body);
    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    // Through a proxy it goes by QNetworkAccessManager: that tunnels, and asks for the proxy's password
    // (ProxyCredentials); Http1Reply only connects straight to the host. An upload takes a connection of its
    // own; anything smaller may reuse one (Http1ConnectionPool says why that is safe).
    if (sentHere)
        return new Http1Reply(networkRequest, request.method, body, request.largeBody ? nullptr : &m_http1Connections,
                              m_network);
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    body->setParent(reply);
    return reply;
}

void ApiClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    // A kept connection may belong to the network that went away (Wi-Fi, a VPN): the next request connects anew.
    m_http1Connections.clear();
    qCInfo(lcApi) << (online ? "the system reports the network back" : "the system reports no network");
    if (online)
        Q_EMIT cameOnline();
}

QString ApiClient::proxyFor(const QUrl &url) const
{
    const QList<QNetworkProxy> proxies = proxiesFor(m_network, url);
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy
            || proxy.type() == QNetworkProxy::HttpCachingProxy) {
            const QString host = proxy.hostName().contains(QLatin1Char(':'))
                ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
                : proxy.hostName();
            return host + QLatin1Char(':') + QString::number(proxy.port());
        }
    }
    return {};
}

bool ApiClient::isAllowedDownloadUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && BaseUrl::isLoopbackHost(url.host());
}

QNetworkReply *ApiClient::download(const QUrl &url)
{
    if (!isAllowedDownloadUrl(url)) {
        qCWarning(lcApi) << "refusing to download from an address that fails the https rule";
        return nullptr;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(int(m_timeouts.inactivity.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("IdeogramDatasets/%1").arg(QStringLiteral(IDS_VERSION)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, allowsHttp2(url));
    // The signed address is a secret of sorts too: only its host goes to the log.
    qCDebug(lcApi) << "downloading an image from" << url.host();
    QNetworkReply *reply = m_network->get(request);
    // The same overall deadline as the JSON calls: a server that drips bytes must not keep it forever.
    if (m_timeouts.deadline.count() > 0)
        QTimer::singleShot(m_timeouts.deadline, reply, [reply] { reply->abort(); });
    return reply;
}

} // namespace Ids::Core
