#include "trainingservice.h"

#include "../api/apiclient.h"
#include "../api/datasetjobs.h"
#include "../api/modeljobs.h"
#include "../files/uploadlimits.h"
#include "../storage/contentstore.h"
#include "../storage/modelfamilystore.h"
#include "../storage/modelstore.h"
#include "../storage/storagehealth.h"
#include "../validation/modelname.h"
#include "../validation/trainknobs.h"
#include "datasetservice.h"
#include "journalqueue.h"

#include <algorithm>

namespace Ids::Core {

TrainingService::TrainingService(ApiClient *client, ModelStore *models, ContentStore *content,
                                 ModelFamilyStore *families, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_models(models)
    , m_content(content)
    , m_families(families)
    , m_journal(content->store())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrainingService::checkServer);
}

void TrainingService::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString TrainingService::trainBlocker(const QString &datasetId, qint64 imageCount) const
{
    if (isBusy()) {
        return m_pending.datasetId == datasetId
            ? tr("A training of this dataset was asked for and is not confirmed yet.")
            : tr("Another training is being started. Wait until it is confirmed.");
    }
    if (imageCount < 0)
        return tr("Waiting for the dataset's details from Ideogram…");
    if (imageCount < UploadLimits::MinImagesToTrain)
        return tr("Add at least %1 images to train a model (this dataset has %2).")
            .arg(UploadLimits::MinImagesToTrain)
            .arg(imageCount);
    if (imageCount > UploadLimits::MaxImagesPerDataset)
        return tr("Ideogram trains on at most %1 images (this dataset has %2).")
            .arg(UploadLimits::MaxImagesPerDataset)
            .arg(imageCount);
    return {};
}

QSet<QString> TrainingService::knownModelIds(const QString &datasetId) const
{
    QSet<QString> known;
    for (const CustomModel &model : m_models->models()) {
        if (model.datasetId == datasetId)
            known.insert(model.id);
    }
    if (const std::optional<DatasetDetail> detail = m_content->detail(datasetId)) {
        for (const QString &id : detail->customModelIds)
            known.insert(id);
    }
    return known;
}

QString TrainingService::train(qint64 imageCount, TrainRequest request)
{
    const QString datasetId = request.datasetId;
    const QString blocker = trainBlocker(datasetId, imageCount);
    if (!blocker.isEmpty())
        return blocker;
    const ModelName::Check check = ModelName::check(request.modelName);
    if (!check.ok())
        return check.reason;
    if (const QString problem = TrainKnobRules::problem(request.family, request.knobs); !problem.isEmpty())
        return problem;
    request.modelName = check.name;

    m_pending = Pending();
    m_pending.datasetId = datasetId;
    m_pending.modelName = check.name;
    m_pending.startedAtUtc = QDateTime::currentDateTimeUtc();
    m_pending.knownModelIds = knownModelIds(datasetId);
    m_pending.imageCount = imageCount;
    m_pending.family = request.family;
    m_pending.knobs = request.knobs;
    // Journal first: if the app dies after the bytes leave, the next start reconciles instead of re-sending.
    PendingTrain journaled {
        0, datasetId, check.name, m_pending.startedAtUtc, m_pending.knownModelIds, request.family, request.knobs};
    const std::optional<qint64> journalId = m_journal.addTrain(journaled);
    if (!journalId) {
        // Without the journal entry a crash would leave nothing to reconcile: a billed request is not worth
        // that risk.
        qCWarning(lcService) << "could not journal the training:" << m_journal.lastError();
        m_pending = Pending();
        return cannotJournalSentence(tr("the training"));
    }
    m_pending.journalId = *journalId;
    setState(State::Sending);

    auto *job = new TrainModelJob(m_client, request, this);
    connect(job, &ApiJob::finished, this, [this, job] { onTrainFinished(job); });
    job->start();
    return {};
}

void TrainingService::onTrainFinished(TrainModelJob *job)
{
    if (job->succeeded()) {
        const TrainResponse &response = job->response();
        CustomModel model;
        model.id = response.modelId;
        model.name = response.modelName;
        model.datasetId = response.datasetId;
        // training_status is a free string: kept as sent, shown raw when it is no status we know.
        model.status = response.trainingStatus;
        model.creationTime = ApiDateTime::fromUtc(QDateTime::currentDateTimeUtc());
        model.owned = true;
        adopt(model);
        return;
    }
    const ApiError error = job->error();
    if (error.delivery() != ApiError::Delivery::MaybeApplied) {
        // Refused or never delivered: nothing was started, nothing billed. Sending again is the user's call.
        finishPending();
        Q_EMIT trainFailed(error);
        return;
    }
    qCInfo(lcService) << "training outcome unknown (" << ApiError::kindName(error.kind) << "); reconciling";
    setState(State::Reconciling);
    Q_EMIT progressMessage(tr("The answer was lost. Checking whether Ideogram started the training…"));
    m_timer.start(m_timing.firstCheck);
}

void TrainingService::checkServer()
{
    auto *job = new GetDatasetJob(m_client, m_pending.datasetId, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            qCInfo(lcService) << "reconciliation: dataset read failed:" << ApiError::kindName(job->error().kind);
            ++m_pending.checksDone;
            notFoundYet();
            return;
        }
        m_content->saveDetail(job->detail());
        onDatasetModels(job->detail().customModelIds);
    });
    job->start();
}

