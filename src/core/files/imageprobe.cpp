#include "imageprobe.h"

#include <QCoreApplication>
#include <QtEndian>

#include <libheif/heif.h>

#include <memory>

namespace Ids::Core {

namespace {

quint16 be16(QByteArrayView b, qsizetype at)
{
    return qFromBigEndian<quint16>(b.data() + at);
}

quint32 be32(QByteArrayView b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.data() + at);
}

quint32 le24(QByteArrayView b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16;
}

ImageInfo probeJpeg(QByteArrayView b)
{
    ImageInfo info;
    qsizetype at = 2;
    while (at + 4 <= b.size()) {
        if (quint8(b[at]) != 0xFF)
            return info; // not at a marker: a damaged or unusual stream; the decoder will say more
        const quint8 marker = quint8(b[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        const qsizetype length = be16(b, at + 2);
        if (length < 2)
            return info;
        const qsizetype segment = at + 4;
        const qsizetype segmentLength = length - 2;
        if (marker == 0xDA || marker == 0xD9)
            return info; // scan data or end before a frame header
        if (segment + segmentLength > b.size() && !(marker >= 0xC0 && marker <= 0xCF))
            return info; // cut in the middle of a segment: the head was too short
        if (marker == 0xE1 && segmentLength >= 14 && b.sliced(segment, 6) == QByteArrayView("Exif\0\0", 6)) {
            info.orientation = ImageProbe::exifOrientation(b.sliced(segment + 6, segmentLength - 6));
        } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (segment + 6 > b.size())
                return info;
            info.bitDepth = quint8(b[segment]);
            info.height = be16(b, segment + 1);
            info.width = be16(b, segment + 3);
            const int components = quint8(b[segment + 5]);
            info.cmyk = components == 4;
            info.known = info.width > 0 && info.height > 0;
            if (!info.known)
                info.problem = QCoreApplication::translate("Ids::Core::FileScan", "the JPEG header declares no size");
            return info;
        }
        at = segment + segmentLength;
    }
    return info;
}

ImageInfo probePng(QByteArrayView b)
{
    ImageInfo info;
    if (b.size() < 33 || b.sliced(12, 4) != QByteArrayView("IHDR"))
        return info;
    info.width = int(std::min<quint32>(be32(b, 16), 0x7fffffff));
    info.height = int(std::min<quint32>(be32(b, 20), 0x7fffffff));
    info.bitDepth = quint8(b[24]);
    const int colourType = quint8(b[25]);
    info.hasAlpha = colourType == 4 || colourType == 6;
    info.known = info.width > 0 && info.height > 0;
    // Chunks before the image data: transparency, EXIF orientation, animation.
    qsizetype at = 33;
    while (at + 8 <= b.size()) {
        const qsizetype length = be32(b, at);
        const QByteArrayView type = b.sliced(at + 4, 4);
        if (type == QByteArrayView("IDAT") || type == QByteArrayView("IEND"))
            break;
        if (length > b.size() - at - 12)
            break;
        if (type == QByteArrayView("tRNS"))
            info.hasAlpha = true;
        else if (type == QByteArrayView("eXIf"))
            info.orientation = ImageProbe::exifOrientation(b.sliced(at + 8, length));
        else if (type == QByteArrayView("acTL"))
            info.animated = true;
        at += 12 + length;
    }
    return info;
}

ImageInfo probeWebP(QByteArrayView b)
{
    ImageInfo info;
    qsizetype at = 12;
    while (at + 8 <= b.size()) {
        const QByteArrayView type = b.sliced(at, 4);
        const qsizetype length = qFromLittleEndian<quint32>(b.data() + at + 4);
        const qsizetype data = at + 8;
        const qsizetype available = std::min<qsizetype>(length, b.size() - data);
        if (type == QByteArrayView("VP8X") && available >= 10) {
            const quint8 flags = quint8(b[data]);
            info.hasAlpha = flags & 0x10;
            info.animated = flags & 0x02;
            info.width = int(le24(b, data + 4)) + 1;
            info.height = int(le24(b, data + 7)) + 1;
            info.known = true;
        } else if (type == QByteArrayView("VP8 ") && available >= 10 && !info.known) {
            // Frame header: 3 bytes frame tag, start code 9D 01 2A, then 14-bit width and height.
            if (quint8(b[data + 3]) == 0x9D && quint8(b[data + 4]) == 0x01 && quint8(b[data + 5]) == 0x2A) {
                info.width = qFromLittleEndian<quint16>(b.data() + data + 6) & 0x3fff;
                info.height = qFromLittleEndian<quint16>(b.data() + data + 8) & 0x3fff;
                info.known = info.width > 0 && info.height > 0;
            }
        } else if (type == QByteArrayView("VP8L") && available >= 5 && !info.known) {
            if (quint8(b[data]) == 0x2F) {
                const quint32 bits = qFromLittleEndian<quint32>(b.data() + data + 1);
                info.width = int(bits & 0x3fff) + 1;
                info.height = int((bits >> 14) & 0x3fff) + 1;
                info.hasAlpha = (bits >> 28) & 1;
                info.known = true;
            }
        } else if (type == QByteArrayView("EXIF") && available == length) {
            QByteArrayView exif = b.sliced(data, length);
            if (exif.startsWith(QByteArrayView("Exif\0\0", 6)))
                exif = exif.sliced(6);
            info.orientation = ImageProbe::exifOrientation(exif);
        } else if (type == QByteArrayView("ANIM")) {
            info.animated = true;
        }
        if (length > b.size())
            break;
        at = data + length + (length & 1); // chunks are padded to an even size
    }
    return info;
}

} // namespace

int ImageProbe::exifOrientation(QByteArrayView tiff)
{
    if (tiff.size() < 8)
        return 1;
    const bool little = tiff.startsWith(QByteArrayView("II*\0", 4));
    if (!little && !tiff.startsWith(QByteArrayView("MM\0*", 4)))
        return 1;
    auto u16 = [&](qsizetype at) {
        return little ? qFromLittleEndian<quint16>(tiff.data() + at) : qFromBigEndian<quint16>(tiff.data() + at);
    };
    auto u32 = [&](qsizetype at) {
        return little ? qFromLittleEndian<quint32>(tiff.data() + at) : qFromBigEndian<quint32>(tiff.data() + at);
    };
    const qsizetype ifd = u32(4);
    if (ifd < 8 || ifd + 2 > tiff.size())
        return 1;
    const int count = u16(ifd);
    for (int i = 0; i < count; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        if (entry + 12 > tiff.size())
            return 1;
        if (u16(entry) == 0x0112 && u16(entry + 2) == 3) {
            const int value = u16(entry + 8);
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

ImageInfo ImageProbe::probe(QByteArrayView head, FileKind kind)
{
    switch (kind) {
    case FileKind::Jpeg:
        return probeJpeg(head);
    case FileKind::Png:
        return probePng(head);
    case FileKind::WebP:
        return probeWebP(head);
    default:
        return {};
    }
}

ImageInfo ImageProbe::probeHeif(QByteArrayView wholeFile)
{
    ImageInfo info;
    const std::unique_ptr<heif_context, decltype(&heif_context_free)> context(heif_context_alloc(), &heif_context_free);
    if (!context)
        return info;
    heif_error error =
        heif_context_read_from_memory_without_copy(context.get(), wholeFile.data(), size_t(wholeFile.size()), nullptr);
    if (error.code != heif_error_Ok) {
        info.problem = QString::fromUtf8(error.message);
        return info;
    }
    heif_image_handle *raw = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &raw);
    if (error.code != heif_error_Ok || !raw) {
        info.problem = QString::fromUtf8(error.message);
        return info;
    }
    const std::unique_ptr<heif_image_handle, decltype(&heif_image_handle_release)> handle(raw,
                                                                                          &heif_image_handle_release);
    info.width = heif_image_handle_get_width(handle.get());
    info.height = heif_image_handle_get_height(handle.get());
    info.hasAlpha = heif_image_handle_has_alpha_channel(handle.get());
    info.bitDepth = std::max(8, heif_image_handle_get_luma_bits_per_pixel(handle.get()));
    info.known = info.width > 0 && info.height > 0;
    if (!info.known)
        info.problem = QCoreApplication::translate("Ids::Core::FileScan", "the HEIF image declares no size");
    return info;
}

} // namespace Ids::Core
