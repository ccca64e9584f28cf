// Image headers read without decoding (core/files/imageprobe): JPEG segments, PNG chunks, WebP chunks, EXIF
// TIFF blocks, and HEIF through libheif. Never a crash, and the promises below.
#include "fuzzoracle.h"

#include <core/files/imageprobe.h>

IDS_FUZZ_PROMISES("an orientation is always 1 to 8", "a header read as known has a positive size",
                  "upright sizes are the stored ones, swapped only for orientations 5 to 8");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Ids::Core;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int exif = ImageProbe::exifOrientation(bytes);
    IDS_FUZZ_KEEPS("an orientation is always 1 to 8", exif >= 1 && exif <= 8);
    // The first byte picks the kind, so that every reader sees every input shape.
    const FileKind kinds[] = {FileKind::Jpeg, FileKind::Png, FileKind::WebP, FileKind::Heif};
    const FileKind kind = size > 0 ? kinds[data[0] % 4] : FileKind::Jpeg;
    const QByteArrayView body = bytes.size() > 0 ? bytes.sliced(1) : bytes;
    const ImageInfo info = kind == FileKind::Heif ? ImageProbe::probeHeif(body) : ImageProbe::probe(body, kind);
    IDS_FUZZ_KEEPS("an orientation is always 1 to 8", info.orientation >= 1 && info.orientation <= 8);
    if (info.known) {
        IDS_FUZZ_KEEPS("a header read as known has a positive size", info.width > 0 && info.height > 0);
        const bool swapped = info.orientation >= 5;
        IDS_FUZZ_KEEPS("upright sizes are the stored ones, swapped only for orientations 5 to 8",
                       info.uprightWidth() == (swapped ? info.height : info.width)
                           && info.uprightHeight() == (swapped ? info.width : info.height));
    }
    return 0;
}
