#include "thumbnailer.h"

#include <core/files/imageprobe.h>
#include <core/files/zipmember.h>
#include <imaging/imagedecoder.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

namespace Ids::Models {

Thumbnailer::Thumbnailer(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{
    // Decoding is CPU and disk bound; two at a time keeps a core free for the window.
    m_pool->setMaxThreadCount(2);
}

Thumbnailer::~Thumbnailer()
{
    m_pool->clear();
    m_pool->waitForDone();
}

QImage Thumbnailer::make(const QString &path, QString *error)
{
    // The EXIF orientation is read by the app itself (the same rule for JPEG, PNG and WebP, and the same
    // as the conversion before upload), then applied to the small image.
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(Core::ProbeHeadBytes);
    const Core::FileKind kind = Core::FileSniffer::sniff(head);
    if (kind == Core::FileKind::Heif) {
        // HEIC/AVIF: libheif, from the photo's own small preview when it has one.
        file.seek(0);
        return Imaging::ImageDecoder::decode(file.readAll(), kind, error, Edge);
    }
    const int orientation = Core::ImageProbe::probe(head, kind).orientation;
    file.close();
    QImageReader reader(path);
    // The format comes from the bytes, not the name (a PNG named .jpg is still shown).
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(false);
    const QSize size = reader.size();
    if (!size.isValid()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    if (qint64(size.width()) * size.height() > MaxSourcePixels) {
        if (error)
            *error = QCoreApplication::translate("Ids::Models::Thumbnailer", "the image declares %1 x %2 pixels")
                         .arg(size.width())
                         .arg(size.height());
        return {};
    }
    // Decoders that can scale while reading (JPEG) then never hold the full image.
    reader.setScaledSize(size.scaled(Edge, Edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
    return Imaging::ImageDecoder::upright(image, orientation);
}

QImage Thumbnailer::makeFromZip(const QString &zipPath, int entryIndex, QString *error)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const Core::ZipListing listing = Core::ZipDirectory::read(&file);
    if (!listing.problem.isEmpty() || entryIndex < 0 || entryIndex >= listing.entries.size()) {
        if (error)
            *error = QCoreApplication::translate("Ids::Models::Thumbnailer", "the archive changed");
        return {};
    }
    const Core::ZipEntry &entry = listing.entries.at(entryIndex);
    if (entry.uncompressedSize > 64LL * 1024 * 1024) {
        if (error)
            *error = QCoreApplication::translate("Ids::Models::Thumbnailer", "the file is too large for a preview");
        return {};
    }
    QString readError;
    const QByteArray bytes = Core::ZipMember::read(&file, entry, entry.uncompressedSize, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return {};
    }
    const Core::FileKind kind = Core::FileSniffer::sniff(bytes);
    const QImage image = Imaging::ImageDecoder::decode(bytes, kind, error, Edge);
    if (image.isNull())
        return image;
    const QImage small = image.width() > Edge || image.height() > Edge
        ? image.scaled(Edge, Edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    return Imaging::ImageDecoder::upright(small, Core::ImageProbe::probe(bytes, kind).orientation);
}

QByteArray Thumbnailer::toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage Thumbnailer::fromPng(const QByteArray &png)
{
    return QImage::fromData(png, "PNG");
}

void Thumbnailer::request(const QString &path)
{
    run(path, [path](QString *error) { return make(path, error); });
}

void Thumbnailer::requestZipEntry(const QString &key, const QString &zipPath, int entryIndex)
{
    run(key, [zipPath, entryIndex](QString *error) { return makeFromZip(zipPath, entryIndex, error); });
}

void Thumbnailer::requestFromPng(const QString &key, const QByteArray &png)
{
    run(key, [png](QString *error) {
        QImage image = fromPng(png);
        if (image.isNull() && error)
            *error = QCoreApplication::translate("Ids::Models::Thumbnailer", "the stored thumbnail is damaged");
        return image;
    });
}

void Thumbnailer::run(const QString &key, std::function<QImage(QString *)> make)
{
    if (const auto it = m_cache.constFind(key); it != m_cache.cend()) {
        Q_EMIT ready(key, *it);
        return;
    }
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    QPointer<Thumbnailer> self(this);
    m_pool->start([self, key, make = std::move(make)] {
        QString error;
        const QImage image = make(&error);
        const QByteArray png = image.isNull() ? QByteArray() : toPng(image);
        // The destructor drains the pool before the object goes, so self is alive here.
        QMetaObject::invokeMethod(self, [self, key, image, png, error] {
            if (!self)
                return;
            self->m_pending.remove(key);
            if (image.isNull()) {
                Q_EMIT self->failed(key, error);
                return;
            }
            self->m_cache.insert(key, image);
            self->m_pngCache.insert(key, png);
            Q_EMIT self->ready(key, image);
        });
    });
}

} // namespace Ids::Models
