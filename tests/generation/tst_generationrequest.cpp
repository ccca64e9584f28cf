// The generation requests (api-contract.md §9.3, §9.4): both bodies field by field with nothing extra, the
// stacking rules, the 4.0 sizes grouped by shape, and the settings a sidecar keeps to make an image again.
#include "core/types/custommodel.h"
#include "core/types/generation.h"
#include "core/types/resolutions.h"
#include "core/validation/stackrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Ids::Core;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

GenerationBasics basics()
{
    GenerationBasics basics;
    basics.customModelUri = QStringLiteral("model/main/version/1");
    basics.prompt = QStringLiteral("  a red shoe ");
    basics.numImages = 4;
    basics.renderingSpeed = QStringLiteral("quality");
    basics.magicPrompt = QStringLiteral("off");
    basics.seed = 42;
    return basics;
}

CustomModel model(const QString &id, bool finished = true)
{
    CustomModel model;
    model.id = id;
    model.name = QStringLiteral("Model %1").arg(id);
    model.status = finished ? QStringLiteral("COMPLETED") : QStringLiteral("TRAINING");
    model.availableForGeneration = finished;
    model.customModelUri = finished ? QStringLiteral("model/%1/version/1").arg(id) : QString();
    return model;
}

StackedModel entry(const CustomModel &model, double weight = 1.0)
{
    return {model.customModelUri, weight, model.id, model.name};
}

} // namespace

class GenerationRequestTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basics_problems_data();
    void basics_problems();
    void v4_body_exact();
    void v4_body_minimal();
    void v3_body_exact();
    void remix_fields();
    void paths();
    void stackRules_editor();
    void stackRules_request();
    void resolutions_groupedByShape();
    void settings_roundTrip_v4();
    void settings_roundTrip_remix();
    void settings_oldSidecar_isThreePointZero();
};

void GenerationRequestTest::basics_problems_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("seed"); // -1: none
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << "a shoe" << 1 << qint64(-1) << true;
    QTest::newRow("8 images, largest seed") << "a shoe" << 8 << qint64(2147483647) << true;
    QTest::newRow("seed 0") << "a shoe" << 1 << qint64(0) << true;
    QTest::newRow("blank prompt") << "   " << 1 << qint64(-1) << false;
    QTest::newRow("10000 characters") << QString(10000, QLatin1Char('a')) << 1 << qint64(-1) << true;
    QTest::newRow("10001 characters") << QString(10001, QLatin1Char('a')) << 1 << qint64(-1) << false;
    QTest::newRow("0 images") << "a shoe" << 0 << qint64(-1) << false;
    QTest::newRow("9 images") << "a shoe" << 9 << qint64(-1) << false;
    QTest::newRow("seed too big") << "a shoe" << 1 << qint64(2147483648LL) << false;
}

void GenerationRequestTest::basics_problems()
{
    QFETCH(QString, prompt);
    QFETCH(int, count);
    QFETCH(qint64, seed);
    QFETCH(bool, ok);
    GenerationBasics request;
    request.customModelUri = QStringLiteral("model/a/version/1");
    request.prompt = prompt;
    request.numImages = count;
    if (seed >= 0)
        request.seed = seed;
    QCOMPARE(request.problem().isEmpty(), ok);
}

void GenerationRequestTest::v4_body_exact()
{
    Generation4Request request;
    request.basics = basics();
    request.resolution = QStringLiteral("1440x2880");
    request.stack = {entry(model(QStringLiteral("b")), 0.5), entry(model(QStringLiteral("c")), 1.25)};
    QVERIFY(request.problem().isEmpty());
    QCOMPARE(compact(request.body()),
             QByteArray(R"({"custom_model_uri":"model/main/version/1","magic_prompt":"off","num_images":4,)"
                        R"("prompt":"a red shoe","rendering_speed":"quality","resolution":"1440x2880","seed":42,)"
                        R"("stacked_custom_models":[{"custom_model_uri":"model/b/version/1","weight":0.5},)"
                        R"({"custom_model_uri":"model/c/version/1","weight":1.25}]})"));
    // 4.0 takes no negative prompt, aspect ratio or style.
    for (const char *absent : {"negative_prompt", "aspect_ratio", "style_type", "image_weight"})
        QVERIFY(!request.body().contains(QLatin1String(absent)));
}

void GenerationRequestTest::v4_body_minimal()
{
    Generation4Request request;
    request.basics.customModelUri = QStringLiteral("model/main/version/1");
    request.basics.prompt = QStringLiteral("a shoe");
    QCOMPARE(compact(request.body()),
             QByteArray(R"({"custom_model_uri":"model/main/version/1","num_images":1,"prompt":"a shoe"})"));
}

