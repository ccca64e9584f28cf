#pragma once

#include <core/types/custommodel.h>
#include <core/types/modelfamily.h>

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

// Training settings (api-contract.md §9.1): training_steps 100–10000 in steps of 100, lora_rank 64 or 128,
// 0 < ema < 1, learning_rate > 0; 4.0 only: batch_size a power of two up to 32, base_variant one of two.
constexpr int MinTrainingSteps = 100;
constexpr int MaxTrainingSteps = 10000;
inline bool isBatchSize(qint64 size)
{
    return size == 1 || size == 2 || size == 4 || size == 8 || size == 16 || size == 32;
}
inline bool isBaseVariant(const QString &variant)
{
    return variant == QLatin1String("distilled_gd") || variant == QLatin1String("oldbase_farzad_fused");
}

// Generation (api-contract.md §9.3, §9.4): at most four stacked models, remix images up to 50 MB.
constexpr int MaxStackedModels = 4;
constexpr qint64 MaxRemixImageBytes = 50LL * 1024 * 1024;

// The price of one image in millionths of a dollar, from the catalogue of 2026-11-16 (api-contract.md §10):
// 4.0 $0.03 / $0.06 / $0.10 and 3.0 $0.03 / $0.06 / $0.09 for turbo / default / quality.
inline qint64 imagePriceMicros(Core::ModelFamily family, const QString &speed)
{
    const bool v4 = family == Core::ModelFamily::V4;
    if (speed == QLatin1String("turbo"))
        return 30000;
    if (speed == QLatin1String("quality"))
        return v4 ? 100000 : 90000;
    return 60000;
}

// A model makes images only when it is COMPLETED, available for generation and registered (has a URI).
inline bool canGenerate(const Core::CustomModel &model)
{
    return model.status == QLatin1String("COMPLETED") && model.availableForGeneration
        && !model.customModelUri.isEmpty();
}

} // namespace Ids::Sandbox::Rules
