#pragma once

#include "../api/apierror.h"
#include "../api/generationjobs.h"
#include "../types/generation.h"
#include "../types/pricequote.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Ids::Core {

class ApiClient;

// The price of the generation the panel would send now, from a dry_run quote of exactly that request
// (api-contract.md §10). Each change of the request waits a moment (debounced), at most one quote is on its way
// at any time, and an answer for a request that changed meanwhile is not shown: the newest request is asked
// next. Quotes bill nothing and are retried like reads (reliability-rules.md R36); when none can be had,
// unavailable() says so and generating still works (the quote is never waited for).
class PriceQuoter final : public QObject
{
    Q_OBJECT
public:
    explicit PriceQuoter(ApiClient *client, QObject *parent = nullptr);
    ~PriceQuoter() override;

    void setDebounce(std::chrono::milliseconds debounce) { m_timer.setInterval(debounce); }
    // The request Generate would send now (with the model's custom_model_uri). A request quoted before is
    // answered at once from memory.
    void want(const GenerationOrder &order);
    // Nothing to price (no model, an unknown family, a request that cannot be sent).
    void clear();
    bool isInFlight() const { return bool(m_job); }

Q_SIGNALS:
    // A quote for the wanted request is on its way (or waits for the debounce).
    void quoting();
    void quoted(const Ids::Core::PriceQuote &quote);
    void unavailable(const Ids::Core::ApiError &error);

private:
    static QByteArray keyOf(const GenerationOrder &order);
    void send();
    void onFinished(PriceQuoteJob *job, const QByteArray &key);

    ApiClient *m_client;
    QTimer m_timer;
    std::optional<GenerationOrder> m_wanted;
    QByteArray m_wantedKey;
    QPointer<PriceQuoteJob> m_job;
    QHash<QByteArray, PriceQuote> m_known;
};

} // namespace Ids::Core
