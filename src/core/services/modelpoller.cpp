#include "modelpoller.h"

#include "../api/modeljobs.h"
#include "../storage/modelstore.h"
#include "datasetservice.h"
#include "pollclock.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Ids::Core {

using std::chrono::milliseconds;

ModelPoller::ModelPoller(ApiClient *client, ModelStore *store, std::shared_ptr<PollClock> clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemPollClock>())
    , m_jitterSource([] { return QRandomGenerator::global()->generateDouble() * 2.0 - 1.0; })
{ }

ModelPoller::~ModelPoller() = default;

void ModelPoller::follow(const CustomModel &model)
{
    if (model.isTerminal() || !model.owned || m_followed.contains(model.id))
        return;
    Followed followed;
    const QDateTime now = m_clock->now();
    // A model created an hour ago (found after a restart) is polled at the slow rate at once.
    followed.since = (model.creationTime.isValid() && model.creationTime.utc <= now) ? model.creationTime.utc : now;
    m_followed.insert(model.id, followed);
    schedule(model.id, nextInterval(followed));
}

void ModelPoller::resumeFromStore()
{
    for (const CustomModel &model : m_store->models())
        follow(model);
}

void ModelPoller::stopAll()
{
    m_followed.clear();
}

void ModelPoller::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online)
        return;
    const QStringList ids = m_followed.keys();
    for (const QString &id : ids) {
        if (m_followed.value(id).due)
            poll(id);
    }
}

milliseconds ModelPoller::lastScheduledDelay(const QString &modelId) const
{
    return m_followed.value(modelId).lastDelay;
}

milliseconds ModelPoller::nextInterval(const Followed &followed) const
{
    const qint64 ageMs = followed.since.msecsTo(m_clock->now());
    const milliseconds base = ageMs < m_intervals.earlyPhase.count() ? m_intervals.early : m_intervals.late;
    const double factor = 1.0 + std::clamp(m_jitterSource(), -1.0, 1.0) * m_intervals.jitter;
    return milliseconds(qint64(double(base.count()) * factor));
}

void ModelPoller::schedule(const QString &modelId, milliseconds delay)
{
    auto it = m_followed.find(modelId);
    if (it == m_followed.end())
        return;
    it->generation = ++m_generationCounter;
    it->lastDelay = delay;
    it->due = false;
    const quint64 generation = it->generation;
    m_clock->callAfter(delay, this, [this, modelId, generation] {
        auto followed = m_followed.find(modelId);
        if (followed == m_followed.end() || followed->generation != generation)
            return;
        if (!m_online) {
            followed->due = true;
            return;
        }
        poll(modelId);
    });
}

void ModelPoller::poll(const QString &modelId)
{
    auto it = m_followed.find(modelId);
    if (it == m_followed.end() || it->inFlight)
        return;
    it->inFlight = true;
    it->due = false;
    it->generation = ++m_generationCounter; // timers scheduled before this poll are void
    // One attempt per poll: the poller is the retry loop, on its own (testable) clock.
    auto *job = new GetModelJob(m_client, modelId, false, this);
    connect(job, &ApiJob::finished, this,
            [this, job, modelId] { onPolled(modelId, job->succeeded() ? &job->model() : nullptr, job->error()); });
    job->start();
}

void ModelPoller::onPolled(const QString &modelId, const CustomModel *model, const ApiError &error)
{
    auto it = m_followed.find(modelId);
    if (it == m_followed.end())
        return;
    it->inFlight = false;
    if (model) {
        if (!m_store->upsert(*model))
            qCWarning(lcService) << "could not store the model:" << m_store->lastError();
        Q_EMIT modelUpdated(*model);
        if (model->isTerminal()) {
            m_followed.erase(it);
            if (!m_announced.contains(modelId)) {
                m_announced.insert(modelId);
                Q_EMIT modelFinished(*model);
            }
            return;
        }
        schedule(modelId, nextInterval(*it));
        return;
    }
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        qCInfo(lcService) << "polling stopped: the key was rejected";
        m_followed.clear();
        Q_EMIT pollingStopped(error);
        return;
    case ApiError::Kind::NotFound:
        // Deleted, or no longer shared with this account: nothing more to learn about it.
        m_followed.erase(it);
        return;
    case ApiError::Kind::RateLimited:
        schedule(modelId,
                 error.retryAfter ? std::max(*error.retryAfter, milliseconds(1000))
                                  : m_intervals.rateLimitedWithoutHint);
        return;
    default:
        if (error.retryAfter) {
            schedule(modelId, std::max({*error.retryAfter, milliseconds(1000), nextInterval(*it)}));
            return;
        }
        schedule(modelId, nextInterval(*it));
        return;
    }
}

} // namespace Ids::Core
