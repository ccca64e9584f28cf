#pragma once

#include "sandboxmodels.h"
#include "sandboxstate.h"

#include <QElapsedTimer>

#include <functional>

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QMultiHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QTcpSocket;

namespace Ids::Sandbox {

class RandomFaults;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

// A local Ideogram-compatible server on 127.0.0.1, for the app's --sandbox mode and for the tests. It
// answers the dataset endpoints as api-contract.md describes them, and test code can tell it to misbehave
// per request (fault injection), which is why it writes raw HTTP to the socket itself.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Fault
    {
        enum class Action {
            Respond, // answer status/body/headers instead of handling (after delayMs); nothing is applied
            DropBeforeApply, // close the connection without applying or answering
            DropAfterApply, // apply the request, then close without answering
            NeverAnswer, // keep the connection open and say nothing
            TruncatedBody, // apply, then send a 200 whose body stops halfway
            DelayThenRespond, // wait delayMs, then handle normally
            ApplySomeThenDrop, // an upload: store only the first applyFiles parts, then close without answering
            ApplyThenRespond, // apply the request, then answer status/body instead (a 500 after the work was done)
        };
        Action action = Action::Respond;
        int status = 500;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        int applyFiles = 0;
        // Which calls to the path it hits: real requests (the default) or price quotes (?dry_run=true), which
        // share the path of the generation they price.
        enum class Applies { Requests, Quotes };
        Applies applies = Applies::Requests;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(quint16 port = 0);
    QUrl baseUrl() const;
    // The address clients reach the sandbox by when it sits behind a front (a TLS proxy in the wire tests):
    // the addresses of generated images are made from it. Empty (the default): baseUrl().
    void setPublicBaseUrl(const QUrl &url) { m_publicBaseUrl = url; }

    static QString defaultApiKey() { return QStringLiteral("sandbox-0123456789abcdef"); }
    void setAcceptedApiKey(const QString &key) { m_acceptedKey = key; }

    // Requests received, including faulted ones; pathPrefix empty counts every path. Price quotes (a POST with
    // ?dry_run=true, which bills nothing) are not among them: quoteRequestCount() counts those.
    int requestCount(const QByteArray &method, const QString &pathPrefix = {}) const;
    int quoteRequestCount(const QString &pathPrefix = {}) const;
    // Every distinct Api-Key header value this server received (for tests that check which key went where).
    QSet<QString> receivedApiKeys() const { return m_receivedKeys; }
    // Requests received for exactly this path ("/datasets" counts the list, not "/datasets/{id}").
    int exactRequestCount(const QByteArray &method, const QString &path) const;
    QList<Core::Dataset> datasets() const { return m_state.datasets(); }
    Core::Dataset addDataset(const QString &name) { return m_state.createDataset(name); }
    void renameDataset(const QString &id, const QString &name) { m_state.rename(id, name); }
    // A dataset deleted elsewhere (on the website): the list stops returning it.
    void removeDataset(const QString &id) { m_state.remove(id); }
    void setZipAnswer(SandboxState::ZipAnswer answer) { m_state.setZipAnswer(answer); }
    QList<Core::DatasetFile> files(const QString &datasetId) const { return m_state.detail(datasetId).files; }

    // The next `times` uploads of this file name fail with this reason and are not stored.
    void rejectFile(const QString &fileName, const QString &failureReason, int times = 1);
    // Every upload is stored at once but answered after this long (Ideogram checking the files); 0: at once.
    void setUploadResponseDelay(int ms) { m_uploadResponseDelayMs = ms; }
    // Parts received by upload_assets, counted and named in the order they came, repeats included.
    int uploadedPartCount() const { return m_uploadedPartCount; }
    QStringList uploadedFileNames(const QString &datasetId) const { return m_uploadedNames.value(datasetId); }

    // Models: trainings advance with time (speed 10 ends one in about 2 s) or along a script of statuses,
    // one per read of GET /models/{id}.
    // The sandbox's clock in milliseconds: its uptime unless a test sets one it steps itself.
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }
    void setTrainingSpeed(double speed) { m_models.setSpeed(speed); }
    void scriptModelStatuses(const QString &modelId, const QStringList &statuses)
    {
        m_models.scriptStatuses(modelId, statuses);
    }
    // A model shared with the account (trained elsewhere: the app must ask for its family).
    Core::CustomModel addSharedModel(const QString &name, Core::ModelFamily family = Core::ModelFamily::V4)
    {
        return m_models.addShared(name, now(), family);
    }
    Core::ModelFamily familyOf(const QString &modelId) const { return m_models.family(modelId); }
    // n small PNG files stored in the dataset as if uploaded ("image-01.png"…), for tests that need a
    // dataset ready to train.
    void addImages(const QString &datasetId, int n);
    // A training of this dataset that has just started (the dataset gets its id).
    Core::CustomModel addTrainingModel(const QString &name, const QString &datasetId);
    // A finished model of this dataset, created ageSeconds ago (the dataset gets its id).
    Core::CustomModel addCompletedModel(const QString &name, const QString &datasetId, int ageSeconds = 0,
                                        Core::ModelFamily family = Core::ModelFamily::V3);
    QList<Core::CustomModel> models() const { return m_models.models(now()); }
    // The next n generated images are withheld by the pretend safety check.
    void withholdNextImages(int n) { m_withholdNext = n; }
    // Price quotes answered (requests with ?dry_run=true that passed every check).
    int quoteCount() const { return m_quoteCount; }
    // The body of the last request to this path (without the query), as received; quotes apart.
    QByteArray lastBody(const QString &path) const { return m_lastBodies.value(path); }
    QByteArray lastQuoteBody(const QString &path) const { return m_lastQuoteBodies.value(path); }
    QByteArray lastContentType(const QString &path) const { return m_lastContentTypes.value(path); }

