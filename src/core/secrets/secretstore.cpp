#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace Ids::Core {

Q_LOGGING_CATEGORY(lcSecrets, "ids.core.secrets", QtInfoMsg)

namespace {

const QString KeyName = QStringLiteral("api-key");

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void SecretStore::markUnavailable(const QString &technical)
{
    m_persistence = Persistence::SessionOnly;
    m_unavailableReason = QCoreApplication::translate(
        "Ids::Core::SecretStore",
        "Your system keychain is not available, so the key will be kept only until you close the app.");
    // QtKeychain's text describes the backend, never the secret.
    qCInfo(lcSecrets) << "keychain unavailable:" << technical;
}

void SecretStore::load()
{
    const quint64 generation = ++m_generation;
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeyName);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, generation, timer] {
        timer->deleteLater();
        if (generation != m_generation)
            return;
        ++m_generation;
        markUnavailable(QStringLiteral("read timed out"));
        Q_EMIT loaded();
    });
    connect(job, &QKeychain::Job::finished, this, [this, generation, timer](QKeychain::Job *finishedJob) {
        timer->stop();
        timer->deleteLater();
        if (generation != m_generation)
            return;
        const QKeychain::Error error = finishedJob->error();
        if (error == QKeychain::NoError) {
            m_persistence = Persistence::Keychain;
            m_unavailableReason.clear();
            m_key = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        } else if (error == QKeychain::EntryNotFound) {
            m_persistence = Persistence::Keychain;
            m_unavailableReason.clear();
        } else {
            markUnavailable(finishedJob->errorString());
        }
        Q_EMIT loaded();
    });
    timer->start(m_timeout);
    job->start();
}

void SecretStore::save(const QString &key)
{
    m_key = key;
    const quint64 generation = ++m_generation;
    if (m_persistence == Persistence::SessionOnly) {
        // Known not to work this run: keep the key in memory, write nothing anywhere.
        QTimer::singleShot(0, this, [this] { Q_EMIT saved(false); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeyName);
    job->setTextData(key);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, generation, timer] {
        timer->deleteLater();
        if (generation != m_generation)
            return;
        ++m_generation;
        markUnavailable(QStringLiteral("write timed out"));
        Q_EMIT saved(false);
    });
    connect(job, &QKeychain::Job::finished, this, [this, generation, timer](QKeychain::Job *finishedJob) {
        timer->stop();
        timer->deleteLater();
        if (generation != m_generation)
            return;
        if (finishedJob->error() == QKeychain::NoError) {
            m_persistence = Persistence::Keychain;
            m_unavailableReason.clear();
            Q_EMIT saved(true);
            return;
        }
        // Any failure to write leaves the key for this run only; the reason is told to the user.
        markUnavailable(finishedJob->errorString());
        Q_EMIT saved(false);
    });
    timer->start(m_timeout);
    job->start();
}

void SecretStore::remove()
{
    m_key.clear();
    ++m_generation;
    if (m_persistence != Persistence::Keychain) {
        QTimer::singleShot(0, this, [this] { Q_EMIT removed(); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeyName);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *) { Q_EMIT removed(); });
    job->start();
}

} // namespace Ids::Core
