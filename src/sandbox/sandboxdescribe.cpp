// The sandbox's describe operations (api-contract.md §11) with their price quotes (§10): a caption made
// from the image itself (its size and main colours), the same for the same picture on every run.
#include "multipartparser.h"
#include "sandboxjson.h"
#include "sandboxserver.h"

#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

namespace Ids::Sandbox {

namespace {

QString colourName(const QColor &colour)
{
    if (colour.saturation() < 40)
        return colour.value() > 200 ? QStringLiteral("white")
            : colour.value() < 60   ? QStringLiteral("black")
                                    : QStringLiteral("grey");
    const int hue = colour.hue();
    if (hue < 20 || hue >= 340)
        return QStringLiteral("red");
    if (hue < 45)
        return QStringLiteral("orange");
    if (hue < 70)
        return QStringLiteral("yellow");
    if (hue < 160)
        return QStringLiteral("green");
    if (hue < 260)
        return QStringLiteral("blue");
    return QStringLiteral("purple");
}

// The mean colour of each half of the picture: "mostly red, blue at the bottom".
QPair<QString, QString> colours(const QImage &image)
{
    const QImage small =
        image.scaled(8, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    QList<QColor> halves;
    for (int half = 0; half < 2; ++half) {
        qint64 r = 0, g = 0, b = 0;
        for (int y = half * 4; y < half * 4 + 4; ++y) {
            for (int x = 0; x < 8; ++x) {
                const QRgb pixel = small.pixel(x, y);
                r += qRed(pixel);
                g += qGreen(pixel);
                b += qBlue(pixel);
            }
        }
        halves.append(QColor(int(r / 32), int(g / 32), int(b / 32)));
    }
    return {colourName(halves.at(0)), colourName(halves.at(1))};
}

} // namespace

SandboxServer::Reply SandboxServer::describe(const Call &call, bool structured)
{
    QString parseError;
    const std::optional<QList<MultipartPart>> parts = parseMultipart(call.contentType, call.body, &parseError);
    if (!parts)
        return error(400, parseError);
    const auto image = std::find_if(parts->cbegin(), parts->cend(),
                                    [](const MultipartPart &part) { return part.name == "image_file"; });
    if (image == parts->cend())
        return error(400, QStringLiteral("image_file is required"));
    if (image->data.size() > 10 * 1024 * 1024)
        return error(400, QStringLiteral("image_file must be at most 10MB"));
    const QImage picture = QImage::fromData(image->data);
    if (picture.isNull())
        return error(400, QStringLiteral("image_file must be a JPEG, PNG or WebP image"));

    if (call.query.queryItemValue(QStringLiteral("dry_run")) == QLatin1String("true")) {
        const qint64 price = structured ? DescribeV4UsdMicros : DescribeUsdMicros;
        return json(200,
                    QJsonObject {{QStringLiteral("object"), QStringLiteral("price_quote")},
                                 {QStringLiteral("billing_identifier"),
                                  structured ? QStringLiteral("ideogram_v4_describe") : QStringLiteral("describe")},
                                 {QStringLiteral("quantity"), 1},
                                 {QStringLiteral("usd_micros"), double(price)},
                                 {QStringLiteral("credit_millis"), double(price / 10)},
                                 {QStringLiteral("qualifier"), QStringLiteral("exact")}});
    }
    ++m_describeCalls;
    if (m_describeRateLimitEvery > 0 && m_describeCalls % m_describeRateLimitEvery == 0) {
        Reply reply = error(429, QStringLiteral("Too many requests"));
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return reply;
    }
    ++m_billedDescribes;
    const auto [top, bottom] = colours(picture);
    const QString orientation = picture.width() > picture.height() ? QStringLiteral("landscape")
        : picture.width() < picture.height()                       ? QStringLiteral("portrait")
                                                                   : QStringLiteral("square");
    const QString text = top == bottom ? QStringLiteral("A %1 %2×%3 picture, mostly %4.")
                                             .arg(orientation)
                                             .arg(picture.width())
                                             .arg(picture.height())
                                             .arg(top)
                                       : QStringLiteral("A %1 %2×%3 picture, %4 at the top and %5 at the bottom.")
                                             .arg(orientation)
                                             .arg(picture.width())
                                             .arg(picture.height())
                                             .arg(top, bottom);
    if (!structured)
        return json(
            200,
            QJsonObject {{QStringLiteral("descriptions"), QJsonArray {QJsonObject {{QStringLiteral("text"), text}}}}});
    const QJsonObject prompt {
        {QStringLiteral("high_level_description"), text},
        {QStringLiteral("compositional_deconstruction"),
         QJsonObject {{QStringLiteral("background"), QStringLiteral("%1 background").arg(bottom)},
                      {QStringLiteral("elements"),
                       QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("obj")},
                                                {QStringLiteral("desc"), QStringLiteral("a %1 area").arg(top)}}}}}},
        {QStringLiteral("tags"), QJsonArray {top, bottom, orientation}},
    };
    return json(200, QJsonObject {{QStringLiteral("json_prompt"), prompt}});
}

} // namespace Ids::Sandbox
