#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
{ }

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

void SandboxServer::injectFault(const QByteArray &method, const QString &path, const Fault &fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_faults.append({method, path, fault});
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
    m_received.append({call.method, call.path});
    qCDebug(lcSandbox) << call.method << call.path;

    const auto faultIt = std::find_if(m_faults.begin(), m_faults.end(), [&](const PendingFault &pending) {
        return pending.method == call.method && pending.path == call.path;
    });
    if (faultIt == m_faults.end()) {
        handle(call, socket);
        return true;
    }
    const Fault fault = faultIt->fault;
    m_faults.erase(faultIt);

    switch (fault.action) {
    case Fault::Action::Respond:
        write(socket, Reply {fault.status, fault.body, fault.contentType, fault.headers});
        break;
    case Fault::Action::DropBeforeApply:
        socket->abort();
        break;
    case Fault::Action::DropAfterApply:
        handle(call, socket, true);
        socket->abort();
        break;
    case Fault::Action::NeverAnswer:
        m_silentSockets.append(socket);
        break;
    case Fault::Action::TruncatedBody: {
        const Reply reply = route(call);
        write(socket, reply, reply.body.size() / 2);
        socket->disconnectFromHost();
        break;
    }
    case Fault::Action::ApplySomeThenDrop:
        route(call, fault.applyFiles);
        socket->abort();
        break;
    case Fault::Action::DelayThenRespond: {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(fault.delayMs, this, [this, call, guarded] {
            // Applied even if the client gave up waiting: that is the case this fault exists for.
            const Reply reply = route(call);
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                write(guarded, reply);
        });
        break;
    }
    }
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
            QJsonArray list;
            for (const Core::Dataset &dataset : m_state.datasets(search))
                list.append(dataset.toJson());
            return json(200, QJsonObject {{QStringLiteral("datasets"), list}});
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
            return json(200, m_state.createDataset(name.toString()).toJson());
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
    return json(200, m_state.detail(parts.at(1)).toJson());
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
    return json(200, m_state.upload(datasetId, files, m_rejections).toJson());
}

SandboxServer::Reply SandboxServer::json(int status, const QJsonObject &object)
{
    return Reply {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

SandboxServer::Reply SandboxServer::error(int status, const QString &message)
{
    return json(status, QJsonObject {{QStringLiteral("error"), message}});
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
