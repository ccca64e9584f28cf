#include "datasetservice.h"

#include "../api/apiclient.h"
#include "../api/datasetjobs.h"
#include "../storage/datasetstore.h"
#include "../storage/storagehealth.h"
#include "../validation/datasetname.h"
#include "journalqueue.h"

#include <QCoreApplication>

#include <algorithm>

namespace Ids::Core {

Q_LOGGING_CATEGORY(lcService, "ids.core.service", QtInfoMsg)

DatasetService::DatasetService(ApiClient *client, DatasetStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_journal(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Sending)
            send();
        else
            checkServer();
    });
}

void DatasetService::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool DatasetService::isNameKnown(const QString &name) const
{
    const QString normalised = DatasetName::check(name).name;
    const QList<Dataset> datasets = m_store->datasets();
    return std::any_of(datasets.cbegin(), datasets.cend(),
                       [&](const Dataset &dataset) { return dataset.name == normalised; });
}

QString DatasetService::createDataset(const QString &rawName)
{
    const DatasetName::Check check = DatasetName::check(rawName);
    if (!check.ok())
        return check.reason;
    if (isBusy())
        return tr("Wait until the dataset being created is finished.");

    m_pending = Pending();
    m_pending.name = check.name;
    m_pending.startedAtUtc = QDateTime::currentDateTimeUtc();
    m_pending.knownIds = m_store->datasetIds();
    // Journal first: if the app dies after the bytes leave, the next start reconciles instead of re-sending.
    const std::optional<qint64> id =
        m_journal.addCreate({0, m_pending.name, m_pending.startedAtUtc, m_pending.knownIds});
    if (!id) {
        // Without the entry a lost answer or a crash could only be followed by a blind second create, and
        // Ideogram cannot delete a dataset: nothing leaves (issue 17 point 5).
        qCWarning(lcService) << "could not journal the create:" << m_journal.lastError();
        m_pending = Pending();
        return cannotJournalSentence(tr("the new dataset"));
    }
    m_pending.journalId = *id;
    setState(State::Sending);
    send();
    return {};
}

void DatasetService::send()
{
    ++m_pending.sendAttempts;
    auto *job = new CreateDatasetJob(m_client, m_pending.name, this);
    connect(job, &ApiJob::finished, this, [this, job] { onCreateFinished(job); });
    job->start();
}

void DatasetService::onCreateFinished(CreateDatasetJob *job)
{
    if (job->succeeded()) {
        adopt({job->dataset()});
        return;
    }
    const ApiError error = job->error();
    switch (error.delivery()) {
    case ApiError::Delivery::NotSent:
        // Proven never to have reached Ideogram: sending again cannot make a duplicate.
        if (const auto delay = m_client->retryPolicy().delayBeforeRetry(error, m_pending.sendAttempts)) {
            Q_EMIT progressMessage(tr("Could not reach Ideogram; trying again…"));
            m_timer.start(*delay);
            return;
        }
        [[fallthrough]];
    case ApiError::Delivery::Rejected:
        finishPending();
        Q_EMIT createFailed(error);
        return;
    case ApiError::Delivery::MaybeApplied:
        qCInfo(lcService) << "create outcome unknown (" << ApiError::kindName(error.kind) << "); reconciling";
        setState(State::Reconciling);
        Q_EMIT progressMessage(tr("The answer was lost. Checking whether Ideogram created the dataset…"));
        scheduleCheck(m_timing.firstCheck);
        return;
    }
}

void DatasetService::scheduleCheck(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

void DatasetService::checkServer()
{
    auto *job = new ListDatasetsJob(m_client, {}, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        ++m_pending.checksDone;
        if (job->succeeded()) {
            onListed(job->datasets());
            return;
        }
        qCInfo(lcService) << "reconciliation list failed:" << ApiError::kindName(job->error().kind);
        setState(State::NeedsDecision);
        Q_EMIT createUncertain(m_pending.name);
    });
    job->start();
}

void DatasetService::onListed(const QList<Dataset> &datasets)
{
    const QDateTime earliest =
        m_pending.startedAtUtc.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_timing.clockSlack).count());
    QList<Dataset> found;
    for (const Dataset &dataset : datasets) {
        if (dataset.name != m_pending.name || m_pending.knownIds.contains(dataset.id))
            continue;
        if (dataset.creationTime.isValid() && dataset.creationTime.utc < earliest)
            continue;
        found.append(dataset);
    }
    if (!found.isEmpty()) {
        // Several matches mean someone else created one too; all are real datasets of the account, so all
        // are kept, and the newest is taken as ours.
        adopt(found);
        return;
    }
    if (m_pending.checksDone < 2) {
        scheduleCheck(m_timing.secondCheck);
        return;
    }
    setState(State::NeedsDecision);
    Q_EMIT createUncertain(m_pending.name);
}

void DatasetService::adopt(const QList<Dataset> &found)
{
    if (!m_store->upsertMany(found))
        qCWarning(lcService) << "could not store the dataset:" << m_store->lastError();
    finishPending();
    for (const Dataset &dataset : found)
        Q_EMIT datasetCreated(dataset);
}

void DatasetService::finishPending()
{
    if (m_pending.journalId)
        m_journal.resolve(m_pending.journalId);
    m_pending = Pending();
    setState(State::Idle);
    startNextJournaled();
}

void DatasetService::checkAgain()
{
    if (m_state != State::NeedsDecision)
        return;
    setState(State::Reconciling);
    m_pending.checksDone = 1; // one more look, then ask again
    checkServer();
}

void DatasetService::createAnyway()
{
    if (m_state != State::NeedsDecision)
        return;
    const QString name = m_pending.name;
    finishPending();
    createDataset(name);
}

void DatasetService::forgetPendingCreate()
{
    if (m_state != State::NeedsDecision)
        return;
    finishPending();
}

void DatasetService::reconcileJournal()
{
    queueJournaled(m_journalQueue, m_pending.journalId, m_journal.creates(), [](const PendingCreate &journaled) {
        Pending pending;
        pending.journalId = journaled.id;
        pending.name = journaled.name;
        pending.startedAtUtc = journaled.startedAtUtc;
        pending.knownIds = journaled.knownIds;
        return pending;
    });
    startNextJournaled();
}

void DatasetService::startNextJournaled()
{
    if (isBusy() || m_journalQueue.isEmpty())
        return;
    m_pending = m_journalQueue.takeFirst();
    // A previous run may have sent it: look before anything else, without waiting.
    m_pending.checksDone = 1;
    setState(State::Reconciling);
    Q_EMIT progressMessage(tr("Checking whether \"%1\" was created before the app closed…").arg(m_pending.name));
    checkServer();
}

} // namespace Ids::Core
