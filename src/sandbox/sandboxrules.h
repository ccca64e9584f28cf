#pragma once

#include <core/types/custommodel.h>

#include <QString>
#include <QtGlobal>

// Ideogram's rules as the sandbox applies them, in numbers and words of its own (api-contract.md §3–§5), not
// the client's UploadLimits, FailureReason or canGenerate(): the client is tested against the sandbox, so a
// change of a limit on one side has to show as a failing test, not move both sides at once.
namespace Ids::Sandbox::Rules {

constexpr int MaxImagesPerDataset = 100;
constexpr int MinImagesToTrain = 15;
constexpr qint64 MaxFileBytes = 25LL * 1024 * 1024; // the web app's limit; the API's is not documented

// failure_reason words of upload_assets (DatasetAssetFailureReason; INVALID_CAPTION_JSON since 2026-10).
inline const QString FailedSafetyCheck = QStringLiteral("FAILED_SAFETY_CHECK");
inline const QString FileTooLarge = QStringLiteral("FILE_TOO_LARGE");
inline const QString InternalError = QStringLiteral("INTERNAL_ERROR");
inline const QString InvalidCaption = QStringLiteral("INVALID_CAPTION");
inline const QString InvalidCaptionJson = QStringLiteral("INVALID_CAPTION_JSON");
inline const QString InvalidImage = QStringLiteral("INVALID_IMAGE");
inline const QString InvalidZip = QStringLiteral("INVALID_ZIP");
inline const QString TooManyImages = QStringLiteral("TOO_MANY_IMAGES");

// A model makes images only when it is COMPLETED, available for generation and registered (has a URI).
inline bool canGenerate(const Core::CustomModel &model)
{
    return model.status == QLatin1String("COMPLETED") && model.availableForGeneration
        && !model.customModelUri.isEmpty();
}

} // namespace Ids::Sandbox::Rules
