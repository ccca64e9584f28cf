// The price quote Ideogram answers to ?dry_run=true (api-contract.md §10): read strictly, money shown exactly.
#include "core/types/pricequote.h"

#include <QJsonDocument>
#include <QTest>

using Ids::Core::PriceQuote;

class PriceQuoteTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJson_documentedExample_read();
    void fromJson_wrongObjectOrTypes_refused_data();
    void fromJson_wrongObjectOrTypes_refused();
    void formatUsd_keepsEveryDigit_data();
    void formatUsd_keepsEveryDigit();
    void toJson_roundTrips();
};

void PriceQuoteTest::fromJson_documentedExample_read()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({"object": "price_quote", "billing_identifier":
        "ideogram_v4_generation", "quantity": 4, "usd_micros": 240000, "credit_millis": 240, "qualifier": "estimate",
        "upper_bound_usd_micros": 400000, "something_new": true})")
                                   .object();
    QString error;
    const std::optional<PriceQuote> quote = PriceQuote::fromJson(object, &error);
    QVERIFY2(quote, qPrintable(error));
    QCOMPARE(quote->billingIdentifier, QStringLiteral("ideogram_v4_generation"));
    QCOMPARE(quote->quantity, 4);
    QCOMPARE(quote->usdMicros, 240000);
    QCOMPARE(quote->creditMillis, std::optional<qint64>(240));
    QCOMPARE(quote->qualifier, PriceQuote::Qualifier::Estimate);
    QCOMPARE(quote->upperBoundUsdMicros, std::optional<qint64>(400000));
    QCOMPARE(quote->usdMicrosFor(3), 720000);
}

void PriceQuoteTest::fromJson_wrongObjectOrTypes_refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no object field") << QByteArray(R"({"usd_micros": 1})");
    QTest::newRow("another object") << QByteArray(R"({"object": "generation", "usd_micros": 1})");
    QTest::newRow("price as text") << QByteArray(R"({"object": "price_quote", "usd_micros": "60000"})");
    QTest::newRow("no price") << QByteArray(R"({"object": "price_quote"})");
    QTest::newRow("fractional micros") << QByteArray(R"({"object": "price_quote", "usd_micros": 1.5})");
    QTest::newRow("negative") << QByteArray(R"({"object": "price_quote", "usd_micros": -5})");
}

void PriceQuoteTest::fromJson_wrongObjectOrTypes_refused()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!PriceQuote::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY(!error.isEmpty());
}

void PriceQuoteTest::formatUsd_keepsEveryDigit_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::newRow("six cents") << qint64(60000) << QStringLiteral("$0.06");
    QTest::newRow("a dollar twenty") << qint64(1200000) << QStringLiteral("$1.20");
    QTest::newRow("an eighth of a cent") << qint64(1250) << QStringLiteral("$0.00125");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("$0.00");
    QTest::newRow("large") << qint64(123456789) << QStringLiteral("$123.456789");
}

void PriceQuoteTest::formatUsd_keepsEveryDigit()
{
    QFETCH(qint64, micros);
    QFETCH(QString, text);
    QCOMPARE(PriceQuote::formatUsd(micros), text);
}

void PriceQuoteTest::toJson_roundTrips()
{
    PriceQuote quote;
    quote.billingIdentifier = QStringLiteral("describe");
    quote.quantity = 1;
    quote.usdMicros = 10000;
    quote.qualifierText = QStringLiteral("exact");
    quote.qualifier = PriceQuote::Qualifier::Exact;
    const std::optional<PriceQuote> back = PriceQuote::fromJson(quote.toJson(), nullptr);
    QVERIFY(back);
    QCOMPARE(back->usdMicros, 10000);
    QCOMPARE(back->qualifier, PriceQuote::Qualifier::Exact);
}

QTEST_GUILESS_MAIN(PriceQuoteTest)
#include "tst_pricequote.moc"