    // Describe (api-contract.md §11, sandboxdescribe.cpp): POST /describe (plain text) and
    // /v1/ideogram-v4/describe (a structured 4.0 prompt), each with ?dry_run=true answered by a price quote
    // (api-contract.md §10; $0.01 and $0.02 per image, the sandbox's own catalogue). Every n-th describe (quotes not
    // counted) is answered 429 with Retry-After: 1 and not billed; 0 (the default) never.
    void setDescribeRateLimitEvery(int n) { m_describeRateLimitEvery = n; }
    // Describes run and billed (one per image); quotes and 429s are not billed.
    int billedDescribes() const { return m_billedDescribes; }
    static constexpr qint64 DescribeUsdMicros = 10000;
    static constexpr qint64 DescribeV4UsdMicros = 20000;

    void injectFault(const QByteArray &method, const QString &path, const Fault &fault, int times = 1);
    void clearFaults() { m_faults.clear(); }
    // The soak (bench/soak.sh): every request meets a random fault with this chance (randomfaults.h), and
    // GET /_soak/report answers what happened; POST /_soak/calm turns the faults off. Both are never faulted.
    void setRandomFaults(double rate, quint32 seed);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // A copy of what we need from a request: QHttpServerRequest is only valid during handleRequest().
    struct Call
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray apiKey;
        QByteArray contentType;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct PendingFault
    {
        QByteArray method;
        QString path;
        Fault fault;
    };

    Reply route(const Call &call, int applyFiles = -1);
    Reply upload(const Call &call, const QString &datasetId, int applyFiles);
    Reply routeModels(const Call &call, const QStringList &parts);
    enum class GenerationEndpoint { Generate4, Generate3, Remix3 };
    static bool isTrainOperation(const QString &operation);
    // sandboxtraining.cpp: the four train operations ("ideogram-v4/train-model-advanced"…).
    Reply train(const Call &call, const QString &operation);
    // sandboxgeneration.cpp: the v2 custom-model endpoints and their quotes.
    Reply generation(const Call &call, GenerationEndpoint endpoint);
    Reply describe(const Call &call, bool structured);
    void handle(const Call &call, QTcpSocket *socket, bool applyOnly = false);
    void applyFault(const Fault &fault, const Call &call, QTcpSocket *socket);
    bool handleSoak(const Call &call, QTcpSocket *socket);
    static void write(QTcpSocket *socket, const Reply &reply, qsizetype truncateAt = -1);
    static Reply json(int status, const QJsonObject &object);
    static Reply error(int status, const QString &message);

    SandboxState m_state;
    SandboxModels m_models;
    qint64 now() const { return m_clock ? m_clock() : m_uptime.elapsed(); }

    QElapsedTimer m_uptime;
    std::function<qint64()> m_clock;
    QHash<QString, QByteArray> m_images; // generated PNGs by file name, served without a key
    int m_withholdNext = 0;
    int m_describeRateLimitEvery = 0;
    int m_describeCalls = 0;
    int m_billedDescribes = 0;
    int m_quoteCount = 0;
    QHash<QString, QByteArray> m_lastBodies;
    QHash<QString, QByteArray> m_lastQuoteBodies;
    QHash<QString, QByteArray> m_lastContentTypes;
    quint32 m_imageCounter = 0;
    QString m_acceptedKey = defaultApiKey();
    quint16 m_port = 0;
    QUrl m_publicBaseUrl;
    QList<PendingFault> m_faults;
    std::shared_ptr<RandomFaults> m_randomFaults;
    QList<QPair<QByteArray, QString>> m_received;
    QStringList m_quotesReceived;
    QSet<QString> m_receivedKeys;
    QList<QPointer<QTcpSocket>> m_silentSockets;
    QMultiHash<QString, QString> m_rejections;
    QHash<QString, QStringList> m_uploadedNames;
    int m_uploadedPartCount = 0;
    int m_uploadResponseDelayMs = 0;
};

} // namespace Ids::Sandbox
