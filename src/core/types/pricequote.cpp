#include "pricequote.h"

#include "jsonreader.h"

namespace Ids::Core {

QString PriceQuote::formatUsd(qint64 usdMicros)
{
    const bool negative = usdMicros < 0;
    const qint64 magnitude = negative ? -usdMicros : usdMicros;
    QString cents = QStringLiteral("%1").arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
    while (cents.size() > 2 && cents.endsWith(QLatin1Char('0')))
        cents.chop(1);
    return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + QString::number(magnitude / 1000000)
        + QLatin1Char('.') + cents;
}

std::optional<PriceQuote> PriceQuote::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    JsonReader reader(object, QStringLiteral("price quote"));
    const std::optional<QString> kind = reader.requiredString(QStringLiteral("object"));
    if (kind && *kind != QLatin1String("price_quote"))
        return fail(QStringLiteral("price quote: \"object\" is \"%1\", not \"price_quote\"").arg(*kind));
    PriceQuote quote;
    quote.usdMicros = reader.requiredInteger(QStringLiteral("usd_micros")).value_or(0);
    quote.quantity = reader.optionalInteger(QStringLiteral("quantity")).value_or(1);
    quote.creditMillis = reader.optionalInteger(QStringLiteral("credit_millis"));
    quote.upperBoundUsdMicros = reader.optionalInteger(QStringLiteral("upper_bound_usd_micros"));
    quote.billingIdentifier = reader.optionalString(QStringLiteral("billing_identifier")).value_or(QString());
    quote.qualifierText = reader.optionalString(QStringLiteral("qualifier")).value_or(QString());
    if (!reader.ok())
        return fail(reader.error());
    if (quote.usdMicros < 0)
        return fail(QStringLiteral("price quote: \"usd_micros\" is negative"));
    quote.qualifier = quote.qualifierText == QLatin1String("exact") ? Qualifier::Exact
        : quote.qualifierText == QLatin1String("estimate")          ? Qualifier::Estimate
                                                                    : Qualifier::Unknown;
    return quote;
}

QJsonObject PriceQuote::toJson() const
{
    QJsonObject object {{QStringLiteral("object"), QStringLiteral("price_quote")},
                        {QStringLiteral("billing_identifier"), billingIdentifier},
                        {QStringLiteral("quantity"), double(quantity)},
                        {QStringLiteral("usd_micros"), double(usdMicros)},
                        {QStringLiteral("qualifier"), qualifierText}};
    if (creditMillis)
        object.insert(QStringLiteral("credit_millis"), double(*creditMillis));
    if (upperBoundUsdMicros)
        object.insert(QStringLiteral("upper_bound_usd_micros"), double(*upperBoundUsdMicros));
    return object;
}

} // namespace Ids::Core
