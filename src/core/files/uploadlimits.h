#pragma once

#include <QtGlobal>

namespace Ids::Core::UploadLimits {

// The limits the app checks before sending, in one place (api-contract.md §4, reliability-rules.md R24–R25).
constexpr qint64 WarnFileBytes = 10LL * 1024 * 1024; // above: a warning; Ideogram's other endpoints cap at 10 MB
// Above: refused, checked after conversion (api-contract.md §4; 25 MB is the web app's limit per image, the API's is
// unknown). A ZIP above it is not sent whole: its files go one by one.
constexpr qint64 MaxFileBytes = 25LL * 1024 * 1024;
constexpr int DownscaleLongSide = 4096; // the one-click "Make smaller": pixels on the longest side
constexpr int MinShortSide = 512; // below: a warning, too small to teach a model much
constexpr int JpegQuality = 92; // HEIC/AVIF and re-encoded photos (PNG when the image has transparency)
constexpr int MaxImagesPerDataset = 100;
constexpr int MinImagesToTrain = 15;
constexpr qint64 MaxCaptionBytes = 10 * 1024;
constexpr int MaxFilesPerBatch = 20; // so that one failed request costs little
constexpr qint64 MaxBatchBytes = 40LL * 1024 * 1024;
constexpr int MaxFolderFiles = 2000; // files taken from dropped folders, in total

} // namespace Ids::Core::UploadLimits
