#include "secretstore.h"

#include "../api/apierror.h"

#include <qt6keychain/keychain.h>

namespace Ids::Core {

Q_LOGGING_CATEGORY(lcSecrets, "ids.core.secrets", QtInfoMsg)

SecretStore::SecretStore(QString service, QString keyName, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_keyName(std::move(keyName))
{ }

namespace {

// QtKeychain's verdict in the terms the user acts on: a keychain that is there but said no can be asked
// again; one that is not there cannot.
SecretStore::Problem problemOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDenied: // libsecret: the collection is locked (its unlock prompt was cancelled)
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Problem::Refused;
    default:
        return SecretStore::Problem::NoKeychain;
    }
}

} // namespace

void SecretStore::markUnavailable(Problem problem, const QString &technical)
{
    m_persistence = Persistence::SessionOnly;
    m_problem = problem;
    // QtKeychain's text describes the backend, never the secret.
    qCInfo(lcSecrets) << "keychain unavailable:" << problem << technical;
}

void SecretStore::markWorking()
{
    m_persistence = Persistence::Keychain;
    m_problem = Problem::None;
}

QString SecretStore::unavailableReason() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoKeychain:
        return KeychainText::unavailable();
    case Problem::Refused:
        return KeychainText::refused();
    case Problem::TimedOut:
        return KeychainText::timedOut();
    }
    return {};
}

void SecretStore::retry()
{
    if (!m_key.isEmpty()) {
        // Asked for: the keychain gets another chance even after it said no.
        m_persistence = Persistence::Unknown;
        save(m_key);
    } else {
        load();
    }
}

void SecretStore::run(QKeychain::Job *job, const std::function<void(QKeychain::Job *)> &onFinished,
                      const std::function<void()> &onTimeout)
{
    const quint64 generation = ++m_generation;
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_keyName);

    // A keychain may prompt or hang: after the time limit the answer no longer counts.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, generation, timer, onTimeout] {
        timer->deleteLater();
        if (generation != m_generation)
            return;
        ++m_generation;
        onTimeout();
    });
    connect(job, &QKeychain::Job::finished, this, [this, generation, timer, onFinished](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (generation == m_generation)
            onFinished(finished);
    });
    timer->start(m_timeout);
    job->start();
}

void SecretStore::load()
{
    run(
        new QKeychain::ReadPasswordJob(m_service, this),
        [this](QKeychain::Job *job) {
            const QKeychain::Error error = job->error();
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
                markWorking();
                if (error == QKeychain::NoError)
                    m_key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            } else {
                markUnavailable(problemOf(error), job->errorString());
            }
            Q_EMIT loaded();
        },
        [this] {
            markUnavailable(Problem::TimedOut, QStringLiteral("read timed out"));
            Q_EMIT loaded();
        });
}

void SecretStore::save(const QString &key)
{
    m_key = key;
    // No keychain on this system: nothing to ask. One that said no or was too slow is asked again (retry()).
    if (m_persistence == Persistence::SessionOnly && m_problem == Problem::NoKeychain) {
        ++m_generation;
        // Known not to work this run: keep the key in memory, write nothing anywhere.
        QTimer::singleShot(0, this, [this] { Q_EMIT saved(false); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(key);
    run(
        job,
        [this](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError) {
                markWorking();
                Q_EMIT saved(true);
                return;
            }
            // Any failure to write leaves the key for this run only; the reason is told to the user.
            markUnavailable(problemOf(finished->error()), finished->errorString());
            Q_EMIT saved(false);
        },
        [this] {
            markUnavailable(Problem::TimedOut, QStringLiteral("write timed out"));
            Q_EMIT saved(false);
        });
}

void SecretStore::remove()
{
    m_key.clear();
    // Unknown (never loaded) still asks the keychain: an entry of an earlier run must not stay behind.
    if (m_persistence == Persistence::SessionOnly) {
        ++m_generation;
        QTimer::singleShot(0, this, [this] { Q_EMIT removed(); });
        return;
    }
    run(
        new QKeychain::DeletePasswordJob(m_service, this), [this](QKeychain::Job *) { Q_EMIT removed(); },
        [this] { Q_EMIT removed(); });
}

} // namespace Ids::Core
