#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Ids::Core {

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

// Keeps one account's API key in the system keychain through QtKeychain, never in a file
// (reliability-rules.md R17).
// Where no keychain answers, the key is kept in memory for this run only and nothing is written.
// Keychain calls are asynchronous and may prompt the user, so each has a time limit and the window never
// waits on them.
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    enum class Persistence { Unknown, Keychain, SessionOnly };
    Q_ENUM(Persistence)

    // service: the app's keychain service; keyName: the entry within it (one per account).
    explicit SecretStore(QString service, QString keyName = QStringLiteral("api-key"), QObject *parent = nullptr);
    QString keyName() const { return m_keyName; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void load();
    void save(const QString &key);
    void remove();

    QString key() const { return m_key; }
    Persistence persistence() const { return m_persistence; }
    // Why the keychain could not be used (translated), empty when it works.
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void loaded();
    void saved(bool persistent);
    void removed();

private:
    void markUnavailable(const QString &technical);
    // Starts a keychain job with this store's settings and time limit; only the latest job's answer counts.
    void run(QKeychain::Job *job, const std::function<void(QKeychain::Job *)> &onFinished,
             const std::function<void()> &onTimeout);

    QString m_service;
    QString m_keyName;
    QString m_key;
    Persistence m_persistence = Persistence::Unknown;
    QString m_unavailableReason;
    std::chrono::milliseconds m_timeout {10000};
    quint64 m_generation = 0; // answers from superseded or timed-out jobs are ignored
};

} // namespace Ids::Core
