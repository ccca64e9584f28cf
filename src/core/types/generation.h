#pragma once

#include "apidatetime.h"
#include "skippedrow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ids::Core {

// What the user asks a custom model for (POST /v1/ideogram-v3/generate, api-contract.md §5.1).
struct GenerationRequest
{
    static constexpr int MinImages = 1;
    static constexpr int MaxImages = 8;
    static constexpr qint64 MaxSeed = 2147483647;

    QString customModelUri;
    QString prompt;
    QString negativePrompt; // empty: not sent
    QString aspectRatio = QStringLiteral("1x1");
    int numImages = 1;
    QString renderingSpeed = QStringLiteral("DEFAULT");
    std::optional<qint64> seed; // nullopt: Ideogram picks one

    static QStringList aspectRatios();
    static QStringList renderingSpeeds();
    // Empty when it may be sent, else the reason in a sentence.
    QString problem() const;
};

// One image of a generate answer. url is empty when the safety check withheld the image.
struct GeneratedImage
{
    QString url;
    QString prompt;
    QString resolution;
    bool isImageSafe = true;
    std::optional<qint64> seed;

    static std::optional<GeneratedImage> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

// An image entry that cannot be read is skipped (listed in skipped): the others are still downloaded.
struct GenerationResponse
{
    ApiDateTime created;
    QList<GeneratedImage> images;
    QList<SkippedRow> skipped; // never written by toJson()

    static std::optional<GenerationResponse> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

} // namespace Ids::Core
