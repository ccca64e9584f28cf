#include "imagedecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QTransform>

#include <libheif/heif.h>

#include <memory>

namespace Ids::Imaging {

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

using Context = std::unique_ptr<heif_context, decltype(&heif_context_free)>;
using Handle = std::unique_ptr<heif_image_handle, decltype(&heif_image_handle_release)>;
using Image = std::unique_ptr<heif_image, decltype(&heif_image_release)>;

QImage decodeHeif(QByteArrayView bytes, QString *error, int maxEdge)
{
    Context context(heif_context_alloc(), &heif_context_free);
    heif_error status =
        heif_context_read_from_memory_without_copy(context.get(), bytes.data(), size_t(bytes.size()), nullptr);
    if (status.code != heif_error_Ok)
        return fail(error, QString::fromUtf8(status.message)), QImage();
    heif_image_handle *primaryRaw = nullptr;
    status = heif_context_get_primary_image_handle(context.get(), &primaryRaw);
    if (status.code != heif_error_Ok)
        return fail(error, QString::fromUtf8(status.message)), QImage();
    Handle primary(primaryRaw, &heif_image_handle_release);
    Handle chosen(nullptr, &heif_image_handle_release);
    // A phone's HEIC carries a small preview: enough for a thumbnail, and far quicker to decode.
    if (maxEdge > 0 && heif_image_handle_get_number_of_thumbnails(primary.get()) > 0) {
        heif_item_id id = 0;
        heif_image_handle_get_list_of_thumbnail_IDs(primary.get(), &id, 1);
        heif_image_handle *thumbnailRaw = nullptr;
        if (heif_image_handle_get_thumbnail(primary.get(), id, &thumbnailRaw).code == heif_error_Ok) {
            Handle thumbnail(thumbnailRaw, &heif_image_handle_release);
            if (std::max(heif_image_handle_get_width(thumbnail.get()), heif_image_handle_get_height(thumbnail.get()))
                >= maxEdge)
                chosen = std::move(thumbnail);
        }
    }
    heif_image_handle *handle = chosen ? chosen.get() : primary.get();
    const qint64 pixels = qint64(heif_image_handle_get_width(handle)) * heif_image_handle_get_height(handle);
    if (pixels <= 0 || pixels > ImageDecoder::MaxPixels)
        return fail(error,
                    QCoreApplication::translate("Ids::Imaging::ImageDecoder", "the image declares %1 pixels")
                        .arg(pixels)),
               QImage();
    const bool alpha = heif_image_handle_has_alpha_channel(handle);
    heif_image *decodedRaw = nullptr;
    status = heif_decode_image(handle, &decodedRaw, heif_colorspace_RGB,
                               alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, nullptr);
    if (status.code != heif_error_Ok)
        return fail(error, QString::fromUtf8(status.message)), QImage();
    Image decoded(decodedRaw, &heif_image_release);
    int stride = 0;
    const uint8_t *plane = heif_image_get_plane_readonly(decoded.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(decoded.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(decoded.get(), heif_channel_interleaved);
    if (!plane || width <= 0 || height <= 0)
        return fail(error, QCoreApplication::translate("Ids::Imaging::ImageDecoder", "the decoder returned no pixels")),
               QImage();
    // copy(): the pixels belong to libheif's image, released when this function returns.
    return QImage(plane, width, height, stride, alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888).copy();
}

QImage decodeWithQt(QByteArrayView bytes, QString *error, int maxEdge)
{
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // Orientation is applied by the caller from the app's own EXIF reading, the same for every format.
    reader.setAutoTransform(false);
    // Qt's default allocation limit (256 MB) stops at about 64 megapixels; the pixel cap below is the rule.
    reader.setAllocationLimit(int((ImageDecoder::MaxPixels * 4) / (1024 * 1024)) + 1);
    const QSize size = reader.size();
    if (!size.isValid())
        return fail(error, reader.errorString()), QImage();
    if (qint64(size.width()) * size.height() > ImageDecoder::MaxPixels)
        return fail(error,
                    QCoreApplication::translate("Ids::Imaging::ImageDecoder", "the image declares %1 x %2 pixels")
                        .arg(size.width())
                        .arg(size.height())),
               QImage();
    if (maxEdge > 0)
        reader.setScaledSize(size.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull())
        fail(error, reader.errorString());
    return image;
}

} // namespace

QImage ImageDecoder::decode(QByteArrayView bytes, Core::FileKind kind, QString *error, int maxEdge)
{
    if (kind != Core::FileKind::Heif)
        return decodeWithQt(bytes, error, maxEdge);
    const QImage image = decodeHeif(bytes, error, maxEdge);
    // libheif decodes at full size when the file carries no preview of its own.
    if (maxEdge > 0 && (image.width() > maxEdge || image.height() > maxEdge))
        return image.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage ImageDecoder::upright(const QImage &image, int orientation)
{
    // EXIF 2–8 as mirror and rotation (TIFF 6.0 / EXIF 2.32, tag 0x0112).
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return image.transformed(QTransform().rotate(180));
    case 4:
        return image.mirrored(false, true);
    case 5:
        return image.transformed(QTransform().rotate(90)).mirrored(true, false);
    case 6:
        return image.transformed(QTransform().rotate(90));
    case 7:
        return image.transformed(QTransform().rotate(-90)).mirrored(true, false);
    case 8:
        return image.transformed(QTransform().rotate(-90));
    default:
        return image;
    }
}

} // namespace Ids::Imaging
