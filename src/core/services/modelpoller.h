#pragma once

#include "../api/apierror.h"
#include "../types/custommodel.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

namespace Ids::Core {

class ApiClient;
class ModelStore;
class PollClock;

// Follows models that are still training with GET /models/{id} (reliability-rules.md R13): every 15 s for the
// first 5 minutes of a model's life, then every 60 s, ±10 % jitter; a 429 waits as long as Ideogram asks;
// nothing is sent while offline. Unknown statuses keep the polling going. Each model that finishes is
// announced once.
class ModelPoller final : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        std::chrono::milliseconds early {15000};
        std::chrono::milliseconds late {60000};
        std::chrono::milliseconds earlyPhase {5 * 60 * 1000};
        std::chrono::milliseconds rateLimitedWithoutHint {60000};
        double jitter = 0.10;
    };

    // clock: nullptr uses the system clock. The poller does not own the store or the client.
    ModelPoller(ApiClient *client, ModelStore *store, std::shared_ptr<PollClock> clock = {}, QObject *parent = nullptr);
    ~ModelPoller() override;

    void setIntervals(Intervals intervals) { m_intervals = intervals; }
    // Returns a factor in [-1, 1] scaled by Intervals::jitter; replaceable so tests get exact delays.
    void setJitterSource(std::function<double()> source) { m_jitterSource = std::move(source); }

    // Starts following a model unless it is finished or already followed.
    void follow(const CustomModel &model);
    // Follows every unfinished model of the store (at start: polling resumes by itself after a restart).
    void resumeFromStore();
    void stopAll();
    bool isFollowing(const QString &modelId) const { return m_followed.contains(modelId); }
    int followedCount() const { return int(m_followed.size()); }
    QSet<QString> followedIds() const { return QSet<QString>(m_followed.keyBegin(), m_followed.keyEnd()); }
    // A GET for this model is on its way.
    bool isPollInFlight(const QString &modelId) const { return m_followed.value(modelId).inFlight; }

    // Offline: polls that fall due wait; back online, they go out at once.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // The delay before the next poll of this model, as last scheduled (for tests and the details pane).
    std::chrono::milliseconds lastScheduledDelay(const QString &modelId) const;

Q_SIGNALS:
    void modelUpdated(const Ids::Core::CustomModel &model);
    // The model reached COMPLETED, ERRORED or ARCHIVED while followed. Once per model.
    void modelFinished(const Ids::Core::CustomModel &model);
    // A poll failed in a way polling cannot fix (the key was rejected): all polling stops.
    void pollingStopped(const Ids::Core::ApiError &error);

private:
    struct Followed
    {
        QDateTime since; // when the model was created, or when we started following it
        quint64 generation = 0; // a newer schedule cancels older timers
        bool due = false; // fell due while offline
        bool inFlight = false;
        std::chrono::milliseconds lastDelay {0};
    };

    void schedule(const QString &modelId, std::chrono::milliseconds delay);
    std::chrono::milliseconds nextInterval(const Followed &followed) const;
    void poll(const QString &modelId);
    void onPolled(const QString &modelId, const CustomModel *model, const ApiError &error);

    ApiClient *m_client;
    ModelStore *m_store;
    std::shared_ptr<PollClock> m_clock;
    Intervals m_intervals;
    std::function<double()> m_jitterSource;
    QHash<QString, Followed> m_followed;
    QSet<QString> m_announced;
    bool m_online = true;
    quint64 m_generationCounter = 0;
};

} // namespace Ids::Core
