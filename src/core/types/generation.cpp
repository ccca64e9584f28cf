#include "generation.h"

#include "jsonreader.h"
#include "resolutions.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Ids::Core {

namespace {

const QString SettingsFamily = QStringLiteral("family");
const QString StackKey = QStringLiteral("stacked_custom_models");

// The speed words of the v1 endpoint the app used before (sidecars of that time), as the v2 endpoints spell
// them: v2 has no flash or balanced, the nearest is taken.
QString speedFromV1(const QString &speed)
{
    const QString lower = speed.toLower();
    if (lower == QLatin1String("flash"))
        return QStringLiteral("turbo");
    if (lower == QLatin1String("balanced"))
        return QStringLiteral("default");
    return GenerationBasics::renderingSpeeds().contains(lower) ? lower : QString();
}

GenerationBasics basicsFrom(const QJsonObject &settings)
{
    GenerationBasics basics;
    basics.customModelUri = settings.value(QStringLiteral("custom_model_uri")).toString();
    basics.prompt = settings.value(QStringLiteral("prompt")).toString();
    basics.numImages = settings.value(QStringLiteral("num_images")).toInt(1);
    basics.renderingSpeed = speedFromV1(settings.value(QStringLiteral("rendering_speed")).toString());
    basics.magicPrompt = settings.value(QStringLiteral("magic_prompt")).toString().toLower();
    if (!GenerationBasics::magicPromptOptions().contains(basics.magicPrompt))
        basics.magicPrompt.clear();
    if (const QJsonValue seed = settings.value(QStringLiteral("seed")); seed.isDouble())
        basics.seed = qint64(seed.toDouble());
    return basics;
}

} // namespace

QStringList GenerationBasics::renderingSpeeds()
{
    return {QStringLiteral("turbo"), QStringLiteral("default"), QStringLiteral("quality")};
}

QStringList GenerationBasics::magicPromptOptions()
{
    return {QStringLiteral("auto"), QStringLiteral("on"), QStringLiteral("off")};
}

QString GenerationBasics::problem() const
{
    if (customModelUri.isEmpty())
        return QCoreApplication::translate("Ids::Core::Generation", "This model cannot make images yet.");
    const QString trimmed = prompt.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Ids::Core::Generation", "Describe the image you want first.");
    if (trimmed.size() > MaxPromptLength)
        return QCoreApplication::translate("Ids::Core::Generation",
                                           "Shorten the prompt to at most %1 characters (now %2).")
            .arg(MaxPromptLength)
            .arg(trimmed.size());
    if (numImages < MinImages || numImages > MaxImages)
        return QCoreApplication::translate("Ids::Core::Generation", "Ask for between 1 and 8 images.");
    if (seed && (*seed < 0 || *seed > MaxSeed))
        return QCoreApplication::translate("Ids::Core::Generation",
                                           "The seed must be a whole number from 0 to 2147483647.");
    if (!renderingSpeed.isEmpty() && !renderingSpeeds().contains(renderingSpeed))
        return QCoreApplication::translate("Ids::Core::Generation", "Choose a speed.");
    if (!magicPrompt.isEmpty() && !magicPromptOptions().contains(magicPrompt))
        return QCoreApplication::translate("Ids::Core::Generation", "Choose whether Ideogram may improve the prompt.");
    return {};
}

void GenerationBasics::writeTo(QJsonObject &body) const
{
    body.insert(QStringLiteral("custom_model_uri"), customModelUri);
    body.insert(QStringLiteral("prompt"), prompt.trimmed());
    body.insert(QStringLiteral("num_images"), numImages);
    if (!renderingSpeed.isEmpty())
        body.insert(QStringLiteral("rendering_speed"), renderingSpeed);
    if (!magicPrompt.isEmpty())
        body.insert(QStringLiteral("magic_prompt"), magicPrompt);
    if (seed)
        body.insert(QStringLiteral("seed"), double(*seed));
}

