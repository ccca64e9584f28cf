#include "generation.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ids::Core {

QStringList GenerationRequest::aspectRatios()
{
    return {QStringLiteral("1x1"),  QStringLiteral("4x3"),   QStringLiteral("3x4"),   QStringLiteral("16x9"),
            QStringLiteral("9x16"), QStringLiteral("3x2"),   QStringLiteral("2x3"),   QStringLiteral("4x5"),
            QStringLiteral("5x4"),  QStringLiteral("16x10"), QStringLiteral("10x16"), QStringLiteral("2x1"),
            QStringLiteral("1x2"),  QStringLiteral("3x1"),   QStringLiteral("1x3")};
}

QStringList GenerationRequest::renderingSpeeds()
{
    return {QStringLiteral("FLASH"), QStringLiteral("TURBO"), QStringLiteral("BALANCED"), QStringLiteral("DEFAULT"),
            QStringLiteral("QUALITY")};
}

QString GenerationRequest::problem() const
{
    if (customModelUri.isEmpty())
        return QCoreApplication::translate("Ids::Core::GenerationRequest", "This model cannot make images yet.");
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("Ids::Core::GenerationRequest", "Describe the image you want first.");
    if (numImages < MinImages || numImages > MaxImages)
        return QCoreApplication::translate("Ids::Core::GenerationRequest", "Ask for between 1 and 8 images.");
    if (seed && (*seed < 0 || *seed > MaxSeed))
        return QCoreApplication::translate("Ids::Core::GenerationRequest",
                                           "The seed must be a whole number from 0 to 2147483647.");
    if (!aspectRatios().contains(aspectRatio) || !renderingSpeeds().contains(renderingSpeed))
        return QCoreApplication::translate("Ids::Core::GenerationRequest", "Choose an aspect ratio and a speed.");
    return {};
}

std::optional<GeneratedImage> GeneratedImage::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("generated image"));
    GeneratedImage image;
    image.url = reader.optionalString(QStringLiteral("url")).value_or(QString());
    image.prompt = reader.optionalString(QStringLiteral("prompt")).value_or(QString());
    image.resolution = reader.optionalString(QStringLiteral("resolution")).value_or(QString());
    image.seed = reader.optionalInteger(QStringLiteral("seed"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    const QJsonValue safe = object.value(QStringLiteral("is_image_safe"));
    if (!safe.isBool()) {
        if (error)
            *error = QStringLiteral("generated image: \"is_image_safe\" is not a boolean");
        return std::nullopt;
    }
    image.isImageSafe = safe.toBool();
    return image;
}

QJsonObject GeneratedImage::toJson() const
{
    QJsonObject object {{QStringLiteral("url"), url.isEmpty() ? QJsonValue() : QJsonValue(url)},
                        {QStringLiteral("prompt"), prompt},
                        {QStringLiteral("resolution"), resolution},
                        {QStringLiteral("is_image_safe"), isImageSafe}};
    if (seed)
        object.insert(QStringLiteral("seed"), double(*seed));
    return object;
}

std::optional<GenerationResponse> GenerationResponse::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("generation"));
    const std::optional<QString> created = reader.optionalString(QStringLiteral("created"));
    const std::optional<QJsonArray> data = reader.requiredArray(QStringLiteral("data"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    GenerationResponse response;
    if (created)
        response.created = ApiDateTime::parse(*created);
    response.images =
        readRows<GeneratedImage>(*data, SkippedRow::List::Images, &GeneratedImage::fromJson, &response.skipped);
    return response;
}

QJsonObject GenerationResponse::toJson() const
{
    QJsonArray data;
    for (const GeneratedImage &image : images)
        data.append(image.toJson());
    return QJsonObject {{QStringLiteral("created"), created.toIsoString()}, {QStringLiteral("data"), data}};
}

} // namespace Ids::Core
