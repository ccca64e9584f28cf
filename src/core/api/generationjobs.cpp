#include "generationjobs.h"

#include "apiclient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ids::Core {

namespace {

// A field's value as a multipart text part: strings as they are, numbers in JSON's spelling.
QByteArray textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QByteArray::number(qint64(number))
                                                : QByteArray::number(number, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QByteArray mimeTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("webp"))
        return "image/webp";
    return "image/jpeg";
}

} // namespace

GenerationCall GenerationCall::of(const GenerationOrder &order, const ApiClient *client, bool dryRun)
{
    GenerationCall call;
    call.request.method = "POST";
    call.request.path = Generation::pathOf(order);
    if (dryRun) {
        call.request.query.addQueryItem(QStringLiteral("dry_run"), QStringLiteral("true"));
        // Nothing is made or billed: a lost answer is asked again, like a read (reliability-rules.md R36).
        call.request.repeatable = true;
    } else {
        // Ideogram draws for a while before the first byte of the answer.
        call.request.timeouts = client->generationTimeouts();
    }
    const auto *v3 = std::get_if<Generation3Request>(&order);
    if (v3 && v3->remix) {
        const QJsonObject fields = v3->fields();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            call.parts.append(MultipartBody::Part::field(it.key().toUtf8(), textOf(it.value())));
        MultipartBody::Part image;
        image.filePath = v3->remix->path;
        image.fieldName = "image";
        // Only the base name travels, without anything a header could choke on (reliability-rules.md R27).
        image.sentName = QFileInfo(v3->remix->path).fileName().remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
        image.mimeType = mimeTypeOf(v3->remix->path);
        call.parts.append(image);
        return call;
    }
    call.request.contentType = "application/json";
    const QJsonObject body = v3 ? v3->fields() : std::get<Generation4Request>(order).body();
    call.request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call;
}

QIODevice *GenerationCall::makeBody(QString *problem) const
{
    QList<MultipartBody::Part> sized = parts;
    for (MultipartBody::Part &part : sized) {
        if (part.isText())
            continue;
        // Read when the request leaves, on the thread that sends it: a stat, not the file's bytes.
        const QFileInfo info(part.filePath);
        if (!info.isFile() || !info.isReadable()) {
            *problem = QStringLiteral("%1 cannot be read").arg(info.fileName());
            return nullptr;
        }
        if (info.size() > RemixImage::MaxBytes) {
            *problem = QStringLiteral("%1 is larger than 50 MB").arg(info.fileName());
            return nullptr;
        }
        part.size = info.size();
        part.modified = info.lastModified();
    }
    return new MultipartBody(sized);
}

Generate4Job::Generate4Job(ApiClient *client, const Generation4Request &request, QObject *parent)
    : GenerationCallJob(client, GenerationCall::of(request, client, false), "generation", &GenerationResponse::fromJson,
                        parent)
{
    setErrorSource(ApiError::Source::Generation);
}

Generate3Job::Generate3Job(ApiClient *client, const Generation3Request &request, QObject *parent)
    : GenerationCallJob(client, GenerationCall::of(request, client, false), "generation", &GenerationResponse::fromJson,
                        parent)
{
    Q_ASSERT(!request.remix);
    setErrorSource(ApiError::Source::Generation);
}

Remix3Job::Remix3Job(ApiClient *client, const Generation3Request &request, QObject *parent)
    : GenerationCallJob(client, GenerationCall::of(request, client, false), "remix", &GenerationResponse::fromJson,
                        parent)
{
    Q_ASSERT(request.remix);
    setErrorSource(ApiError::Source::Generation);
}

PriceQuoteJob::PriceQuoteJob(ApiClient *client, const GenerationOrder &order, QObject *parent)
    : GenerationCallJob(client, GenerationCall::of(order, client, true), "price quote", &PriceQuote::fromJson, parent)
{ }

GenerationCallJob<GenerationResponse> *makeGenerationJob(ApiClient *client, const GenerationOrder &order,
                                                         QObject *parent)
{
    if (const auto *v4 = std::get_if<Generation4Request>(&order))
        return new Generate4Job(client, *v4, parent);
    const auto &v3 = std::get<Generation3Request>(order);
    if (v3.remix)
        return new Remix3Job(client, v3, parent);
    return new Generate3Job(client, v3, parent);
}

} // namespace Ids::Core