void GenerationRequestTest::v3_body_exact()
{
    Generation3Request request;
    request.basics = basics();
    request.negativePrompt = QStringLiteral(" blur ");
    request.aspectRatio = QStringLiteral("16x9");
    QVERIFY(request.problem().isEmpty());
    QCOMPARE(compact(request.fields()),
             QByteArray(R"({"aspect_ratio":"16x9","custom_model_uri":"model/main/version/1","magic_prompt":"off",)"
                        R"("negative_prompt":"blur","num_images":4,"prompt":"a red shoe","rendering_speed":"quality",)"
                        R"("seed":42})"));
    request.negativePrompt = QStringLiteral("   ");
    QVERIFY(!request.fields().contains(QStringLiteral("negative_prompt")));
    request.aspectRatio = QStringLiteral("16:9");
    QVERIFY(!request.problem().isEmpty());
}

void GenerationRequestTest::remix_fields()
{
    Generation3Request request;
    request.basics = basics();
    request.remix = RemixImage {QStringLiteral("/tmp/a.png"), 70};
    QVERIFY(request.problem().isEmpty());
    QCOMPARE(request.fields().value(QStringLiteral("image_weight")).toInt(), 70);
    QVERIFY(!request.fields().contains(QStringLiteral("image"))); // the file is a part of its own
    request.remix->weight = 0;
    QVERIFY(!request.problem().isEmpty());
    request.remix->weight = 101;
    QVERIFY(!request.problem().isEmpty());
    request.remix->weight = 1;
    QVERIFY(request.problem().isEmpty());
    request.remix->path.clear();
    QVERIFY(!request.problem().isEmpty());
}

void GenerationRequestTest::paths()
{
    Generation3Request v3;
    QCOMPARE(Generation::pathOf(GenerationOrder(Generation4Request())),
             QStringLiteral("/v2/image/generate/ideogram-4-custom-model"));
    QCOMPARE(Generation::pathOf(GenerationOrder(v3)), QStringLiteral("/v2/image/generate/ideogram-3-custom-model"));
    v3.remix = RemixImage {QStringLiteral("/tmp/a.png")};
    QCOMPARE(Generation::pathOf(GenerationOrder(v3)), QStringLiteral("/v2/image/remix/ideogram-3-custom-model"));
    QCOMPARE(Generation::familyOf(GenerationOrder(v3)), ModelFamily::V3);
    QCOMPARE(Generation::familyOf(GenerationOrder(Generation4Request())), ModelFamily::V4);
}

void GenerationRequestTest::stackRules_editor()
{
    const CustomModel main = model(QStringLiteral("main"));
    const CustomModel b = model(QStringLiteral("b"));
    QVERIFY(StackRules::refusal(main, b, ModelFamily::V4, {}).isEmpty());
    QVERIFY(!StackRules::refusal(main, b, ModelFamily::V3, {}).isEmpty()); // a 3.0 model
    QVERIFY(!StackRules::refusal(main, b, ModelFamily::Unknown, {}).isEmpty()); // not known to be 4.0
    QVERIFY(!StackRules::refusal(main, model(QStringLiteral("t"), false), ModelFamily::V4, {}).isEmpty()); // unfinished
    QVERIFY(!StackRules::refusal(main, main, ModelFamily::V4, {}).isEmpty()); // the main model again
    QVERIFY(!StackRules::refusal(main, b, ModelFamily::V4, {entry(b)}).isEmpty()); // twice
    const QList<StackedModel> four {entry(model(QStringLiteral("c"))), entry(model(QStringLiteral("d"))),
                                    entry(model(QStringLiteral("e"))), entry(model(QStringLiteral("f")))};
    QVERIFY(StackRules::refusal(main, b, ModelFamily::V4, four.mid(0, 3)).isEmpty()); // a fourth: fine
    QVERIFY(!StackRules::refusal(main, b, ModelFamily::V4, four).isEmpty()); // a fifth: refused
    QVERIFY(StackRules::weightProblem(1.0).isEmpty());
    QVERIFY(StackRules::weightProblem(0.01).isEmpty());
    QVERIFY(!StackRules::weightProblem(0.0).isEmpty());
    QVERIFY(!StackRules::weightProblem(-1.0).isEmpty());
}

