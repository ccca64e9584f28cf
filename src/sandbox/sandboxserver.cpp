#include "sandboxserver.h"

#include "pngmaker.h"
#include "randomfaults.h"
#include "sandboxjson.h"
#include "sandboxrules.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace Ids::Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "ids.sandbox", QtInfoMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_uptime.start();
}

void SandboxServer::addImages(const QString &datasetId, int n)
{
    QList<MultipartPart> parts;
    for (int i = 1; i <= n; ++i) {
        MultipartPart part;
        part.name = "files";
        part.fileName = QStringLiteral("image-%1.png").arg(i, 2, 10, QLatin1Char('0'));
        part.contentType = "image/png";
        part.data = makePng(32, 32, quint32(i)); // a real image, whatever checks the sandbox applies
        parts.append(part);
    }
    QMultiHash<QString, QString> noRejections;
    m_state.upload(datasetId, parts, noRejections);
}

Core::CustomModel SandboxServer::addTrainingModel(const QString &name, const QString &datasetId)
{
    const Core::CustomModel model = m_models.add(name, datasetId, now());
    m_state.addModelId(datasetId, model.id);
    return model;
}

Core::CustomModel SandboxServer::addCompletedModel(const QString &name, const QString &datasetId, int ageSeconds,
                                                   Core::ModelFamily family)
{
    const Core::CustomModel model = m_models.add(name, datasetId, now(), ageSeconds, family);
    m_models.scriptStatuses(model.id, {QStringLiteral("COMPLETED")});
    m_state.addModelId(datasetId, model.id);
    return *m_models.read(model.id, now());
}

SandboxServer::~SandboxServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_silentSockets)) {
        if (socket)
            socket->abort();
    }
}

bool SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

int SandboxServer::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    return int(std::count_if(m_received.cbegin(), m_received.cend(), [&](const QPair<QByteArray, QString> &seen) {
        return seen.first == method && seen.second.startsWith(pathPrefix);
    }));
}

int SandboxServer::quoteRequestCount(const QString &pathPrefix) const
{
    return int(std::count_if(m_quotesReceived.cbegin(), m_quotesReceived.cend(),
                             [&](const QString &path) { return path.startsWith(pathPrefix); }));
}

int SandboxServer::exactRequestCount(const QByteArray &method, const QString &path) const
{
    return int(std::count(m_received.cbegin(), m_received.cend(), qMakePair(method, path)));
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Call call;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = request.query();
    call.body = request.body();
    call.apiKey = request.value("api-key");
    call.contentType = request.value("content-type");
    if (call.method == "POST" && call.query.queryItemValue(QStringLiteral("dry_run")) == QLatin1String("true")) {
        m_quotesReceived.append(call.path);
        m_lastQuoteBodies.insert(call.path, call.body);
    } else {
        m_received.append({call.method, call.path});
        if (call.method == "POST") {
            m_lastBodies.insert(call.path, call.body);
            m_lastContentTypes.insert(call.path, call.contentType);
        }
    }
    if (!call.apiKey.isEmpty())
        m_receivedKeys.insert(QString::fromLatin1(call.apiKey));
    qCDebug(lcSandbox) << call.method << call.path;

    if (m_randomFaults && handleSoak(call, socket))
        return true;
    const bool quote = call.query.queryItemValue(QStringLiteral("dry_run")) == QLatin1String("true");
    const auto faultIt = std::find_if(m_faults.begin(), m_faults.end(), [&](const PendingFault &pending) {
        return pending.method == call.method && pending.path == call.path
            && (pending.fault.applies == Fault::Applies::Quotes) == quote;
    });
    if (faultIt != m_faults.end()) {
        const Fault fault = faultIt->fault;
        m_faults.erase(faultIt);
        applyFault(fault, call, socket);
        return true;
    }
    if (m_randomFaults) {
        if (const std::optional<Fault> fault = m_randomFaults->draw()) {
            applyFault(*fault, call, socket);
            return true;
        }
    }
    handle(call, socket);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, error(404, QStringLiteral("Not found")));
}