QString Generation4Request::problem() const
{
    if (const QString basic = basics.problem(); !basic.isEmpty())
        return basic;
    if (!resolution.isEmpty() && !Resolutions::parse(resolution).isValid())
        return QCoreApplication::translate("Ids::Core::Generation", "Choose a size from the list.");
    if (stack.size() > MaxStacked)
        return QCoreApplication::translate("Ids::Core::Generation",
                                           "At most four models can be stacked under the main one.");
    QStringList seen;
    for (const StackedModel &entry : stack) {
        const QString name = entry.modelName.isEmpty() ? entry.customModelUri : entry.modelName;
        if (entry.customModelUri.isEmpty())
            return QCoreApplication::translate("Ids::Core::Generation", "“%1” cannot make images yet.").arg(name);
        if (entry.customModelUri == basics.customModelUri)
            return QCoreApplication::translate("Ids::Core::Generation",
                                               "“%1” is the main model: it cannot be stacked under itself.")
                .arg(name);
        if (seen.contains(entry.customModelUri))
            return QCoreApplication::translate("Ids::Core::Generation", "“%1” is in the stack twice.").arg(name);
        if (!std::isfinite(entry.weight) || entry.weight <= 0.0)
            return QCoreApplication::translate("Ids::Core::Generation", "The weight of “%1” must be above 0.")
                .arg(name);
        seen.append(entry.customModelUri);
    }
    return {};
}

QJsonObject Generation4Request::body() const
{
    QJsonObject body;
    basics.writeTo(body);
    if (!resolution.isEmpty())
        body.insert(QStringLiteral("resolution"), resolution);
    if (!stack.isEmpty()) {
        QJsonArray entries;
        for (const StackedModel &entry : stack)
            entries.append(QJsonObject {{QStringLiteral("custom_model_uri"), entry.customModelUri},
                                        {QStringLiteral("weight"), entry.weight}});
        body.insert(StackKey, entries);
    }
    return body;
}

QStringList Generation3Request::aspectRatios()
{
    return {QStringLiteral("1x1"),  QStringLiteral("4x3"),   QStringLiteral("3x4"),   QStringLiteral("16x9"),
            QStringLiteral("9x16"), QStringLiteral("3x2"),   QStringLiteral("2x3"),   QStringLiteral("4x5"),
            QStringLiteral("5x4"),  QStringLiteral("16x10"), QStringLiteral("10x16"), QStringLiteral("2x1"),
            QStringLiteral("1x2"),  QStringLiteral("3x1"),   QStringLiteral("1x3")};
}

QString Generation3Request::path() const
{
    return remix ? QStringLiteral("/v2/image/remix/ideogram-3-custom-model")
                 : QStringLiteral("/v2/image/generate/ideogram-3-custom-model");
}

QString Generation3Request::problem() const
{
    if (const QString basic = basics.problem(); !basic.isEmpty())
        return basic;
    if (!aspectRatios().contains(aspectRatio))
        return QCoreApplication::translate("Ids::Core::Generation", "Choose an aspect ratio.");
    if (remix) {
        if (remix->path.isEmpty())
            return QCoreApplication::translate("Ids::Core::Generation", "Choose the image to remix.");
        if (remix->weight < RemixImage::MinWeight || remix->weight > RemixImage::MaxWeight)
            return QCoreApplication::translate("Ids::Core::Generation", "The image weight must be from 1 to 100.");
    }
    return {};
}

QJsonObject Generation3Request::fields() const
{
    QJsonObject body;
    basics.writeTo(body);
    body.insert(QStringLiteral("aspect_ratio"), aspectRatio);
    if (!negativePrompt.trimmed().isEmpty())
        body.insert(QStringLiteral("negative_prompt"), negativePrompt.trimmed());
    if (remix)
        body.insert(QStringLiteral("image_weight"), remix->weight);
    return body;
}

