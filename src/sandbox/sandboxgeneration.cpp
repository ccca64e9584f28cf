// The sandbox's v2 custom-model endpoints (api-contract.md §5, §9.3, §10): generate with a 4.0 model (JSON
// only, with stacking), generate and remix with a 3.0 model (JSON or multipart), each with ?dry_run=true for a
// price quote from the 2026-11 catalogue. Strict like a server driven by a schema: every field is checked for
// its documented name, type and range, a field the endpoint does not take is a 400 with a message, and a
// model of the other family is refused. The images are gradients with the shape of the asked size.
#include "pngmaker.h"
#include "sandboxfilecheck.h"
#include "sandboxjson.h"
#include "sandboxrules.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Ids::Sandbox {

namespace {

// Fields every custom-model endpoint takes (the optional ones the app never sends are accepted too).
const QStringList CommonFields {QStringLiteral("prompt"),
                                QStringLiteral("custom_model_uri"),
                                QStringLiteral("rendering_speed"),
                                QStringLiteral("magic_prompt"),
                                QStringLiteral("num_images"),
                                QStringLiteral("seed"),
                                QStringLiteral("private"),
                                QStringLiteral("enable_copyright_detection"),
                                QStringLiteral("target_collection_id"),
                                QStringLiteral("webhook_url"),
                                QStringLiteral("async")};
const QStringList StyleFields {QStringLiteral("negative_prompt"),
                               QStringLiteral("aspect_ratio"),
                               QStringLiteral("style_type"),
                               QStringLiteral("style_codes"),
                               QStringLiteral("style_preset"),
                               QStringLiteral("style_reference_images"),
                               QStringLiteral("style_reference_asset_identifiers"),
                               QStringLiteral("color_palette")};
const QStringList IntegerFields {QStringLiteral("num_images"), QStringLiteral("seed"), QStringLiteral("image_weight")};

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() == std::floor(value.toDouble());
}

// The ResolutionV4 values of Ideogram's OpenAPI file (2026-07), the sandbox's own copy.
bool isV4Resolution(const QString &resolution)
{
    static const QSet<QString> sizes = [] {
        QSet<QString> set;
        for (const char *size :
             {"2048x2048", "1440x2880", "2880x1440", "1664x2496", "2496x1664", "1792x2240", "2240x1792", "1440x2560",
              "2560x1440", "1600x2560", "2560x1600", "1728x2304", "2304x1728", "1296x3168", "3168x1296", "1152x2944",
              "2944x1152", "1248x3328", "3328x1248", "1280x3072", "3072x1280", "1024x3072", "3072x1024", "1024x1024",
              "896x1120",  "1120x896",  "864x1152",  "1152x864",  "832x1248",  "1248x832",  "800x1280",  "1280x800",
              "720x1280",  "1280x720",  "720x1440",  "1440x720"})
            set.insert(QLatin1String(size));
        return set;
    }();
    return sizes.contains(resolution);
}

bool isAspectRatio(const QString &ratio)
{
    static const QStringList ratios {QStringLiteral("1x3"),   QStringLiteral("3x1"),   QStringLiteral("1x2"),
                                     QStringLiteral("2x1"),   QStringLiteral("9x16"),  QStringLiteral("16x9"),
                                     QStringLiteral("10x16"), QStringLiteral("16x10"), QStringLiteral("2x3"),
                                     QStringLiteral("3x2"),   QStringLiteral("3x4"),   QStringLiteral("4x3"),
                                     QStringLiteral("4x5"),   QStringLiteral("5x4"),   QStringLiteral("1x1")};
    return ratios.contains(ratio);
}

// "16x9" → 1280x720: the sandbox's answer for an aspect ratio, about a megapixel, sides a multiple of 16.
QString resolutionFor(const QString &ratio)
{
    const QStringList parts = ratio.split(QLatin1Char('x'));
    const double a = parts.value(0).toDouble();
    const double b = parts.value(1).toDouble();
    if (a <= 0 || b <= 0)
        return QStringLiteral("1024x1024");
    const double scale = std::sqrt(1024.0 * 1024.0 / (a * b));
    const int width = int(std::lround(a * scale / 16.0)) * 16;
    const int height = int(std::lround(b * scale / 16.0)) * 16;
    return QStringLiteral("%1x%2").arg(width).arg(height);
}

} // namespace

