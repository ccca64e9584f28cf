// The training request (api-contract.md §9.1): every knob's range at its edges, the knobs of one family refused
// for the other, the four operations' paths and bodies field by field, and what the journal keeps.
#include "core/types/trainrequest.h"
#include "core/validation/trainknobs.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Ids::Core;

class TrainRequestTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void trainingSteps_data();
    void trainingSteps();
    void loraRank_data();
    void loraRank();
    void ema_data();
    void ema();
    void learningRate_data();
    void learningRate();
    void batchSize_data();
    void batchSize();
    void baseVariant();
    void parse_typedText_data();
    void parse_typedText();
    void parse_germanDecimalComma();
    void familyOnlyKnobs_refusedForThreePointZero();
    void unknownFamily_trainsNothing();
    void bodies_data();
    void bodies();
    void defaults_areNotSent();
    void journal_roundTrip();
    void journal_entryBeforeFamilies_isPlainThreePointZero();
};

void TrainRequestTest::trainingSteps_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<bool>("ok");
    QTest::newRow("99") << 99 << false;
    QTest::newRow("100") << 100 << true;
    QTest::newRow("150 (not a multiple)") << 150 << false;
    QTest::newRow("1000") << 1000 << true;
    QTest::newRow("9999") << 9999 << false;
    QTest::newRow("10000") << 10000 << true;
    QTest::newRow("10100") << 10100 << false;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-100") << -100 << false;
}

void TrainRequestTest::trainingSteps()
{
    QFETCH(int, steps);
    QFETCH(bool, ok);
    QCOMPARE(TrainKnobRules::trainingStepsProblem(steps).isEmpty(), ok);
    TrainKnobs knobs;
    knobs.trainingSteps = steps;
    QCOMPARE(TrainKnobRules::problem(ModelFamily::V4, knobs).isEmpty(), ok);
    QCOMPARE(TrainKnobRules::problem(ModelFamily::V3, knobs).isEmpty(), ok);
}

void TrainRequestTest::loraRank_data()
{
    QTest::addColumn<int>("rank");
    QTest::addColumn<bool>("ok");
    QTest::newRow("63") << 63 << false;
    QTest::newRow("64") << 64 << true;
    QTest::newRow("65") << 65 << false;
    QTest::newRow("127") << 127 << false;
    QTest::newRow("128") << 128 << true;
    QTest::newRow("129") << 129 << false;
    QTest::newRow("256") << 256 << false;
}

void TrainRequestTest::loraRank()
{
    QFETCH(int, rank);
    QFETCH(bool, ok);
    QCOMPARE(TrainKnobRules::loraRankProblem(rank).isEmpty(), ok);
    TrainKnobs knobs;
    knobs.loraRank = rank;
    QCOMPARE(TrainKnobRules::problem(ModelFamily::V3, knobs).isEmpty(), ok);
}

void TrainRequestTest::ema_data()
{
    QTest::addColumn<double>("ema");
    QTest::addColumn<bool>("ok");
    QTest::newRow("0") << 0.0 << false;
    QTest::newRow("just above 0") << 1e-9 << true;
    QTest::newRow("0.999") << 0.999 << true;
    QTest::newRow("just below 1") << 0.999999 << true;
    QTest::newRow("1") << 1.0 << false;
    QTest::newRow("-0.5") << -0.5 << false;
    QTest::newRow("nan") << qQNaN() << false;
}

void TrainRequestTest::ema()
{
    QFETCH(double, ema);
    QFETCH(bool, ok);
    QCOMPARE(TrainKnobRules::emaProblem(ema).isEmpty(), ok);
    TrainKnobs knobs;
    knobs.ema = ema;
    QCOMPARE(TrainKnobRules::problem(ModelFamily::V4, knobs).isEmpty(), ok);
}

void TrainRequestTest::learningRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("ok");
    QTest::newRow("0") << 0.0 << false;
    QTest::newRow("just above 0") << 1e-12 << true;
    QTest::newRow("0.0001") << 0.0001 << true;
    QTest::newRow("1") << 1.0 << true;
    QTest::newRow("negative") << -1e-5 << false;
    QTest::newRow("infinite") << qInf() << false;
}

void TrainRequestTest::learningRate()
{
    QFETCH(double, rate);
    QFETCH(bool, ok);
    QCOMPARE(TrainKnobRules::learningRateProblem(rate).isEmpty(), ok);
}

