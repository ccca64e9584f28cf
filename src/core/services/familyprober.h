#pragma once

#include "../api/apierror.h"
#include "../types/custommodel.h"
#include "../types/modelfamily.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Ids::Core {

class ApiClient;
class ApiJob;
class ModelFamilyStore;
class PollClock;

// Finds out the family of models this app did not train (the website's, the organisation's shared ones) with a
// free price quote, once per model, and keeps the answer (api-contract.md §9.2): a quote of a one-image
// generation on the 4.0 endpoint means 4.0; a 400 there, then a quote on the 3.0 endpoint, means 3.0. Anything
// else (5xx, offline, a refused key, 429) leaves the family unknown and asks again later, waiting longer each
// time: never a guess. One question at a time; the model shown goes first (checkNow). Only models that can make
// images can be asked (a quote needs their custom_model_uri).
class FamilyProber final : public QObject
{
    Q_OBJECT
public:
    // The wait before asking again after a failure: first, doubled each time, at most max.
    struct RetryDelays
    {
        std::chrono::milliseconds first {60 * 1000};
        std::chrono::milliseconds max {15 * 60 * 1000};
    };

    // clock: nullptr uses the system clock.
    FamilyProber(ApiClient *client, ModelFamilyStore *store, std::shared_ptr<PollClock> clock = {},
                 QObject *parent = nullptr);
    ~FamilyProber() override;

    void setRetryDelays(RetryDelays delays) { m_delays = delays; }
    ModelFamily family(const QString &modelId) const;
    // Queues every model that can make images and whose family is not known. Harmless to call again.
    void check(const QList<CustomModel> &models);
    // This one next, also when it waits for a retry.
    void checkNow(const CustomModel &model);
    // Its family is being asked for, or will be once a wait is over.
    bool isAsking(const QString &modelId) const;
    // Failed asks since the last answer (for the panel's sentence and for tests).
    int failures(const QString &modelId) const { return m_failures.value(modelId); }

Q_SIGNALS:
    void familyKnown(const QString &modelId, Ids::Core::ModelFamily family);
    // No answer this time; asked again after a wait (nextTry).
    void askFailed(const QString &modelId, const Ids::Core::ApiError &error, std::chrono::milliseconds nextTry);

private:
    enum class Stage { AskV4, AskV3 };
    void startNext();
    void ask(const CustomModel &model, Stage stage);
    void onAnswer(const CustomModel &model, Stage stage, ApiJob *job, bool succeeded);
    void fail(const CustomModel &model, const ApiError &error);
    void done(const QString &modelId, ModelFamily family);
    bool wanted(const CustomModel &model) const;

    ApiClient *m_client;
    ModelFamilyStore *m_store;
    std::shared_ptr<PollClock> m_clock;
    RetryDelays m_delays;
    QList<CustomModel> m_queue;
    QHash<QString, CustomModel> m_waiting; // failed, asked again after a wait
    QHash<QString, int> m_failures;
    quint64 m_waitCounter = 0;
    QHash<QString, quint64> m_waitTokens; // a newer wait makes an older timer a no-op
    QPointer<ApiJob> m_job;
    QString m_current;
};

} // namespace Ids::Core