void GenerationRequestTest::stackRules_request()
{
    Generation4Request request;
    request.basics = basics();
    const CustomModel b = model(QStringLiteral("b"));
    request.stack = {entry(b)};
    QVERIFY(request.problem().isEmpty());
    request.stack = {entry(b), entry(b)};
    QVERIFY(!request.problem().isEmpty());
    request.stack = {entry(b, 0.0)};
    QVERIFY(!request.problem().isEmpty());
    request.stack = {{request.basics.customModelUri, 1.0, QStringLiteral("main"), QStringLiteral("Main")}};
    QVERIFY(!request.problem().isEmpty());
    request.stack.clear();
    for (const char *id : {"c", "d", "e", "f", "g"})
        request.stack.append(entry(model(QLatin1String(id))));
    QVERIFY(!request.problem().isEmpty());
    request.stack.removeLast();
    QVERIFY(request.problem().isEmpty());
}

void GenerationRequestTest::resolutions_groupedByShape()
{
    const QList<QSize> all = Resolutions::v4();
    QCOMPARE(all.size(), 36); // ResolutionV4 of Ideogram's OpenAPI file of 2026-07
    QCOMPARE(QSet<QSize>(all.cbegin(), all.cend()).size(), all.size());
    const QList<QSize> square = Resolutions::v4(Resolutions::Shape::Square);
    const QList<QSize> portrait = Resolutions::v4(Resolutions::Shape::Portrait);
    const QList<QSize> landscape = Resolutions::v4(Resolutions::Shape::Landscape);
    QCOMPARE(square.size() + portrait.size() + landscape.size(), all.size());
    QCOMPARE(square, (QList<QSize> {{2048, 2048}, {1024, 1024}}));
    for (const QSize &size : portrait)
        QVERIFY(size.height() > size.width());
    QCOMPARE(portrait.size(), landscape.size());
    QVERIFY(Resolutions::isV4(QStringLiteral("2048x2048")));
    QVERIFY(!Resolutions::isV4(QStringLiteral("2048x2047")));
    QCOMPARE(Resolutions::parse(QStringLiteral("4096x4096")), QSize(4096, 4096)); // unknown, still read
    QVERIFY(!Resolutions::parse(QStringLiteral("big")).isValid());
}

void GenerationRequestTest::settings_roundTrip_v4()
{
    Generation4Request request;
    request.basics = basics();
    request.basics.prompt = QStringLiteral("a red shoe");
    request.resolution = QStringLiteral("2048x2048");
    request.stack = {entry(model(QStringLiteral("b")), 0.5), entry(model(QStringLiteral("c")), 2.0)};
    const QJsonObject settings = Generation::settingsOf(request);
    QCOMPARE(settings.value(QStringLiteral("family")).toString(), QStringLiteral("4.0"));
    QCOMPARE(settings.value(QStringLiteral("stacked_custom_models"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("model_name")),
             QJsonValue(QStringLiteral("Model c")));
    const std::optional<GenerationOrder> back = Generation::fromSettings(settings);
    QVERIFY(back);
    QCOMPARE(std::get<Generation4Request>(*back), request);
}

void GenerationRequestTest::settings_roundTrip_remix()
{
    Generation3Request request;
    request.basics = basics();
    request.basics.prompt = QStringLiteral("a red shoe");
    request.negativePrompt = QStringLiteral("blur");
    request.aspectRatio = QStringLiteral("4x5");
    request.remix = RemixImage {QStringLiteral("/tmp/a.png"), 30};
    const std::optional<GenerationOrder> back = Generation::fromSettings(Generation::settingsOf(request));
    QVERIFY(back);
    QCOMPARE(std::get<Generation3Request>(*back), request);
    QVERIFY(!Generation::fromSettings({{QStringLiteral("family"), QStringLiteral("9.0")}}));
}

void GenerationRequestTest::settings_oldSidecar_isThreePointZero()
{
    // A sidecar of the v1 endpoint: flat fields, upper-case speed words.
    const QJsonObject old {{QStringLiteral("prompt"), QStringLiteral("a shoe")},
                           {QStringLiteral("aspect_ratio"), QStringLiteral("16x9")},
                           {QStringLiteral("rendering_speed"), QStringLiteral("BALANCED")},
                           {QStringLiteral("seed"), 7}};
    const std::optional<GenerationOrder> back = Generation::fromSettings(old);
    QVERIFY(back);
    const auto &v3 = std::get<Generation3Request>(*back);
    QCOMPARE(v3.basics.prompt, QStringLiteral("a shoe"));
    QCOMPARE(v3.aspectRatio, QStringLiteral("16x9"));
    QCOMPARE(v3.basics.renderingSpeed, QStringLiteral("default"));
    QCOMPARE(v3.basics.seed, std::optional<qint64>(7));
}

QTEST_GUILESS_MAIN(GenerationRequestTest)
#include "tst_generationrequest.moc"
