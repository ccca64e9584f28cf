// Custom models, trainings and generations: the name rule and the parsers (strict about types, tolerant where
// the API is loose). The requests are in tests/generation.
#include "core/api/modeljobs.h"
#include "core/types/custommodel.h"
#include "core/types/generation.h"
#include "core/validation/modelname.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ids::Core;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray DocsModel = R"({"model_id":"m1","name":"acme-shoes","status":"COMPLETED",
 "creation_time":"2000-01-23 04:56:07+00:00","last_update_time":"2000-01-23T04:56:07Z",
 "is_available_for_generation":true,"is_owned":true,"dataset_id":"d1",
 "custom_model_uri":"model/acme-shoes/version/1",
 "training_runs":[{"training_run_id":"r1","status":"COMPLETED","training_steps":1000,"lora_rank":128,
   "num_chips":1,"ema":0.999,"learning_rate":0.0001,"creation_time":"2000-01-23T04:56:07+00:00",
   "last_update_time":"2000-01-23T04:56:07+00:00"}]})";

} // namespace

class ModelTypesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelName_data();
    void modelName();
    void customModel_docsExample_parsesEverything();
    void customModel_unknownStatus_keptAndNotTerminal();
    void customModel_optionalFieldsNullOrMissing();
    void customModel_wrongTypes_data();
    void customModel_wrongTypes();
    void canGenerate_data();
    void canGenerate();
    void modelList_andRoundTrip();
    void trainResponse_freeStatusString();
    void generation_withheldImageHasNoUrl();
};

void ModelTypesTest::modelName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sent");
    QTest::newRow("4 characters") << "abcd" << false << "";
    QTest::newRow("5 characters") << "abcde" << true << "abcde";
    QTest::newRow("30 characters") << QString(30, u'a') << true << QString(30, u'a');
    QTest::newRow("31 characters") << QString(31, u'a') << false << "";
    QTest::newRow("spaces and hyphens") << "acme shoes-2" << true << "acme shoes-2";
    QTest::newRow("spaces around are trimmed") << "  acme shoes  " << true << "acme shoes";
    QTest::newRow("4 after trimming") << "  abcd   " << false << "";
    QTest::newRow("underscore") << "acme_shoes" << false << "";
    QTest::newRow("Unicode letter") << "Schühe eins" << false << "";
    QTest::newRow("emoji") << "shoes 👟 one" << false << "";
    QTest::newRow("tab inside") << "acme\tshoes" << false << "";
    QTest::newRow("bidi override") << "acme\u202Eshoes" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("digits only") << "12345" << true << "12345";
}

void ModelTypesTest::modelName()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, sent);
    const ModelName::Check check = ModelName::check(input);
    QCOMPARE(check.ok(), ok);
    if (ok)
        QCOMPARE(check.name, sent);
    else
        QVERIFY(!check.reason.isEmpty());
}

void ModelTypesTest::customModel_docsExample_parsesEverything()
{
    QString error;
    const std::optional<CustomModel> model = CustomModel::fromJson(object(DocsModel), &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->id, QStringLiteral("m1"));
    QCOMPARE(model->status, QStringLiteral("COMPLETED"));
    QVERIFY(model->creationTime.isValid());
    QVERIFY(model->lastUpdateTime && model->lastUpdateTime->isValid());
    QCOMPARE(model->customModelUri, QStringLiteral("model/acme-shoes/version/1"));
    QCOMPARE(model->datasetId, QStringLiteral("d1"));
    QCOMPARE(model->trainingRuns.size(), 1);
    QCOMPARE(model->trainingRuns.first().status, QStringLiteral("COMPLETED"));
    QVERIFY(model->isTerminal());
    QVERIFY(model->canGenerate());
}

void ModelTypesTest::customModel_unknownStatus_keptAndNotTerminal()
{
    QJsonObject json = object(DocsModel);
    json.insert(QStringLiteral("status"), QStringLiteral("WARMING_UP"));
    const std::optional<CustomModel> model = CustomModel::fromJson(json, nullptr);
    QVERIFY(model);
    QCOMPARE(model->status, QStringLiteral("WARMING_UP"));
    QVERIFY(!model->isTerminal());
    QVERIFY(!model->canGenerate());
}

void ModelTypesTest::customModel_optionalFieldsNullOrMissing()
{
    QJsonObject json = object(DocsModel);
    json.insert(QStringLiteral("custom_model_uri"), QJsonValue());
    json.remove(QStringLiteral("dataset_id"));
    json.remove(QStringLiteral("training_runs"));
    json.insert(QStringLiteral("last_update_time"), QJsonValue());
    json.remove(QStringLiteral("is_owned"));
    json.insert(QStringLiteral("creation_time"), QStringLiteral("yesterday-ish"));
    QString error;
    const std::optional<CustomModel> model = CustomModel::fromJson(json, &error);
    QVERIFY2(model, qPrintable(error));
    QVERIFY(model->customModelUri.isEmpty());
    QVERIFY(model->datasetId.isEmpty());
    QVERIFY(model->trainingRuns.isEmpty());
    QVERIFY(!model->lastUpdateTime);
    QVERIFY(model->owned);
    QVERIFY(!model->creationTime.isValid());
    QCOMPARE(model->creationTime.raw, QStringLiteral("yesterday-ish")); // shown raw, not dropped
    QVERIFY(!model->canGenerate()); // no URI yet
}

