#pragma once

#include <core/files/uploadreview.h>

namespace Ids::Imaging {

// One file's convert/repack step: what the review decided (row.prepare), done into workDir, so that the
// file sent is exactly what the review then checks (size after conversion). Converted images are JPEG at
// UploadLimits::JpegQuality or PNG, upright, without EXIF (Qt's writers write none, so no rotation tag is
// left to apply twice); captions are UTF-8 without BOM with LF line ends; a ZIP entry is copied out of the
// archive as it is. Blocking: run it on a worker thread (FilePreparer does). The file is written under the
// row's send name in a folder of its own inside workDir.
Core::PreparedFile prepareFile(const Core::ReviewRow &row, const QString &workDir);

} // namespace Ids::Imaging
