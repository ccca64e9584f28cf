#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ids::Core {

// What Ideogram says a request would cost, asked with ?dry_run=true (api-contract.md §10, the `PriceQuote`
// schema of Ideogram's OpenAPI file): the request is validated and priced, nothing is run, stored or billed.
// Money is in millionths of a US dollar (usd_micros 60000 = $0.06), credits in thousandths.
struct PriceQuote
{
    enum class Qualifier { Exact, Estimate, Unknown }; // Unknown: a word this app does not know yet, kept below

    QString billingIdentifier; // what is billed, as Ideogram names it ("ideogram_v4_describe")
    qint64 quantity = 0; // units priced (images)
    qint64 usdMicros = 0; // the price of the whole request
    std::optional<qint64> creditMillis;
    Qualifier qualifier = Qualifier::Unknown;
    QString qualifierText; // as sent
    std::optional<qint64> upperBoundUsdMicros; // for an estimate: at most this much

    // The price of n requests like the quoted one (a quote prices one request; describe asks one per image).
    qint64 usdMicrosFor(qint64 requests) const { return usdMicros * requests; }
    // "$0.06", "$1.20", "$0.0125": at least two decimals, more when the amount has them (never rounded away).
    static QString formatUsd(qint64 usdMicros);

    // Requires object == "price_quote" and a whole usd_micros ≥ 0; the rest as available (unknown fields are
    // ignored, an unknown qualifier kept as text).
    static std::optional<PriceQuote> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

} // namespace Ids::Core