namespace Generation {

ModelFamily familyOf(const GenerationOrder &order)
{
    return std::holds_alternative<Generation4Request>(order) ? ModelFamily::V4 : ModelFamily::V3;
}

const GenerationBasics &basicsOf(const GenerationOrder &order)
{
    return std::visit([](const auto &request) -> const GenerationBasics & { return request.basics; }, order);
}

GenerationBasics &basicsOf(GenerationOrder &order)
{
    return std::visit([](auto &request) -> GenerationBasics & { return request.basics; }, order);
}

QString pathOf(const GenerationOrder &order)
{
    return std::visit([](const auto &request) { return request.path(); }, order);
}

QString problemOf(const GenerationOrder &order)
{
    return std::visit([](const auto &request) { return request.problem(); }, order);
}

QJsonObject settingsOf(const GenerationOrder &order)
{
    QJsonObject settings;
    if (const auto *v4 = std::get_if<Generation4Request>(&order)) {
        settings = v4->body();
        // The names beside the addresses: the sidecar says which models made the image, in words.
        QJsonArray stack;
        for (const StackedModel &entry : v4->stack)
            stack.append(QJsonObject {{QStringLiteral("custom_model_uri"), entry.customModelUri},
                                      {QStringLiteral("weight"), entry.weight},
                                      {QStringLiteral("model_id"), entry.modelId},
                                      {QStringLiteral("model_name"), entry.modelName}});
        settings.insert(StackKey, stack);
    } else {
        const auto &v3 = std::get<Generation3Request>(order);
        settings = v3.fields();
        if (v3.remix)
            settings.insert(QStringLiteral("remix_image"), v3.remix->path);
    }
    settings.insert(SettingsFamily, Family::key(familyOf(order)));
    return settings;
}

std::optional<GenerationOrder> fromSettings(const QJsonObject &settings)
{
    // Sidecars written before families existed hold the flat fields of a 3.0 generation.
    const QJsonValue familyValue = settings.value(SettingsFamily);
    const ModelFamily family = familyValue.isUndefined()
        ? ModelFamily::V3
        : Family::fromKey(familyValue.toString()).value_or(ModelFamily::Unknown);
    if (family == ModelFamily::V4) {
        Generation4Request request;
        request.basics = basicsFrom(settings);
        request.resolution = settings.value(QStringLiteral("resolution")).toString();
        for (const QJsonValue &value : settings.value(StackKey).toArray()) {
            const QJsonObject entry = value.toObject();
            request.stack.append({entry.value(QStringLiteral("custom_model_uri")).toString(),
                                  entry.value(QStringLiteral("weight")).toDouble(StackedModel::DefaultWeight),
                                  entry.value(QStringLiteral("model_id")).toString(),
                                  entry.value(QStringLiteral("model_name")).toString()});
        }
        return request;
    }
    if (family == ModelFamily::V3) {
        Generation3Request request;
        request.basics = basicsFrom(settings);
        request.negativePrompt = settings.value(QStringLiteral("negative_prompt")).toString();
        const QString aspect = settings.value(QStringLiteral("aspect_ratio")).toString();
        if (Generation3Request::aspectRatios().contains(aspect))
            request.aspectRatio = aspect;
        if (const QString image = settings.value(QStringLiteral("remix_image")).toString(); !image.isEmpty())
            request.remix =
                RemixImage {image, settings.value(QStringLiteral("image_weight")).toInt(RemixImage::DefaultWeight)};
        return request;
    }
    return std::nullopt;
}

} // namespace Generation

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
    const std::optional<QString> generationId = reader.optionalString(QStringLiteral("generation_id"));
    const std::optional<qint64> seed = reader.optionalInteger(QStringLiteral("seed"));
    const std::optional<QString> created = reader.optionalString(QStringLiteral("created"));
    const std::optional<QJsonArray> data = reader.requiredArray(QStringLiteral("data"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    GenerationResponse response;
    response.generationId = generationId.value_or(QString());
    response.seed = seed;
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
    QJsonObject object {{QStringLiteral("data"), data}};
    if (!generationId.isEmpty())
        object.insert(QStringLiteral("generation_id"), generationId);
    if (seed)
        object.insert(QStringLiteral("seed"), double(*seed));
    if (!created.raw.isEmpty())
        object.insert(QStringLiteral("created"), created.toIsoString());
    return object;
}

} // namespace Ids::Core