void ModelTypesTest::customModel_wrongTypes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id a number") << "model_id" << QJsonValue(5);
    QTest::newRow("status missing") << "status" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("available a string") << "is_available_for_generation" << QJsonValue(QStringLiteral("true"));
    QTest::newRow("owned a number") << "is_owned" << QJsonValue(1);
    QTest::newRow("runs an object") << "training_runs" << QJsonValue(QJsonObject());
    QTest::newRow("uri a number") << "custom_model_uri" << QJsonValue(3);
}

void ModelTypesTest::customModel_wrongTypes()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = object(DocsModel);
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    QString error;
    QVERIFY(!CustomModel::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void ModelTypesTest::canGenerate_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ready") << "COMPLETED" << true << "model/a/version/1" << true;
    QTest::newRow("not available") << "COMPLETED" << false << "model/a/version/1" << false;
    QTest::newRow("no uri") << "COMPLETED" << true << "" << false;
    QTest::newRow("training") << "TRAINING" << true << "model/a/version/1" << false;
}

void ModelTypesTest::canGenerate()
{
    QFETCH(QString, status);
    QFETCH(bool, available);
    QFETCH(QString, uri);
    QFETCH(bool, expected);
    CustomModel model;
    model.status = status;
    model.availableForGeneration = available;
    model.customModelUri = uri;
    QCOMPARE(model.canGenerate(), expected);
}

void ModelTypesTest::modelList_andRoundTrip()
{
    const QJsonObject list {{QStringLiteral("models"), QJsonArray {object(DocsModel)}},
                            {QStringLiteral("next_page"), QStringLiteral("ignored")}};
    const std::optional<ModelList> read = parseModelList(list, nullptr);
    QVERIFY(read);
    const QList<CustomModel> *models = &read->models;
    QCOMPARE(models->size(), 1);
    // What the store writes reads back the same, and writing it again changes nothing.
    const std::optional<CustomModel> again = CustomModel::fromJson(models->first().toJson(), nullptr);
    QVERIFY(again);
    QCOMPARE(again->toJson(), models->first().toJson());
    QCOMPARE(again->id, models->first().id);
    QCOMPARE(again->trainingRuns.size(), 1);
    QCOMPARE(again->lastUpdateTime->utc, models->first().lastUpdateTime->utc);
    // An entry that is not an object is skipped and named; a list without "models" is refused.
    const std::optional<ModelList> oneBad =
        parseModelList(QJsonObject {{QStringLiteral("models"), QJsonArray {1}}}, nullptr);
    QVERIFY(oneBad);
    QCOMPARE(oneBad->models.size(), 0);
    QCOMPARE(oneBad->skipped.size(), 1);
    QVERIFY(!parseModelList(QJsonObject {}, nullptr));
}

void ModelTypesTest::trainResponse_freeStatusString()
{
    const std::optional<TrainResponse> response = TrainResponse::fromJson(
        object(R"({"model_id":"m","dataset_id":"d","training_status":"training_status","model_name":"acme"})"),
        nullptr);
    QVERIFY(response);
    QCOMPARE(response->trainingStatus, QStringLiteral("training_status"));
    QVERIFY(!TrainResponse::fromJson(object(R"({"model_id":"m","dataset_id":"d","model_name":"acme"})"), nullptr));
}

void ModelTypesTest::generation_withheldImageHasNoUrl()
{
    QString error;
    const std::optional<GenerationResponse> response =
        GenerationResponse::fromJson(object(R"({"generation_id":"g1","seed":12,"data":[
            {"url":"https://ideogram.ai/api/images/ephemeral/a.png?exp=1&sig=2","prompt":"p","resolution":"1024x1024",
             "is_image_safe":true,"seed":12},
            {"url":null,"prompt":"p","resolution":"1024x1024","is_image_safe":false,"seed":13}]})"),
                                     &error);
    QVERIFY2(response, qPrintable(error));
    QCOMPARE(response->images.size(), 2);
    QVERIFY(response->images.at(0).isImageSafe);
    QCOMPARE(response->images.at(0).seed, 12);
    QVERIFY(!response->images.at(1).isImageSafe);
    QVERIFY(response->images.at(1).url.isEmpty());
    // is_image_safe missing: that image is skipped and named, the answer is kept.
    const std::optional<GenerationResponse> oneBad =
        GenerationResponse::fromJson(object(R"({"data":[{"url":"x"}]})"), nullptr);
    QVERIFY(oneBad);
    QCOMPARE(oneBad->images.size(), 0);
    QCOMPARE(oneBad->skipped.size(), 1);
    QVERIFY(!GenerationResponse::fromJson(object(R"({"created":"x"})"), nullptr)); // no "data": refused
}

QTEST_GUILESS_MAIN(ModelTypesTest)
#include "tst_modeltypes.moc"