void SandboxServer::rejectFile(const QString &fileName, const QString &failureReason, int times)
{
    for (int i = 0; i < times; ++i)
        m_rejections.insert(fileName, failureReason);
}

void SandboxServer::handle(const Call &call, QTcpSocket *socket, bool applyOnly)
{
    const Reply reply = route(call);
    if (applyOnly)
        return;
    const bool isUpload = call.method == "POST" && call.path.endsWith(QLatin1String("/upload_assets"));
    if (isUpload && m_uploadResponseDelayMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(m_uploadResponseDelayMs, this, [guarded, reply] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                write(guarded, reply);
        });
        return;
    }
    write(socket, reply);
}

SandboxServer::Reply SandboxServer::route(const Call &call, int applyFiles)
{
    const QStringList parts = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // Generated images are fetched from their (signed, expiring) address without the key, like a CDN's.
    if (parts.size() == 2 && parts.first() == QLatin1String("images") && call.method == "GET") {
        const auto image = m_images.constFind(parts.at(1));
        if (image == m_images.cend())
            return error(404, QStringLiteral("Not found"));
        return Reply {200, *image, "image/png", {}};
    }
    const bool isDescribe = call.path == QLatin1String("/describe") || call.path == QLatin1String("/v1/ideogram-v4/describe");
    if (isDescribe) {
        if (call.apiKey.isEmpty() || QString::fromLatin1(call.apiKey) != m_acceptedKey)
            return error(401, QStringLiteral("Invalid or missing API key"));
        if (call.method != "POST")
            return error(405, QStringLiteral("Method not allowed"));
        return describe(call, call.path != QLatin1String("/describe"));
    }
    const bool isModelCall = !parts.isEmpty()
        && (parts.first() == QLatin1String("models") || parts.first() == QLatin1String("v1")
            || parts.first() == QLatin1String("v2"));
    if (isModelCall) {
        if (call.apiKey.isEmpty() || QString::fromLatin1(call.apiKey) != m_acceptedKey)
            return error(401, QStringLiteral("Invalid or missing API key"));
        return routeModels(call, parts);
    }
    const bool isUpload = parts.size() == 3 && parts.at(2) == QLatin1String("upload_assets");
    const bool known =
        (!parts.isEmpty() && parts.first() == QLatin1String("datasets") && (parts.size() <= 2 || isUpload));
    if (!known)
        return error(404, QStringLiteral("Not found"));
    if (call.apiKey.isEmpty() || QString::fromLatin1(call.apiKey) != m_acceptedKey)
        return error(401, QStringLiteral("Invalid or missing API key"));

    if (parts.size() == 1) {
        if (call.method == "GET") {
            const QString search = call.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
            if (search.size() > SandboxState::MaxSearchLength)
                return error(400, QStringLiteral("search must be at most 64 characters"));
            return json(200, Json::datasetList(m_state.datasets(search)));
        }
        if (call.method == "POST") {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return error(400, QStringLiteral("The request body must be a JSON object"));
            const QJsonValue name = document.object().value(QStringLiteral("name"));
            if (!name.isString())
                return error(400, QStringLiteral("name is required and must be a string"));
            if (name.toString().trimmed().isEmpty())
                return error(400, QStringLiteral("name must not be empty"));
            return json(200, Json::dataset(m_state.createDataset(name.toString())));
        }
        return error(405, QStringLiteral("Method not allowed"));
    }

    if (isUpload) {
        if (call.method != "POST")
            return error(405, QStringLiteral("Method not allowed"));
        return upload(call, parts.at(1), applyFiles);
    }
    if (call.method != "GET")
        return error(405, QStringLiteral("Method not allowed"));
    if (!m_state.dataset(parts.at(1)))
        return error(404, QStringLiteral("Dataset not found"));
    return json(200, Json::datasetDetail(m_state.detail(parts.at(1))));
}

