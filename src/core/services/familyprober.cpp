#include "familyprober.h"

#include "../api/generationjobs.h"
#include "../storage/modelfamilystore.h"
#include "datasetservice.h"
#include "pollclock.h"

#include <algorithm>

namespace Ids::Core {

namespace {

// What is priced: the smallest generation the model can make. Nothing is made or billed (api-contract.md §10).
GenerationBasics probeBasics(const CustomModel &model)
{
    GenerationBasics basics;
    basics.customModelUri = model.customModelUri;
    basics.prompt = QStringLiteral("A plain grey square");
    basics.numImages = 1;
    return basics;
}

} // namespace

FamilyProber::FamilyProber(ApiClient *client, ModelFamilyStore *store, std::shared_ptr<PollClock> clock,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemPollClock>())
{ }

FamilyProber::~FamilyProber()
{
    if (m_job)
        m_job->disconnect(this);
}

ModelFamily FamilyProber::family(const QString &modelId) const
{
    return m_store->family(modelId);
}

bool FamilyProber::wanted(const CustomModel &model) const
{
    return model.canGenerate() && m_store->family(model.id) == ModelFamily::Unknown;
}

bool FamilyProber::isAsking(const QString &modelId) const
{
    return m_current == modelId || m_waiting.contains(modelId)
        || std::any_of(m_queue.cbegin(), m_queue.cend(), [&](const CustomModel &m) { return m.id == modelId; });
}

void FamilyProber::check(const QList<CustomModel> &models)
{
    for (const CustomModel &model : models) {
        if (wanted(model) && !isAsking(model.id))
            m_queue.append(model);
    }
    startNext();
}

void FamilyProber::checkNow(const CustomModel &model)
{
    if (!wanted(model) || m_current == model.id)
        return;
    m_waiting.remove(model.id);
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(), [&](const CustomModel &m) { return m.id == model.id; }),
        m_queue.end());
    m_queue.prepend(model);
    startNext();
}

void FamilyProber::startNext()
{
    if (m_job || m_queue.isEmpty())
        return;
    const CustomModel model = m_queue.takeFirst();
    // Known meanwhile (trained here, or asked by another path): nothing to ask.
    if (!wanted(model)) {
        startNext();
        return;
    }
    m_current = model.id;
    ask(model, Stage::AskV4);
}

void FamilyProber::ask(const CustomModel &model, Stage stage)
{
    GenerationOrder order;
    if (stage == Stage::AskV4)
        order = Generation4Request {probeBasics(model), {}, {}};
    else
        order = Generation3Request {probeBasics(model), {}, QStringLiteral("1x1"), std::nullopt};
    auto *job = new PriceQuoteJob(m_client, order, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, model, stage, job] { onAnswer(model, stage, job, job->succeeded()); });
    job->start();
}

void FamilyProber::onAnswer(const CustomModel &model, Stage stage, ApiJob *job, bool succeeded)
{
    m_job = nullptr;
    if (succeeded) {
        done(model.id, stage == Stage::AskV4 ? ModelFamily::V4 : ModelFamily::V3);
        return;
    }
    const ApiError error = job->error();
    // A 400 on the 4.0 endpoint: not a 4.0 model. The 3.0 endpoint confirms before anything is recorded.
    if (error.kind == ApiError::Kind::BadRequest && stage == Stage::AskV4) {
        ask(model, Stage::AskV3);
        return;
    }
    fail(model, error);
}

void FamilyProber::done(const QString &modelId, ModelFamily family)
{
    m_current.clear();
    m_failures.remove(modelId);
    if (!m_store->set(modelId, family, ModelFamilyStore::Source::Quoted))
        qCWarning(lcService) << "could not store a model's family:" << m_store->lastError();
    Q_EMIT familyKnown(modelId, family);
    startNext();
}

void FamilyProber::fail(const CustomModel &model, const ApiError &error)
{
    // Unknown stays unknown: the next try is later, never a guess (also after a 400 from both endpoints, which
    // would be a family this app does not know yet).
    m_current.clear();
    const int failures = ++m_failures[model.id];
    const auto doubled = m_delays.first * (qint64(1) << std::min(failures - 1, 16));
    const std::chrono::milliseconds wait = std::min<std::chrono::milliseconds>(doubled, m_delays.max);
    qCInfo(lcService) << "could not tell a model's family (" << ApiError::kindName(error.kind) << "); asking again in"
                      << wait.count() << "ms";
    m_waiting.insert(model.id, model);
    const quint64 token = ++m_waitCounter;
    m_waitTokens.insert(model.id, token);
    m_clock->callAfter(wait, this, [this, id = model.id, token] {
        const auto it = m_waiting.constFind(id);
        if (it == m_waiting.cend() || m_waitTokens.value(id) != token)
            return; // asked meanwhile (checkNow), or waiting again after a later failure
        const CustomModel waited = *it;
        m_waiting.erase(it);
        m_queue.append(waited);
        startNext();
    });
    Q_EMIT askFailed(model.id, error, wait);
    startNext();
}

} // namespace Ids::Core
