#include "proxycredentials.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace Ids::Core {

ProxyCredentials::ProxyCredentials(QObject *parent)
    : QObject(parent)
{ }

QString ProxyCredentials::nameOf(const QNetworkProxy &proxy)
{
    const QString host = proxy.hostName().contains(QLatin1Char(':'))
        ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
        : proxy.hostName();
    return host + QLatin1Char(':') + QString::number(proxy.port());
}

void ProxyCredentials::attach(QNetworkAccessManager *network)
{
    // Direct: Qt waits for the answer before it goes on with the connection.
    connect(
        network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
        [this, network](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
            answer(network, proxy, authenticator);
        },
        Qt::DirectConnection);
    connect(network, &QObject::destroyed, this, [this, network] {
        for (Entry &entry : m_entries)
            entry.answered.removeAll(network);
    });
}

void ProxyCredentials::answer(const QNetworkAccessManager *network, const QNetworkProxy &proxy,
                              QAuthenticator *authenticator)
{
    const auto it = m_entries.find(nameOf(proxy));
    if (it == m_entries.end())
        return;
    // Qt keeps what a manager was given and uses it for every later connection; it asks that manager again
    // only when the proxy refused it. Not answering ends the request with 407 instead of a loop.
    if (it->answered.contains(network)) {
        it->refused = true;
        return;
    }
    it->answered.append(network);
    authenticator->setUser(it->user);
    authenticator->setPassword(it->password);
}

void ProxyCredentials::set(const QString &proxy, const QString &user, const QString &password)
{
    m_entries.insert(proxy, {user, password, false, {}});
    Q_EMIT changed();
}

QStringList ProxyCredentials::secrets() const
{
    QStringList secrets;
    for (const Entry &entry : m_entries) {
        if (entry.password.isEmpty())
            continue;
        secrets << entry.password << entry.user + QLatin1Char(':') + entry.password;
    }
    return secrets;
}

} // namespace Ids::Core
