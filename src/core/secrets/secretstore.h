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
// waits on them. A keychain that said no (locked, and its unlock prompt cancelled) or did not answer in time
// can be asked again (retry()); a key typed meanwhile stays for this run.
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    enum class Persistence { Unknown, Keychain, SessionOnly };
    Q_ENUM(Persistence)
    // Why the key is kept for this run only.
    enum class Problem {
        None,
        NoKeychain, // no keychain service on this system (or none QtKeychain can use)
        Refused, // the keychain said no: locked and not unlocked, or access denied
        TimedOut, // no answer within the time limit (a prompt nobody saw, a hung service)
    };
    Q_ENUM(Problem)

    // service: the app's keychain service; keyName: the entry within it (one per account).
    explicit SecretStore(QString service, QString keyName = QStringLiteral("api-key"), QObject *parent = nullptr);
    QString keyName() const { return m_keyName; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void load();
    void save(const QString &key);
    void remove();

    // Asks the keychain again after it said no or did not answer: the key kept for this run is written (saved()
    // follows), or, when none is known, the keychain is read (loaded() follows).
    void retry();
    bool canRetry() const { return m_problem == Problem::Refused || m_problem == Problem::TimedOut; }

    QString key() const { return m_key; }
    Persistence persistence() const { return m_persistence; }
    Problem problem() const { return m_problem; }
    // Why the keychain could not be used (a sentence from the error map), empty when it works.
    QString unavailableReason() const;

Q_SIGNALS:
    void loaded();
    void saved(bool persistent);
    void removed();

private:
    void markUnavailable(Problem problem, const QString &technical);
    void markWorking();
    // Starts a keychain job with this store's settings and time limit; only the latest job's answer counts.
    void run(QKeychain::Job *job, const std::function<void(QKeychain::Job *)> &onFinished,
             const std::function<void()> &onTimeout);

    QString m_service;
    QString m_keyName;
    QString m_key;
    Persistence m_persistence = Persistence::Unknown;
    Problem m_problem = Problem::None;
    std::chrono::milliseconds m_timeout {10000};
    quint64 m_generation = 0; // answers from superseded or timed-out jobs are ignored
};

} // namespace Ids::Core
