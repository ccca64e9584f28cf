#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QAbstractSocket;

namespace Ids::Core {

// Connections Http1Reply may send another request on: HTTP/1.1 keep-alive, in the caller's thread. A create
// reusing a connection costs one write and one read (about 0.1 ms over TLS on loopback) where a new one costs
// a TCP and TLS handshake (tens of milliseconds to Ideogram).
//
// The risk of reuse is a server that closes an idle connection just as a request goes out on it: for a create
// that ends in "may have arrived" and a reconciliation (reliability-rules.md Q9), never in a second send. So a
// connection is kept only briefly (maxIdle, below the keep-alive Apache grants, 5 s, and a second less than the
// server says in "Keep-Alive: timeout=N"), is dropped as soon as the event loop sees it say anything while idle
// (a close, or bytes nobody asked for), and is handed out only to a request for the same scheme, host and port
// with the same TLS configuration. A close that races the next request still ends as "may have arrived"
// (reliability-rules.md Q9).
class Http1ConnectionPool final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultMaxIdle {4000};
    static constexpr int MaxIdlePerOrigin = 4;

    explicit Http1ConnectionPool(QObject *parent = nullptr);

    // An idle, open connection to url's origin made with this TLS configuration (ignored for http), now owned
    // by the caller; nullptr when there is none.
    QAbstractSocket *take(const QUrl &url, const QSslConfiguration &configuration);
    // Keeps a connection whose last answer was read whole (Http1Response::connectionReusable()); it becomes the
    // pool's. serverKeepsFor: the server's "Keep-Alive: timeout" when it gave one. Closed instead when the server
    // keeps it for a second or less, or beyond MaxIdlePerOrigin.
    void keep(const QUrl &url, const QSslConfiguration &configuration, QAbstractSocket *socket,
              std::optional<std::chrono::seconds> serverKeepsFor = std::nullopt);
    // Closes every idle connection: the base URL or the protocol changed (reliability-rules.md Q5).
    void clear();

    // Applies to connections kept from now on, and closes those already kept longer.
    void setMaxIdle(std::chrono::milliseconds maxIdle);
    int idleCount() const { return int(m_idle.size()); }
    // How many times a kept connection carried another request (for tests and the log).
    int reuses() const { return m_reuses; }

private:
    struct Idle
    {
        QAbstractSocket *socket = nullptr;
        QString origin;
        QSslConfiguration configuration;
        QElapsedTimer since;
        std::chrono::milliseconds limit;
        bool expired() const { return std::chrono::milliseconds(since.elapsed()) >= limit; }
    };

    static QString originOf(const QUrl &url);
    void drop(QAbstractSocket *socket);
    void closeExpired();

    QList<Idle> m_idle;
    QTimer m_sweep;
    std::chrono::milliseconds m_maxIdle = DefaultMaxIdle;
    int m_reuses = 0;
};

} // namespace Ids::Core
