#include "http1connectionpool.h"

#include <QAbstractSocket>

#include <algorithm>

namespace Ids::Core {

Http1ConnectionPool::Http1ConnectionPool(QObject *parent)
    : QObject(parent)
{
    m_sweep.setSingleShot(true);
    connect(&m_sweep, &QTimer::timeout, this, &Http1ConnectionPool::closeExpired);
}

QString Http1ConnectionPool::originOf(const QUrl &url)
{
    const bool https = url.scheme() == QLatin1String("https");
    return url.scheme() + QLatin1String("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(https ? 443 : 80));
}

QAbstractSocket *Http1ConnectionPool::take(const QUrl &url, const QSslConfiguration &configuration)
{
    closeExpired();
    const QString origin = originOf(url);
    const bool https = url.scheme() == QLatin1String("https");
    // The most recently used first: the least likely to be closed by the server.
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        const Idle &idle = m_idle.at(i);
        if (idle.origin != origin || (https && !(idle.configuration == configuration)))
            continue;
        QAbstractSocket *socket = idle.socket;
        m_idle.removeAt(i);
        socket->disconnect(this);
        if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(nullptr);
        ++m_reuses;
        return socket;
    }
    return nullptr;
}

void Http1ConnectionPool::keep(const QUrl &url, const QSslConfiguration &configuration, QAbstractSocket *socket,
                               std::optional<std::chrono::seconds> serverKeepsFor)
{
    const QString origin = originOf(url);
    const auto sameOrigin =
        std::count_if(m_idle.cbegin(), m_idle.cend(), [&origin](const Idle &idle) { return idle.origin == origin; });
    // A second short of what the server grants: its clock started when it sent the answer, ours a little later.
    std::chrono::milliseconds limit = m_maxIdle;
    if (serverKeepsFor)
        limit = std::min<std::chrono::milliseconds>(limit, *serverKeepsFor - std::chrono::seconds(1));
    if (limit.count() <= 0 || sameOrigin >= MaxIdlePerOrigin || socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    // Anything an idle connection says ends it: a close, an error, or bytes that belong to no request.
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { drop(socket); });
    Idle idle {socket, origin, configuration, {}, limit};
    idle.since.start();
    m_idle.append(idle);
    closeExpired(); // schedules the sweep for the first to expire
}

void Http1ConnectionPool::setMaxIdle(std::chrono::milliseconds maxIdle)
{
    m_maxIdle = maxIdle;
    for (Idle &idle : m_idle)
        idle.limit = std::min(idle.limit, maxIdle);
    closeExpired();
}

void Http1ConnectionPool::drop(QAbstractSocket *socket)
{
    for (qsizetype i = 0; i < m_idle.size(); ++i) {
        if (m_idle.at(i).socket == socket) {
            m_idle.removeAt(i);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            return;
        }
    }
}

void Http1ConnectionPool::closeExpired()
{
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        if (m_idle.at(i).expired())
            drop(m_idle.at(i).socket);
    }
    if (m_idle.isEmpty()) {
        m_sweep.stop();
        return;
    }
    std::chrono::milliseconds next = std::chrono::hours(1);
    for (const Idle &idle : std::as_const(m_idle))
        next = std::min(next, idle.limit - std::chrono::milliseconds(idle.since.elapsed()));
    m_sweep.start(std::max(next, std::chrono::milliseconds(1)));
}

void Http1ConnectionPool::clear()
{
    while (!m_idle.isEmpty())
        drop(m_idle.constFirst().socket);
    m_sweep.stop();
}

} // namespace Ids::Core
