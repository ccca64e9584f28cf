#pragma once

#include "apidatetime.h"
#include "modelfamily.h"
#include "skippedrow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Ids::Core {

// What every custom-model generation asks, whatever the family (api-contract.md §9.3): the parts each family's
// request is built from.
struct GenerationBasics
{
    static constexpr int MinImages = 1;
    static constexpr int MaxImages = 8;
    static constexpr qint64 MaxSeed = 2147483647;
    static constexpr int MaxPromptLength = 10000;

    QString customModelUri;
    QString prompt;
    int numImages = 1;
    QString renderingSpeed; // "turbo", "default", "quality"; empty: not sent, Ideogram picks one the model supports
    QString magicPrompt; // "auto", "on", "off"; empty: not sent
    std::optional<qint64> seed; // nullopt: Ideogram picks one

    static QStringList renderingSpeeds();
    static QStringList magicPromptOptions();
    // Empty when it may be sent, else the reason in a sentence.
    QString problem() const;
    // The shared fields into a body, each only when set; the prompt trimmed.
    void writeTo(QJsonObject &body) const;

    friend bool operator==(const GenerationBasics &, const GenerationBasics &) = default;
};

// One more 4.0 model blended under the main one (api-contract.md §9.4). Only the address and weight are sent;
// the id and name are kept for the sidecar and the editor.
struct StackedModel
{
    static constexpr double DefaultWeight = 1.0;

    QString customModelUri;
    double weight = DefaultWeight;
    QString modelId;
    QString modelName;

    friend bool operator==(const StackedModel &, const StackedModel &) = default;
};

// A generation with an Ideogram 4.0 model (E9, JSON only): no negative prompt, aspect ratio or style.
struct Generation4Request
{
    static constexpr int MaxStacked = 4;

    GenerationBasics basics;
    QString resolution; // one of the 4.0 sizes ("2048x2048"); empty: chosen from the prompt
    QList<StackedModel> stack; // 0–4 more finished 4.0 models, in blending order

    static QString path() { return QStringLiteral("/v2/image/generate/ideogram-4-custom-model"); }
    QString problem() const;
    QJsonObject body() const;

    friend bool operator==(const Generation4Request &, const Generation4Request &) = default;
};

// The image a 3.0 remix starts from: a file on this computer, streamed when the request leaves.
struct RemixImage
{
    static constexpr int MinWeight = 1;
    static constexpr int MaxWeight = 100;
    static constexpr int DefaultWeight = 50;
    static constexpr qint64 MaxBytes = 50LL * 1024 * 1024;

    QString path;
    int weight = DefaultWeight; // how much of the image is kept, 1–100

    friend bool operator==(const RemixImage &, const RemixImage &) = default;
};

// A generation with an Ideogram 3.0 model (E10), or a remix of an image with it (E11, multipart).
struct Generation3Request
{
    GenerationBasics basics;
    QString negativePrompt; // empty: not sent
    QString aspectRatio = QStringLiteral("1x1");
    std::optional<RemixImage> remix;

    static QStringList aspectRatios();
    QString path() const;
    QString problem() const;
    // The request's fields (without the remix image itself): the JSON body of E10, the text parts of E11.
    QJsonObject fields() const;

    friend bool operator==(const Generation3Request &, const Generation3Request &) = default;
};

// One generation as the panel asks for it: the family decides the endpoint.
using GenerationOrder = std::variant<Generation4Request, Generation3Request>;

namespace Generation {
ModelFamily familyOf(const GenerationOrder &order);
const GenerationBasics &basicsOf(const GenerationOrder &order);
GenerationBasics &basicsOf(GenerationOrder &order);
QString pathOf(const GenerationOrder &order);
QString problemOf(const GenerationOrder &order);
// The settings a sidecar keeps so the image can be made again: the family, the shared fields, the family's own
// (resolution and stack with weights; negative prompt, aspect ratio and the remix image).
QJsonObject settingsOf(const GenerationOrder &order);
// The order those settings describe (for "use these settings again"); nullopt when the family is unknown.
std::optional<GenerationOrder> fromSettings(const QJsonObject &settings);
} // namespace Generation

// One image of a generate answer. url is empty when the safety check withheld the image.
struct GeneratedImage
{
    QString url;
    QString prompt;
    QString resolution; // as sent, also a size the app's list does not know
    bool isImageSafe = true;
    std::optional<qint64> seed;

    static std::optional<GeneratedImage> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

// The answer of E9–E11: {generation_id, seed, data: [image]} (api-contract.md §9.3). Only data is needed (the
// app never asks for async results); generation_id, seed and created are kept when present.
struct GenerationResponse
{
    QString generationId;
    std::optional<qint64> seed;
    ApiDateTime created;
    QList<GeneratedImage> images;
    QList<SkippedRow> skipped; // never written by toJson()

    static std::optional<GenerationResponse> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

} // namespace Ids::Core
