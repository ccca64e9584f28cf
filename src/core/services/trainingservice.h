#pragma once

#include "../api/apierror.h"
#include "../storage/journal.h"
#include "../types/custommodel.h"
#include "journalqueue.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Ids::Core {

class ApiClient;
class ContentStore;
class ModelFamilyStore;
class ModelStore;
class TrainModelJob;

// Starts trainings without ever starting one twice by accident (reliability-rules.md R9, R10). All four train
// operations (Ideogram 4.0 or 3.0, plain or advanced; api-contract.md §9.1) take this one path: the request is
// checked, journaled (with its family and knobs) before it leaves and never re-sent by itself, not even when it
// provably did not arrive: a training may be billed, so every new attempt is the user's. When the outcome is
// unknown the service looks at the dataset's models and the account's models and adopts the new one, or asks
// the user. An adopted model's family is recorded: the app trained it, so it knows.
class TrainingService final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Sending, Reconciling, NeedsDecision };
    Q_ENUM(State)

    using ReconcileTiming = Core::ReconcileTiming;

    TrainingService(ApiClient *client, ModelStore *models, ContentStore *content, ModelFamilyStore *families,
                    QObject *parent = nullptr);

    void setReconcileTiming(ReconcileTiming timing) { m_timing = timing; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    // The dataset whose training is in flight or unresolved (its Train button stays locked).
    QString busyDatasetId() const { return m_pending.datasetId; }
    QString pendingModelName() const { return m_pending.modelName; }

    // Why this dataset cannot be trained now (a sentence), or empty. imageCount < 0: not known yet.
    QString trainBlocker(const QString &datasetId, qint64 imageCount) const;
    // Validates (the dataset's size, the name, the family and its knobs) and sends. request.modelName as typed
    // (it is trimmed here). Returns the reason nothing was sent, or empty when started.
    QString train(qint64 imageCount, TrainRequest request);

    // Trainings journaled by an earlier run: reconciled before new work. Harmless to call again.
    void reconcileJournal();
    void checkAgain();
    // Explicit consent after trainUncertain(): the user accepts a possible second (billed) training.
    // Returns why it could not be sent, or empty.
    QString trainAnyway();
    void forgetPendingTrain();

Q_SIGNALS:
    void stateChanged(Ids::Core::TrainingService::State state);
    void trainingStarted(const Ids::Core::CustomModel &model);
    void trainFailed(const Ids::Core::ApiError &error);
    void trainUncertain(const QString &datasetId, const QString &modelName);
    void progressMessage(const QString &message);

private:
    struct Pending
    {
        qint64 journalId = 0;
        QString datasetId;
        QString modelName;
        QDateTime startedAtUtc;
        QSet<QString> knownModelIds;
        qint64 imageCount = -1;
        int checksDone = 0;
        ModelFamily family = ModelFamily::V3;
        TrainKnobs knobs;
    };

    void setState(State state);
    void onTrainFinished(TrainModelJob *job);
    void checkServer();
    void onDatasetModels(const QStringList &modelIds);
    void onOwnedModels(const QStringList &newIdsFromDataset, const QList<CustomModel> &models);
    void adopt(const CustomModel &model);
    void confirmByDetails(const QString &modelId);
    // Created after the request left (less the tolerated clock skew), or of unknown age.
    bool createdSinceAsked(const CustomModel &model) const;
    void notFoundYet();
    // Resolves the journal entry; nextJournaled false leaves queued entries for later.
    void finishPending(bool nextJournaled = true);
    void startNextJournaled();
    QSet<QString> knownModelIds(const QString &datasetId) const;

    ApiClient *m_client;
    ModelStore *m_models;
    ContentStore *m_content;
    ModelFamilyStore *m_families;
    Journal m_journal;
    ReconcileTiming m_timing;
    State m_state = State::Idle;
    Pending m_pending;
    QList<Pending> m_journalQueue;
    QTimer m_timer;
};

} // namespace Ids::Core