void TrainingService::onDatasetModels(const QStringList &modelIds)
{
    QStringList newIds;
    for (const QString &id : modelIds) {
        if (!m_pending.knownModelIds.contains(id))
            newIds.append(id);
    }
    auto *job = new ListModelsJob(m_client, QStringLiteral("owned"), {}, this);
    connect(job, &ApiJob::finished, this, [this, job, newIds] {
        ++m_pending.checksDone;
        if (!job->succeeded()) {
            qCInfo(lcService) << "reconciliation: model list failed:" << ApiError::kindName(job->error().kind);
            if (newIds.size() == 1) {
                confirmByDetails(newIds.constFirst());
                return;
            }
            notFoundYet();
            return;
        }
        onOwnedModels(newIds, job->models());
    });
    job->start();
}

void TrainingService::onOwnedModels(const QStringList &newIdsFromDataset, const QList<CustomModel> &models)
{
    QList<CustomModel> found;
    for (const CustomModel &model : models) {
        if (m_pending.knownModelIds.contains(model.id))
            continue;
        // The local caches that gave knownModelIds may be stale, so a model new to us must also be recent
        // (or carry our name) before it counts as the one this request started.
        const bool recent = createdSinceAsked(model);
        const bool named = model.name == m_pending.modelName;
        const bool namedInDataset = newIdsFromDataset.contains(model.id) && (recent || named);
        const bool looksLikeOurs = named && model.datasetId == m_pending.datasetId && recent;
        if (namedInDataset || looksLikeOurs)
            found.append(model);
    }
    if (found.isEmpty() && newIdsFromDataset.size() == 1) {
        // The dataset names a new model the list does not show (yet): its own details decide.
        const bool listed = std::any_of(models.cbegin(), models.cend(),
                                        [&](const CustomModel &m) { return m.id == newIdsFromDataset.constFirst(); });
        if (!listed) {
            confirmByDetails(newIdsFromDataset.constFirst());
            return;
        }
    }
    if (found.isEmpty()) {
        notFoundYet();
        return;
    }
    // Several would mean someone else trained the same dataset with the same name meanwhile: all are real
    // models of the account (the store keeps them all); the newest is taken as ours.
    std::sort(found.begin(), found.end(),
              [](const CustomModel &a, const CustomModel &b) { return a.creationTime.utc > b.creationTime.utc; });
    m_models->upsertMany(found);
    adopt(found.constFirst());
}

bool TrainingService::createdSinceAsked(const CustomModel &model) const
{
    const QDateTime earliest =
        m_pending.startedAtUtc.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_timing.clockSlack).count());
    return !model.creationTime.isValid() || model.creationTime.utc >= earliest;
}

void TrainingService::confirmByDetails(const QString &modelId)
{
    auto *job = new GetModelJob(m_client, modelId, true, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            notFoundYet();
            return;
        }
        const CustomModel &model = job->model();
        if (model.name == m_pending.modelName || createdSinceAsked(model))
            adopt(model);
        else
            notFoundYet();
    });
    job->start();
}

void TrainingService::notFoundYet()
{
    if (m_pending.checksDone < 2) {
        m_timer.start(m_timing.secondCheck);
        return;
    }
    setState(State::NeedsDecision);
    Q_EMIT trainUncertain(m_pending.datasetId, m_pending.modelName);
}

void TrainingService::adopt(const CustomModel &model)
{
    if (!m_models->upsert(model))
        qCWarning(lcService) << "could not store the model:" << m_models->lastError();
    // The operation this app sent says the family (api-contract.md §9.2): no quote needed for this one.
    if (!m_families->set(model.id, m_pending.family, ModelFamilyStore::Source::Trained))
        qCWarning(lcService) << "could not store the model's family:" << m_families->lastError();
    finishPending();
    Q_EMIT trainingStarted(model);
}

void TrainingService::finishPending(bool nextJournaled)
{
    m_timer.stop();
    if (m_pending.journalId)
        m_journal.resolve(m_pending.journalId);
    m_pending = Pending();
    setState(State::Idle);
    if (nextJournaled)
        startNextJournaled();
}

void TrainingService::checkAgain()
{
    if (m_state != State::NeedsDecision)
        return;
    setState(State::Reconciling);
    m_pending.checksDone = 1; // one more look, then ask again
    checkServer();
}

QString TrainingService::trainAnyway()
{
    if (m_state != State::NeedsDecision)
        return {};
    const Pending pending = m_pending;
    // The user's answer goes first; trainings journaled by an earlier run wait until this one is sent.
    finishPending(false);
    // The count was checked when the user first asked; the server checks it again. The same operation as before.
    const QString refusal = train(std::max<qint64>(pending.imageCount, UploadLimits::MinImagesToTrain),
                                  TrainRequest {pending.family, pending.datasetId, pending.modelName, pending.knobs});
    if (!refusal.isEmpty())
        startNextJournaled();
    return refusal;
}

void TrainingService::forgetPendingTrain()
{
    if (m_state != State::NeedsDecision)
        return;
    finishPending();
}

void TrainingService::reconcileJournal()
{
    queueJournaled(m_journalQueue, m_pending.journalId, m_journal.trains(), [](const PendingTrain &journaled) {
        Pending pending;
        pending.journalId = journaled.id;
        pending.datasetId = journaled.datasetId;
        pending.modelName = journaled.modelName;
        pending.startedAtUtc = journaled.startedAtUtc;
        pending.knownModelIds = journaled.knownModelIds;
        pending.family = journaled.family;
        pending.knobs = journaled.knobs;
        return pending;
    });
    startNextJournaled();
}

void TrainingService::startNextJournaled()
{
    if (isBusy() || m_journalQueue.isEmpty())
        return;
    m_pending = m_journalQueue.takeFirst();
    m_pending.checksDone = 1; // a previous run may have sent it: look now, once more later, then ask
    setState(State::Reconciling);
    Q_EMIT progressMessage(
        tr("Checking whether the training \"%1\" was started before the app closed…").arg(m_pending.modelName));
    checkServer();
}

} // namespace Ids::Core
