#include "pricequoter.h"

#include "../api/generationjobs.h"

#include <QJsonDocument>

namespace Ids::Core {

namespace {

// Quotes kept in memory: toggling an option back and forth is answered at once.
constexpr int MaxKnownQuotes = 32;

} // namespace

PriceQuoter::PriceQuoter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(600));
    connect(&m_timer, &QTimer::timeout, this, &PriceQuoter::send);
}

PriceQuoter::~PriceQuoter()
{
    if (m_job)
        m_job->disconnect(this);
}

QByteArray PriceQuoter::keyOf(const GenerationOrder &order)
{
    // The endpoint and every field it would send (the remix image by its path): the same key, the same price.
    return Generation::pathOf(order).toUtf8() + ' '
        + QJsonDocument(Generation::settingsOf(order)).toJson(QJsonDocument::Compact);
}

void PriceQuoter::want(const GenerationOrder &order)
{
    const QByteArray key = keyOf(order);
    if (m_wanted && key == m_wantedKey)
        return;
    m_wanted = order;
    m_wantedKey = key;
    if (const auto known = m_known.constFind(key); known != m_known.cend()) {
        m_timer.stop();
        Q_EMIT quoted(*known);
        return;
    }
    Q_EMIT quoting();
    m_timer.start();
}

void PriceQuoter::clear()
{
    m_wanted.reset();
    m_wantedKey.clear();
    m_timer.stop();
}

void PriceQuoter::send()
{
    // One at a time: the answer of the one out decides whether the newest is asked next.
    if (m_job || !m_wanted)
        return;
    auto *job = new PriceQuoteJob(m_client, *m_wanted, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, key = m_wantedKey] { onFinished(job, key); });
    job->start();
}

void PriceQuoter::onFinished(PriceQuoteJob *job, const QByteArray &key)
{
    m_job = nullptr;
    if (job->succeeded()) {
        if (m_known.size() >= MaxKnownQuotes)
            m_known.clear();
        m_known.insert(key, job->quote());
    }
    if (!m_wanted)
        return;
    if (key != m_wantedKey) {
        // The request changed while this one was out: its answer is not the price of what Generate sends.
        if (const auto known = m_known.constFind(m_wantedKey); known != m_known.cend())
            Q_EMIT quoted(*known);
        else if (!m_timer.isActive())
            send();
        return;
    }
    if (job->succeeded())
        Q_EMIT quoted(job->quote());
    else
        Q_EMIT unavailable(job->error());
}

} // namespace Ids::Core
