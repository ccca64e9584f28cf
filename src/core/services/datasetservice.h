#pragma once

#include "../api/apierror.h"
#include "../storage/journal.h"
#include "../types/dataset.h"
#include "journalqueue.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Ids::Core {

Q_DECLARE_LOGGING_CATEGORY(lcService)

class ApiClient;
class CreateDatasetJob;
class DatasetStore;

// Creates datasets without ever sending a create twice by accident (reliability-rules.md R6, R7, R10): the
// create is journaled before it leaves; when its outcome is unknown the service lists the datasets and
// adopts the one it finds, or asks the user. Widgets call it and listen; they never build requests.
class DatasetService final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Sending, Reconciling, NeedsDecision };
    Q_ENUM(State)

    using ReconcileTiming = Core::ReconcileTiming;

    DatasetService(ApiClient *client, DatasetStore *store, QObject *parent = nullptr);

    void setReconcileTiming(ReconcileTiming timing) { m_timing = timing; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    QString pendingName() const { return m_pending.name; }

    // Validates and sends. Returns the reason the name was refused (nothing sent), or empty when started.
    QString createDataset(const QString &rawName);
    // Whether a dataset of this name is already known (names are not unique on Ideogram).
    bool isNameKnown(const QString &name) const;

    // Creates journaled by an earlier run whose outcome was never learnt: reconciled before new work. Call it
    // once the client has a key; calling it again is harmless.
    void reconcileJournal();

    // The user's answer after createUncertain().
    void checkAgain();
    void createAnyway();
    void forgetPendingCreate();

Q_SIGNALS:
    void stateChanged(Ids::Core::DatasetService::State state);
    void datasetCreated(const Ids::Core::Dataset &dataset);
    void createFailed(const Ids::Core::ApiError &error);
    void createUncertain(const QString &name);
    void progressMessage(const QString &message);

private:
    struct Pending
    {
        qint64 journalId = 0;
        QString name;
        QDateTime startedAtUtc;
        QSet<QString> knownIds;
        int sendAttempts = 0;
        int checksDone = 0;
    };

    void setState(State state);
    void send();
    void onCreateFinished(CreateDatasetJob *job);
    void scheduleCheck(std::chrono::milliseconds delay);
    void checkServer();
    void onListed(const QList<Dataset> &datasets);
    void adopt(const QList<Dataset> &found);
    void finishPending();
    void startNextJournaled();

    ApiClient *m_client;
    DatasetStore *m_store;
    Journal m_journal;
    ReconcileTiming m_timing;
    State m_state = State::Idle;
    Pending m_pending;
    QList<Pending> m_journalQueue;
    QTimer m_timer;
};

} // namespace Ids::Core
