// The sandbox's answers against Ideogram's own example bodies (tests/data/ideogram): the same key names at
// every level, read from the wire with a plain QNetworkAccessManager, never through the client's types. With
// tst_contract (the client against the same examples) this replaces "the sandbox and the client agree", which
// held by construction while both used core's toJson/fromJson.
#include "../common/testimages.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using Ids::Sandbox::SandboxServer;

namespace {

// Every key path of a JSON value: "a", "a.b", "a[]", "a[].c" (an array's entries are merged).
void collectKeys(const QJsonValue &value, const QString &prefix, QSet<QString> *keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            keys->insert(path);
            collectKeys(it.value(), path, keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            collectKeys(entry, prefix + QStringLiteral("[]"), keys);
    }
}

QSet<QString> keysOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QSet<QString> keys;
    if (error.error == QJsonParseError::NoError)
        collectKeys(document.object(), {}, &keys);
    return keys;
}

QByteArray example(const QString &fileName)
{
    QFile file(QStringLiteral(IDS_TEST_DATA_DIR "/ideogram/") + fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The reply's body once it has finished; empty if it never does.
QByteArray bodyOf(QNetworkReply *reply)
{
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const QByteArray body = finished ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

QString sorted(const QSet<QString> &keys)
{
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace

class SandboxJsonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void answer_sameKeysAsIdeogramsExample_data();
    void answer_sameKeysAsIdeogramsExample();

private:
    QByteArray call(const QByteArray &method, const QString &path, const QByteArray &jsonBody = {});
    QByteArray upload(const QString &datasetId);
    QByteArray generate(const QString &modelUri);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void SandboxJsonTest::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void SandboxJsonTest::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QByteArray SandboxJsonTest::call(const QByteArray &method, const QString &path, const QByteArray &jsonBody)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Api-Key", SandboxServer::defaultApiKey().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, jsonBody);
    return bodyOf(reply);
}

QByteArray SandboxJsonTest::upload(const QString &datasetId)
{
    // One real PNG that is stored, and one the sandbox is told to refuse: both lists of the answer are filled.
    m_server->rejectFile(QStringLiteral("refused.png"), QStringLiteral("FAILED_SAFETY_CHECK"));
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const char *name : {"kept.png", "refused.png"}) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray(QByteArray("form-data; name=\"files\"; filename=\"") + name + '"'));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
        part.setBody(TestImages::png());
        multipart->append(part);
    }
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/datasets/%1/upload_assets").arg(datasetId));
    QNetworkRequest request(url);
    request.setRawHeader("Api-Key", SandboxServer::defaultApiKey().toLatin1());
    QNetworkReply *reply = m_network->post(request, multipart);
    multipart->setParent(reply);
    return bodyOf(reply);
}

QByteArray SandboxJsonTest::generate(const QString &modelUri)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QList<QPair<QByteArray, QByteArray>> fields {
        {"custom_model_uri", modelUri.toUtf8()}, {"prompt", "a beach"}, {"num_images", "2"}};
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray(QByteArray("form-data; name=\"") + name + '"'));
        part.setBody(value);
        multipart->append(part);
    }
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v2/image/generate/ideogram-3-custom-model"));
    QNetworkRequest request(url);
    request.setRawHeader("Api-Key", SandboxServer::defaultApiKey().toLatin1());
    QNetworkReply *reply = m_network->post(request, multipart);
    multipart->setParent(reply);
    return bodyOf(reply);
}

