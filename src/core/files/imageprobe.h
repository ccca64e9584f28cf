#pragma once

#include "filesniffer.h"

#include <QByteArrayView>
#include <QString>

namespace Ids::Core {

// What an image's header says, read without decoding a pixel (so it runs on every file of a review).
struct ImageInfo
{
    bool known = false; // the header was read; the rest is meaningful
    int width = 0; // as stored, before the orientation is applied
    int height = 0;
    int orientation = 1; // EXIF Orientation, 1–8 (1: upright; 5–8 swap width and height)
    bool hasAlpha = false;
    bool cmyk = false; // a JPEG in print colours (4 components)
    int bitDepth = 8; // per channel
    bool animated = false; // an animated WebP or PNG (APNG)
    QString problem; // untranslated; set when the file claims a kind its header then contradicts

    int uprightWidth() const { return orientation >= 5 ? height : width; }
    int uprightHeight() const { return orientation >= 5 ? width : height; }
    int shortSide() const { return std::min(width, height); }
    int longSide() const { return std::max(width, height); }
};

// Bytes of a file's head that hold the header of any image the app reads (an EXIF block may come first
// and is at most 64 KiB).
constexpr qsizetype ProbeHeadBytes = 160 * 1024;

class ImageProbe final
{
public:
    // JPEG, PNG and WebP, from the head of the file (ProbeHeadBytes is enough).
    static ImageInfo probe(QByteArrayView head, FileKind kind);
    // HEIC/HEIF/AVIF through libheif, from the whole file (the image's properties may sit anywhere in it).
    // The size is after the file's own rotation and mirroring (irot/imir), which libheif applies when it
    // decodes; orientation is then 1.
    static ImageInfo probeHeif(QByteArrayView wholeFile);
    // The EXIF Orientation of a TIFF-structured EXIF block ("II*\0…"/"MM\0*…"), 1 when absent or invalid.
    static int exifOrientation(QByteArrayView tiff);
};

} // namespace Ids::Core
