#include "keychecker.h"

#include "../api/apiclient.h"
#include "../api/datasetjobs.h"

namespace Ids::Core {

KeyChecker::KeyChecker(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(network, this))
{
    // A person is waiting on this answer: fail fast rather than retry.
    m_client->setRetryPolicy(RetryPolicy::none());
}

void KeyChecker::setHttpVersion(HttpVersion version)
{
    m_client->setHttpVersion(version);
}

void KeyChecker::check(const QString &key, const QUrl &baseUrl)
{
    cancel();
    m_client->setBaseUrl(baseUrl);
    m_client->setApiKey(key);
    m_job = new ListDatasetsJob(m_client, {}, this);
    ListDatasetsJob *job = m_job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().kind == ApiError::Kind::Cancelled)
            return;
        m_client->setApiKey({});
        Q_EMIT checked(job->error());
    });
    job->start();
}

void KeyChecker::cancel()
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    // The unsaved key does not linger in memory longer than the check.
    m_client->setApiKey({});
}

} // namespace Ids::Core