void TrainRequestTest::batchSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("ok");
    for (int size : {1, 2, 4, 8, 16, 32})
        QTest::addRow("%d", size) << size << true;
    for (int size : {0, 3, 31, 33, 64, -1})
        QTest::addRow("%d", size) << size << false;
}

void TrainRequestTest::batchSize()
{
    QFETCH(int, size);
    QFETCH(bool, ok);
    QCOMPARE(TrainKnobRules::batchSizeProblem(size).isEmpty(), ok);
    TrainKnobs knobs;
    knobs.batchSize = size;
    QCOMPARE(TrainKnobRules::problem(ModelFamily::V4, knobs).isEmpty(), ok);
}

void TrainRequestTest::baseVariant()
{
    QVERIFY(TrainKnobRules::baseVariantProblem(QStringLiteral("distilled_gd")).isEmpty());
    QVERIFY(TrainKnobRules::baseVariantProblem(QStringLiteral("oldbase_farzad_fused")).isEmpty());
    QVERIFY(!TrainKnobRules::baseVariantProblem(QStringLiteral("Distilled_GD")).isEmpty());
    QVERIFY(!TrainKnobRules::baseVariantProblem(QString()).isEmpty());
}

void TrainRequestTest::parse_typedText_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasValue");
    QTest::newRow("empty: the default") << "" << true << false;
    QTest::newRow("spaces: the default") << "  " << true << false;
    QTest::newRow("2000") << "2000" << true << true;
    QTest::newRow("letters") << "many" << false << false;
    QTest::newRow("12.5") << "12.5" << false << false;
    QTest::newRow("50") << "50" << false << false;
}

void TrainRequestTest::parse_typedText()
{
    QFETCH(QString, steps);
    QFETCH(bool, ok);
    QFETCH(bool, hasValue);
    const auto parsed = TrainKnobRules::parseTrainingSteps(steps);
    QCOMPARE(parsed.ok(), ok);
    QCOMPARE(parsed.value.has_value(), hasValue);
    QCOMPARE(!parsed.reason.isEmpty(), !ok);

    QVERIFY(TrainKnobRules::parseEma(QStringLiteral("0.999")).value == 0.999);
    QVERIFY(!TrainKnobRules::parseEma(QStringLiteral("1")).ok());
    QVERIFY(!TrainKnobRules::parseEma(QStringLiteral("high")).ok());
    QVERIFY(TrainKnobRules::parseLearningRate(QStringLiteral("1e-5")).value == 1e-5);
    QVERIFY(!TrainKnobRules::parseLearningRate(QStringLiteral("0")).ok());
}

void TrainRequestTest::parse_germanDecimalComma()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto comma = TrainKnobRules::parseEma(QStringLiteral("0,999"));
    const auto dot = TrainKnobRules::parseEma(QStringLiteral("0.999"));
    QLocale::setDefault(QLocale::c());
    QVERIFY(comma.ok());
    QCOMPARE(comma.value, std::optional<double>(0.999));
    QVERIFY(dot.ok());
}

void TrainRequestTest::familyOnlyKnobs_refusedForThreePointZero()
{
    TrainKnobs batch;
    batch.batchSize = 8;
    QVERIFY(TrainKnobRules::problem(ModelFamily::V4, batch).isEmpty());
    QVERIFY(!TrainKnobRules::problem(ModelFamily::V3, batch).isEmpty());
    TrainKnobs variant;
    variant.baseVariant = QStringLiteral("oldbase_farzad_fused");
    QVERIFY(TrainKnobRules::problem(ModelFamily::V4, variant).isEmpty());
    QVERIFY(!TrainKnobRules::problem(ModelFamily::V3, variant).isEmpty());
    // Even at its default value a 4.0-only knob is not for 3.0.
    variant.baseVariant = QStringLiteral("distilled_gd");
    QVERIFY(!TrainKnobRules::problem(ModelFamily::V3, variant).isEmpty());
}

void TrainRequestTest::unknownFamily_trainsNothing()
{
    TrainRequest request;
    request.family = ModelFamily::Unknown;
    QVERIFY(request.path().isEmpty());
    QVERIFY(!TrainKnobRules::problem(ModelFamily::Unknown, {}).isEmpty());
}

