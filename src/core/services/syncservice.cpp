#include "syncservice.h"

#include "../api/apiclient.h"
#include "../api/datasetjobs.h"
#include "../storage/contentstore.h"
#include "../storage/datasetstore.h"

namespace Ids::Core {

namespace {
// The API caps search at 64 characters; a longer text cannot match a name the app allows anyway.
constexpr qsizetype MaxSearchLength = 64;
} // namespace

SyncService::SyncService(ApiClient *client, DatasetStore *store, ContentStore *content, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_content(content)
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(400);
    connect(&m_searchTimer, &QTimer::timeout, this, &SyncService::startSearch);
    // Back online, the list is read once by itself (what changed meanwhile on the website shows up).
    connect(m_client, &ApiClient::cameOnline, this, &SyncService::refresh);
}

void SyncService::refresh()
{
    if (m_listJob || !m_client->hasApiKey())
        return;
    m_listJob = new ListDatasetsJob(m_client, {}, this);
    // Only these can be missing from the answer: a dataset created while the list is on its way is not in it.
    const QSet<QString> knownWhenAsked = m_store->datasetIds();
    connect(m_listJob, &ApiJob::finished, this, [this, knownWhenAsked, job = m_listJob.data()] {
        // The job deletes itself later; a refresh asked for from a listener must not find it still running.
        m_listJob = nullptr;
        if (!job->succeeded()) {
            Q_EMIT refreshFailed(job->error());
            return;
        }
        // A skipped entry may be a dataset we know: its stored copy must not be marked gone. When even the id of
        // one could not be read, any known dataset may be it, so none is marked this time.
        QSet<QString> canBeMissing = knownWhenAsked;
        if (!allIdentified(job->skipped(), SkippedRow::List::Datasets))
            canBeMissing.clear();
        for (const SkippedRow &row : job->skipped())
            canBeMissing.remove(row.id);
        if (m_store->applyServerList(job->datasets(), canBeMissing))
            Q_EMIT refreshed(m_store->datasets(), m_store->missingIds());
        else
            emitUnkeptAnswer(job->datasets(), canBeMissing);
        Q_EMIT rowsSkipped(job->skipped());
    });
    Q_EMIT refreshStarted();
    m_listJob->start();
}

void SyncService::emitUnkeptAnswer(const QList<Dataset> &answer, const QSet<QString> &canBeMissing)
{
    // The answer could not be kept (a full disk, a data folder that cannot be written): it is shown all the
    // same, with what is stored that it does not hold, as applyServerList would have left the store.
    QList<Dataset> shown = answer;
    QSet<QString> answered;
    for (const Dataset &dataset : answer)
        answered.insert(dataset.id);
    QSet<QString> missing = m_store->missingIds();
    for (const Dataset &dataset : m_store->datasets()) {
        if (answered.contains(dataset.id)) {
            missing.remove(dataset.id);
            continue;
        }
        shown.append(dataset);
        if (canBeMissing.contains(dataset.id))
            missing.insert(dataset.id);
    }
    Q_EMIT refreshed(shown, missing);
}

void SyncService::search(const QString &text)
{
    m_searchText = text.trimmed().left(MaxSearchLength);
    if (m_searchJob)
        m_searchJob->cancel();
    if (m_searchText.isEmpty())
        m_searchTimer.stop();
    else
        m_searchTimer.start();
}

void SyncService::startSearch()
{
    if (!m_client->hasApiKey())
        return;
    const QString text = m_searchText;
    m_searchJob = new ListDatasetsJob(m_client, text, this);
    connect(m_searchJob, &ApiJob::finished, this, [this, text, job = m_searchJob.data()] {
        if (m_searchJob == job)
            m_searchJob = nullptr;
        // A server without search, or a failed one, leaves the local filter to do the work: no message.
        if (!job->succeeded())
            return;
        m_store->upsertMany(job->datasets());
        Q_EMIT searchResults(text, job->datasets());
    });
    m_searchJob->start();
}

void SyncService::loadDetail(const QString &datasetId)
{
    if (m_detailJob)
        m_detailJob->cancel();
    if (const std::optional<DatasetDetail> cached = m_content->detail(datasetId))
        Q_EMIT detailLoaded(*cached, false);
    if (!m_client->hasApiKey())
        return;
    m_detailJob = new GetDatasetJob(m_client, datasetId, this);
    connect(m_detailJob, &ApiJob::finished, this, [this, job = m_detailJob.data()] {
        if (m_detailJob == job)
            m_detailJob = nullptr;
        if (!job->succeeded()) {
            if (job->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT detailFailed(job->datasetId(), job->error());
            return;
        }
        DatasetDetail detail;
        m_content->saveDetail(job->detail(), &detail);
        m_store->upsert(detail.dataset);
        Q_EMIT detailLoaded(detail, true);
    });
    m_detailJob->start();
}

} // namespace Ids::Core
