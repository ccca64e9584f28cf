#pragma once

#include <core/files/filesniffer.h>

#include <QByteArrayView>
#include <QImage>
#include <QString>

namespace Ids::Imaging {

// Decodes an image the app can convert: JPEG and PNG with Qt's readers, HEIC/HEIF/AVIF with libheif (its
// primary image, with the file's own rotation and mirroring applied). Thread-safe and blocking: for
// worker threads only. A null image and an untranslated error when the bytes cannot be decoded.
class ImageDecoder final
{
public:
    // Images that declare more pixels than this are refused before any memory is taken (a "pixel bomb").
    static constexpr qint64 MaxPixels = 200LL * 1000 * 1000;

    // maxEdge > 0: the decoder may return a smaller image whose longest side is about maxEdge (a thumbnail;
    // libheif's embedded thumbnail is used when it is large enough).
    static QImage decode(QByteArrayView bytes, Core::FileKind kind, QString *error, int maxEdge = 0);
    // The EXIF orientation (1–8) applied: the result is upright.
    static QImage upright(const QImage &image, int orientation);
};

} // namespace Ids::Imaging