void TrainRequestTest::bodies_data()
{
    QTest::addColumn<int>("family"); // ModelFamily
    QTest::addColumn<bool>("advanced");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("4.0 plain") << int(ModelFamily::V4) << false << "/v1/ideogram-v4/train-model"
                               << QByteArray(R"({"dataset_id":"ds1","model_name":"Shoe shots"})");
    QTest::newRow("3.0 plain") << int(ModelFamily::V3) << false << "/v1/ideogram-v3/train-model"
                               << QByteArray(R"({"dataset_id":"ds1","model_name":"Shoe shots"})");
    QTest::newRow("4.0 advanced") << int(ModelFamily::V4) << true << "/v1/ideogram-v4/train-model-advanced"
                                  << QByteArray(R"({"base_variant":"oldbase_farzad_fused","batch_size":4,)"
                                                R"("dataset_id":"ds1","ema":0.999,"learning_rate":0.0001,)"
                                                R"("lora_rank":64,"model_name":"Shoe shots","training_steps":2000})");
    QTest::newRow("3.0 advanced") << int(ModelFamily::V3) << true << "/v1/ideogram-v3/train-model-advanced"
                                  << QByteArray(R"({"dataset_id":"ds1","ema":0.999,"learning_rate":0.0001,)"
                                                R"("lora_rank":64,"model_name":"Shoe shots","training_steps":2000})");
}

void TrainRequestTest::bodies()
{
    QFETCH(int, family);
    QFETCH(bool, advanced);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    TrainRequest request;
    request.family = ModelFamily(family);
    request.datasetId = QStringLiteral("ds1");
    request.modelName = QStringLiteral("Shoe shots");
    if (advanced) {
        request.knobs.trainingSteps = 2000;
        request.knobs.loraRank = 64;
        request.knobs.ema = 0.999;
        request.knobs.learningRate = 0.0001;
        if (request.family == ModelFamily::V4) {
            request.knobs.batchSize = 4;
            request.knobs.baseVariant = QStringLiteral("oldbase_farzad_fused");
        }
    }
    QVERIFY(TrainKnobRules::problem(request.family, request.knobs).isEmpty());
    QCOMPARE(request.isAdvanced(), advanced);
    QCOMPARE(request.path(), path);
    // QJsonDocument writes keys sorted: the whole body compared, so nothing extra can hide in it.
    QCOMPARE(request.body(), QJsonDocument::fromJson(body).object());
    QCOMPARE(request.body().value(QStringLiteral("training_steps")).type(),
             advanced ? QJsonValue::Double : QJsonValue::Undefined);
}

void TrainRequestTest::defaults_areNotSent()
{
    TrainRequest request;
    request.family = ModelFamily::V4;
    request.datasetId = QStringLiteral("ds1");
    request.modelName = QStringLiteral("Shoe shots");
    request.knobs.trainingSteps = 1000;
    request.knobs.loraRank = 128;
    request.knobs.baseVariant = QStringLiteral("distilled_gd");
    QVERIFY(!request.isAdvanced()); // every knob at its default: the plain operation
    QCOMPARE(request.path(), QStringLiteral("/v1/ideogram-v4/train-model"));
    QCOMPARE(request.bodyBytes(), QByteArray(R"({"dataset_id":"ds1","model_name":"Shoe shots"})"));
    request.knobs.loraRank = 64; // one knob off its default: the advanced operation, with that knob only
    QCOMPARE(request.path(), QStringLiteral("/v1/ideogram-v4/train-model-advanced"));
    QCOMPARE(request.bodyBytes(), QByteArray(R"({"dataset_id":"ds1","lora_rank":64,"model_name":"Shoe shots"})"));
}

void TrainRequestTest::journal_roundTrip()
{
    TrainRequest request;
    request.family = ModelFamily::V4;
    request.knobs.batchSize = 16;
    request.knobs.ema = 0.99;
    const TrainRequest back = TrainRequest::fromJournal(request.toJournal());
    QCOMPARE(back.family, ModelFamily::V4);
    QCOMPARE(back.knobs, request.knobs);
    QCOMPARE(TrainRequest::fromJournal({{QStringLiteral("family"), QStringLiteral("5.0")}}).family,
             ModelFamily::Unknown); // a word this version does not know: never misread as a family
}

void TrainRequestTest::journal_entryBeforeFamilies_isPlainThreePointZero()
{
    const TrainRequest old = TrainRequest::fromJournal({});
    QCOMPARE(old.family, ModelFamily::V3);
    QVERIFY(old.knobs.isEmpty());
}

QTEST_GUILESS_MAIN(TrainRequestTest)
#include "tst_trainrequest.moc"
