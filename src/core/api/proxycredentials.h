#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;

namespace Ids::Core {

// The user names and passwords of proxies that ask for them (HTTP 407), typed by the user for this run and
// kept in memory only: never in settings, the database or a log (passwords() feeds the log redactor,
// reliability-rules.md R18). One per app, attached to every network manager; a proxy is named "host:port".
class ProxyCredentials final : public QObject
{
    Q_OBJECT
public:
    explicit ProxyCredentials(QObject *parent = nullptr);

    // Answers the manager's proxy challenges with what is known for that proxy. A manager keeps what it was
    // given and asks again only when the proxy refused it, so a second question from the same manager means
    // "wrong": it is not answered (no loop), the request fails with 407 and the user is asked
    // (ApiError::Kind::ProxyAuthRequired). An unknown proxy is not answered either.
    void attach(QNetworkAccessManager *network);

    void set(const QString &proxy, const QString &user, const QString &password);
    bool has(const QString &proxy) const { return m_entries.contains(proxy); }
    QString user(const QString &proxy) const { return m_entries.value(proxy).user; }
    // The proxy refused the last user name and password it was given.
    bool wasRefused(const QString &proxy) const { return m_entries.value(proxy).refused; }
    // Every password and "user:password" pair known (the form that travels base64-encoded), for the log
    // redactor.
    QStringList secrets() const;

    static QString nameOf(const QNetworkProxy &proxy);

Q_SIGNALS:
    void changed();

private:
    void answer(const QNetworkAccessManager *network, const QNetworkProxy &proxy, QAuthenticator *authenticator);

    struct Entry
    {
        QString user;
        QString password;
        bool refused = false;
        QList<const QNetworkAccessManager *> answered; // managers given this pair
    };
    QHash<QString, Entry> m_entries;
};

} // namespace Ids::Core
