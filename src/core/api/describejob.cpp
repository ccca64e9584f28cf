#include "describejob.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Ids::Core {

std::optional<DescribeAnswer> DescribeAnswer::fromJson(const QJsonObject &object, QString *error)
{
    DescribeAnswer answer;
    if (object.value(QStringLiteral("object")).toString() == QLatin1String("price_quote")) {
        answer.quote = PriceQuote::fromJson(object, error);
        return answer.quote ? std::optional<DescribeAnswer>(answer) : std::nullopt;
    }
    if (const QJsonValue prompt = object.value(QStringLiteral("json_prompt")); prompt.isObject()) {
        answer.structured = true;
        answer.text = QString::fromUtf8(QJsonDocument(prompt.toObject()).toJson(QJsonDocument::Compact));
        return answer;
    }
    const QJsonArray descriptions = object.value(QStringLiteral("descriptions")).toArray();
    const QString text =
        descriptions.isEmpty() ? QString() : descriptions.first().toObject().value(QStringLiteral("text")).toString();
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("describe: neither a price_quote, descriptions[0].text nor json_prompt");
        return std::nullopt;
    }
    answer.text = text.trimmed();
    return answer;
}

namespace {

ApiRequest describeRequest(const QByteArray &image, const QString &fileName, const QByteArray &mimeType,
                           bool structured, bool dryRun)
{
    const QByteArray boundary = "ids-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QString safeName = fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'))
        .replace(QLatin1Char('\r'), QLatin1Char('_'))
        .replace(QLatin1Char('\n'), QLatin1Char('_'));
    ApiRequest request;
    request.method = "POST";
    request.path = structured ? QStringLiteral("/v1/ideogram-v4/describe") : QStringLiteral("/describe");
    if (dryRun)
        request.query.addQueryItem(QStringLiteral("dry_run"), QStringLiteral("true"));
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image_file\"; filename=\""
        + safeName.toUtf8() + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n" + image + "\r\n--" + boundary + "--\r\n";
    return request;
}

} // namespace

DescribeJob::DescribeJob(ApiClient *client, const QByteArray &image, const QString &fileName,
                         const QByteArray &mimeType, bool structured, bool dryRun, QObject *parent)
    : JsonJob(client, describeRequest(image, fileName, mimeType, structured, dryRun), "describe",
              &DescribeAnswer::fromJson, parent)
{ }

} // namespace Ids::Core