SandboxServer::Reply SandboxServer::upload(const Call &call, const QString &datasetId, int applyFiles)
{
    if (!m_state.dataset(datasetId))
        return error(404, QStringLiteral("Dataset not found"));
    QString parseError;
    std::optional<QList<MultipartPart>> parts = parseMultipart(call.contentType, call.body, &parseError);
    if (!parts)
        return error(400, parseError);
    QList<MultipartPart> files;
    for (const MultipartPart &part : std::as_const(*parts)) {
        if (part.name == "files")
            files.append(part);
    }
    if (files.isEmpty())
        return error(400, QStringLiteral("at least one part named \"files\" is required"));
    m_uploadedPartCount += int(files.size());
    for (const MultipartPart &part : std::as_const(files))
        m_uploadedNames[datasetId].append(part.fileName);
    if (applyFiles >= 0)
        files = files.mid(0, applyFiles);
    return json(200, Json::uploadSummary(m_state.upload(datasetId, files, m_rejections)));
}

SandboxServer::Reply SandboxServer::routeModels(const Call &call, const QStringList &parts)
{
    const qint64 now = this->now();
    if (parts.first() == QLatin1String("models")) {
        if (call.method != "GET")
            return error(405, QStringLiteral("Method not allowed"));
        if (parts.size() == 1) {
            const QString scope = call.query.queryItemValue(QStringLiteral("scope"));
            if (!scope.isEmpty() && scope != QLatin1String("owned") && scope != QLatin1String("shared"))
                return error(400, QStringLiteral("scope must be owned or shared"));
            const QStringList statuses = call.query.allQueryItemValues(QStringLiteral("status"));
            QList<Core::CustomModel> listed;
            for (const Core::CustomModel &model : m_models.models(now)) {
                if ((scope == QLatin1String("owned") && !model.owned)
                    || (scope == QLatin1String("shared") && model.owned))
                    continue;
                // The status filter applies to owned models only (api-contract.md E6).
                if (!statuses.isEmpty() && model.owned && !statuses.contains(model.status))
                    continue;
                listed.append(model);
            }
            return json(200, Json::modelList(listed));
        }
        if (parts.size() == 2) {
            const std::optional<Core::CustomModel> model = m_models.read(parts.at(1), now);
            if (!model)
                return error(404, QStringLiteral("Model not found"));
            return json(200, Json::modelDetail(*model));
        }
        return error(404, QStringLiteral("Not found"));
    }
    const QString operation = parts.mid(1).join(QLatin1Char('/'));
    const auto post = [&](auto handle) {
        return call.method == "POST" ? handle() : error(405, QStringLiteral("Method not allowed"));
    };
    if (parts.first() == QLatin1String("v1") && isTrainOperation(operation))
        return post([&] { return train(call, operation); });
    if (parts.first() == QLatin1String("v2")) {
        if (operation == QLatin1String("image/generate/ideogram-4-custom-model"))
            return post([&] { return generation(call, GenerationEndpoint::Generate4); });
        if (operation == QLatin1String("image/generate/ideogram-3-custom-model"))
            return post([&] { return generation(call, GenerationEndpoint::Generate3); });
        if (operation == QLatin1String("image/remix/ideogram-3-custom-model"))
            return post([&] { return generation(call, GenerationEndpoint::Remix3); });
    }
    return error(404, QStringLiteral("Not found"));
}

SandboxServer::Reply SandboxServer::json(int status, const QJsonObject &object)
{
    return Reply {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

SandboxServer::Reply SandboxServer::error(int status, const QString &message)
{
    return json(status, Json::error(message));
}

void SandboxServer::write(QTcpSocket *socket, const Reply &reply, qsizetype truncateAt)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(truncateAt >= 0 ? reply.body.left(truncateAt) : reply.body);
}

} // namespace Ids::Sandbox