void SandboxJsonTest::answer_sameKeysAsIdeogramsExample_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("exampleFile");
    // Keys of the example the sandbox may leave out, each with the reason.
    QTest::addColumn<QStringList>("mayLack");
    // Keys the sandbox writes that the example lacks, each documented elsewhere (the newer endpoint's page).
    QTest::addColumn<QStringList>("mayAdd");
    QTest::newRow("list datasets") << "list"
                                   << "list_datasets.200.json" << QStringList() << QStringList();
    // A new dataset has no cover yet: Ideogram may leave the key out (api-contract.md §3).
    QTest::newRow("create dataset") << "create"
                                    << "create_dataset.200.json"
                                    << QStringList {QStringLiteral("cover_asset_identifier"),
                                                    QStringLiteral("cover_asset_identifier.asset_type"),
                                                    QStringLiteral("cover_asset_identifier.asset_id")}
                                    << QStringList();
    QTest::newRow("get dataset") << "detail"
                                 << "get_dataset.200.json" << QStringList() << QStringList();
    QTest::newRow("upload assets") << "upload"
                                   << "upload_dataset_assets.200.json" << QStringList() << QStringList();
    // "Only populated on the get-by-ID endpoint" (the schema's own words): a list carries no training runs.
    QStringList runs {QStringLiteral("models[].training_runs")};
    for (const char *key : {"creation_time", "last_update_time", "lora_rank", "num_chips", "training_run_id", "ema",
                            "training_steps", "learning_rate", "status"})
        runs << QStringLiteral("models[].training_runs[].") + QLatin1String(key);
    QTest::newRow("list models") << "models"
                                 << "list_custom_models.200.json" << runs << QStringList();
    QTest::newRow("get model") << "model"
                               << "get_custom_model.200.json" << QStringList() << QStringList();
    QTest::newRow("train") << "train"
                           << "train_model_v3.200.json" << QStringList() << QStringList();
    // Optional fields of a generated image the sandbox does not make (no style, no upscaling). The v2 custom-model
    // endpoint (api-contract.md §9.3, §9.4) answers with generation_id and seed instead of created; Ideogram's file has
    // no example of it, so the v1 answer, whose images have the same keys, is compared.
    QTest::newRow("generate") << "generate"
                              << "post_generate_image_v3.200.json"
                              << QStringList {QStringLiteral("data[].style_type"),
                                              QStringLiteral("data[].upscaled_resolution"), QStringLiteral("created")}
                              << QStringList {QStringLiteral("generation_id"), QStringLiteral("seed")};
    QTest::newRow("error body") << "error"
                                << "post_generate_image_v3.422.json" << QStringList() << QStringList();
}

void SandboxJsonTest::answer_sameKeysAsIdeogramsExample()
{
    QFETCH(QString, answer);
    QFETCH(QString, exampleFile);
    QFETCH(QStringList, mayLack);
    QFETCH(QStringList, mayAdd);

    // A dataset with files (so it has a cover), a model trained from it and finished, shown in every answer.
    const QString datasetId = m_server->addDataset(QStringLiteral("Shoes")).id;
    m_server->addImages(datasetId, 15);
    const auto model = m_server->addCompletedModel(QStringLiteral("acme shoes"), datasetId);
    const QString modelUri = m_server->models().first().customModelUri;
    QVERIFY(!modelUri.isEmpty());

    QByteArray body;
    if (answer == QLatin1String("list"))
        body = call("GET", QStringLiteral("/datasets"));
    else if (answer == QLatin1String("create"))
        body = call("POST", QStringLiteral("/datasets"), R"({"name":"New"})");
    else if (answer == QLatin1String("detail"))
        body = call("GET", QStringLiteral("/datasets/") + datasetId);
    else if (answer == QLatin1String("upload"))
        body = upload(datasetId);
    else if (answer == QLatin1String("models"))
        body = call("GET", QStringLiteral("/models"));
    else if (answer == QLatin1String("model"))
        body = call("GET", QStringLiteral("/models/") + model.id);
    else if (answer == QLatin1String("train"))
        body = call("POST", QStringLiteral("/v1/ideogram-v3/train-model"),
                    QByteArray(R"({"dataset_id":")") + datasetId.toLatin1() + R"(","model_name":"second model"})");
    else if (answer == QLatin1String("generate"))
        body = generate(modelUri);
    else if (answer == QLatin1String("error"))
        body = call("GET", QStringLiteral("/datasets/no-such-dataset"));

    const QSet<QString> sandbox = keysOf(body);
    const QSet<QString> ideogram = keysOf(example(exampleFile));
    QVERIFY2(!sandbox.isEmpty(), body.constData());
    QVERIFY(!ideogram.isEmpty());
    const QSet<QString> unknownToIdeogram = sandbox - ideogram - QSet<QString>(mayAdd.cbegin(), mayAdd.cend());
    const QSet<QString> missing = ideogram - sandbox - QSet<QString>(mayLack.cbegin(), mayLack.cend());
    QVERIFY2(
        unknownToIdeogram.isEmpty(),
        qPrintable(QStringLiteral("the sandbox writes keys Ideogram's example lacks: ") + sorted(unknownToIdeogram)));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("the sandbox leaves out: ") + sorted(missing)));
}

QTEST_MAIN(SandboxJsonTest)
#include "tst_sandboxjson.moc"