SandboxServer::Reply SandboxServer::generation(const Call &call, GenerationEndpoint endpoint)
{
    const bool v4 = endpoint == GenerationEndpoint::Generate4;
    const bool remix = endpoint == GenerationEndpoint::Remix3;
    QJsonObject fields;
    QByteArray image;
    const bool multipart = call.contentType.startsWith("multipart/form-data");
    if (multipart) {
        if (v4)
            return error(400, QStringLiteral("This endpoint takes a JSON body (application/json)"));
        QString parseError;
        const std::optional<QList<MultipartPart>> parts = parseMultipart(call.contentType, call.body, &parseError);
        if (!parts)
            return error(400, parseError);
        for (const MultipartPart &part : *parts) {
            const QString name = QString::fromUtf8(part.name);
            if (name == QLatin1String("image")) {
                image = part.data;
                continue;
            }
            const QString text = QString::fromUtf8(part.data);
            if (IntegerFields.contains(name)) {
                bool ok = false;
                const qint64 number = text.toLongLong(&ok);
                if (!ok)
                    return error(400, QStringLiteral("%1 must be an integer").arg(name));
                fields.insert(name, double(number));
            } else {
                fields.insert(name, text);
            }
        }
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(400, QStringLiteral("The request body must be a JSON object"));
        fields = document.object();
    }

    QStringList allowed = CommonFields;
    if (v4)
        allowed << QStringLiteral("resolution") << QStringLiteral("stacked_custom_models");
    else
        allowed << QStringLiteral("resolution") << StyleFields;
    if (remix)
        allowed << QStringLiteral("image_weight") << QStringLiteral("image_asset_identifier");
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        if (v4 && StyleFields.contains(it.key()))
            return error(400, QStringLiteral("%1 is not accepted for Ideogram 4.0 custom models").arg(it.key()));
        if (it.key() == QLatin1String("stacked_custom_models"))
            return error(400, QStringLiteral("stacked_custom_models works only with Ideogram 4.0 custom models"));
        return error(400, QStringLiteral("Unknown field: %1").arg(it.key()));
    }
    for (const QString &integer : IntegerFields) {
        if (fields.contains(integer) && !isWholeNumber(fields.value(integer)))
            return error(400, QStringLiteral("%1 must be an integer").arg(integer));
    }

    const QJsonValue prompt = fields.value(QStringLiteral("prompt"));
    if (!prompt.isString() || prompt.toString().trimmed().isEmpty() || prompt.toString().size() > 10000)
        return error(400, QStringLiteral("prompt is required: 1 to 10000 characters"));
    static const QRegularExpression uriRule(QStringLiteral("^model/[^/]+/version/[^/]+$"));
    const QJsonValue uri = fields.value(QStringLiteral("custom_model_uri"));
    if (!uri.isString() || uri.toString().size() > 512 || !uriRule.match(uri.toString()).hasMatch())
        return error(400, QStringLiteral("custom_model_uri is required: model/<name>/version/<version>"));
    const std::optional<Core::CustomModel> model = m_models.byUri(uri.toString(), now());
    if (!model || !Rules::canGenerate(*model))
        return error(400, QStringLiteral("custom_model_uri does not name a model that is ready"));
    const Core::ModelFamily family = m_models.family(model->id);
    if (v4 && family != Core::ModelFamily::V4)
        return error(400,
                     QStringLiteral("custom_model_uri names an Ideogram 3.0 model: use "
                                    "/v2/image/generate/ideogram-3-custom-model"));
    if (!v4 && family != Core::ModelFamily::V3)
        return error(400,
                     QStringLiteral("custom_model_uri names an Ideogram 4.0 model: use "
                                    "/v2/image/generate/ideogram-4-custom-model"));
    const QString speed = fields.value(QStringLiteral("rendering_speed")).toString();
    if (fields.contains(QStringLiteral("rendering_speed"))
        && !QStringList {QStringLiteral("turbo"), QStringLiteral("default"), QStringLiteral("quality")}.contains(speed))
        return error(400, QStringLiteral("rendering_speed must be one of turbo, default, quality"));
    if (fields.contains(QStringLiteral("magic_prompt"))
        && !QStringList {QStringLiteral("auto"), QStringLiteral("on"), QStringLiteral("off")}.contains(
            fields.value(QStringLiteral("magic_prompt")).toString()))
        return error(400, QStringLiteral("magic_prompt must be one of auto, on, off"));
    const int count =
        fields.contains(QStringLiteral("num_images")) ? fields.value(QStringLiteral("num_images")).toInt() : 1;
    if (count < 1 || count > 8)
        return error(400, QStringLiteral("num_images must be between 1 and 8"));
    const QJsonValue seedValue = fields.value(QStringLiteral("seed"));
    if (fields.contains(QStringLiteral("seed")) && (seedValue.toDouble() < 0 || seedValue.toDouble() > 2147483647.0))
        return error(400, QStringLiteral("seed must be between 0 and 2147483647"));

    QString resolution;
    if (fields.contains(QStringLiteral("resolution"))) {
        resolution = fields.value(QStringLiteral("resolution")).toString();
        if (v4 && !isV4Resolution(resolution))
            return error(400, QStringLiteral("resolution must be one of the Ideogram 4.0 resolutions"));
    }
    if (!v4) {
        const QString ratio = fields.value(QStringLiteral("aspect_ratio")).toString(QStringLiteral("1x1"));
        if (!isAspectRatio(ratio))
            return error(400, QStringLiteral("aspect_ratio is not one Ideogram knows"));
        if (resolution.isEmpty())
            resolution = resolutionFor(ratio);
    }
    if (v4 && fields.contains(QStringLiteral("stacked_custom_models"))) {
        const QJsonValue stack = fields.value(QStringLiteral("stacked_custom_models"));
        if (!stack.isArray() || stack.toArray().isEmpty() || stack.toArray().size() > Rules::MaxStackedModels)
            return error(400, QStringLiteral("stacked_custom_models must hold 1 to 4 entries"));
        QStringList seen;
        for (const QJsonValue &value : stack.toArray()) {
            const QJsonObject entry = value.toObject();
            const QJsonValue entryUri = entry.value(QStringLiteral("custom_model_uri"));
            if (!value.isObject() || !entryUri.isString())
                return error(400, QStringLiteral("each stacked model needs a custom_model_uri"));
            for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
                if (it.key() != QLatin1String("custom_model_uri") && it.key() != QLatin1String("weight"))
                    return error(400, QStringLiteral("Unknown field in a stacked model: %1").arg(it.key()));
            }
            if (entry.contains(QStringLiteral("weight"))
                && (!entry.value(QStringLiteral("weight")).isDouble()
                    || !(entry.value(QStringLiteral("weight")).toDouble() > 0)))
                return error(400, QStringLiteral("a stacked model's weight must be a number greater than 0"));
            if (entryUri.toString() == uri.toString())
                return error(400, QStringLiteral("a stacked model must not repeat the main custom_model_uri"));
            if (seen.contains(entryUri.toString()))
                return error(400, QStringLiteral("a model is stacked twice"));
            seen.append(entryUri.toString());
            const std::optional<Core::CustomModel> stacked = m_models.byUri(entryUri.toString(), now());
            if (!stacked || !Rules::canGenerate(*stacked))
                return error(400, QStringLiteral("a stacked model is not a finished model of this account"));
            if (m_models.family(stacked->id) != Core::ModelFamily::V4)
                return error(400, QStringLiteral("only Ideogram 4.0 custom models can be stacked"));
        }
    }
    if (remix) {
        if (image.isEmpty())
            return error(400, QStringLiteral("image is required"));
        if (image.size() > Rules::MaxRemixImageBytes || !FileCheck::isImage(FileCheck::kindOf(image)))
            return error(400, QStringLiteral("image must be a JPEG, PNG or WebP of at most 50 MB"));
        const QJsonValue weight = fields.value(QStringLiteral("image_weight"));
        if (fields.contains(QStringLiteral("image_weight")) && (weight.toInt() < 1 || weight.toInt() > 100))
            return error(400, QStringLiteral("image_weight must be between 1 and 100"));
    }

    const QString billing = call.path.mid(1);
    if (call.query.queryItemValue(QStringLiteral("dry_run")) == QLatin1String("true")) {
        ++m_quoteCount;
        // Without a speed, Ideogram picks one the model supports: the price is an estimate, at most the dearest.
        if (speed.isEmpty())
            return json(200,
                        Json::priceQuote(billing, count,
                                         count * Rules::imagePriceMicros(family, QStringLiteral("default")),
                                         QStringLiteral("estimate"),
                                         count * Rules::imagePriceMicros(family, QStringLiteral("quality"))));
        return json(200,
                    Json::priceQuote(billing, count, count * Rules::imagePriceMicros(family, speed),
                                     QStringLiteral("exact"), 0));
    }
    if (resolution.isEmpty())
        resolution = QStringLiteral("2048x2048"); // "chosen from the prompt": the sandbox always chooses square
    const QStringList sides = resolution.split(QLatin1Char('x'));
    const double width = sides.value(0).toDouble();
    const double height = sides.value(1).toDouble();
    const double scale = 256.0 / std::max(width, height);
    const qint64 baseSeed = fields.contains(QStringLiteral("seed")) ? qint64(seedValue.toDouble())
                                                                    : qint64(m_imageCounter) * 7919 % 2147483647;
    QList<Json::Image> images;
    for (int i = 0; i < count; ++i) {
        Json::Image made {{}, prompt.toString(), resolution, baseSeed + i};
        if (m_withholdNext > 0) {
            --m_withholdNext;
        } else {
            const QString name = QStringLiteral("%1.png").arg(++m_imageCounter);
            m_images.insert(
                name, makePng(std::max(1, int(width * scale)), std::max(1, int(height * scale)), quint32(made.seed)));
            QUrl url = m_publicBaseUrl.isEmpty() ? baseUrl() : m_publicBaseUrl;
            url.setPath(QStringLiteral("/images/") + name);
            made.url = url.toString();
        }
        images.append(made);
    }
    return json(200, Json::generation(SandboxState::newId(), baseSeed, images));
}

} // namespace Ids::Sandbox
