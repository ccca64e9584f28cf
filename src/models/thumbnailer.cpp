#include "thumbnailer.h"

#include <core/files/imageprobe.h>
#include <core/files/zipmember.h>
#include <imaging/imagedecoder.h>
#include <imaging/smallpicture.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

namespace Ids::Models {

namespace {

// An entry of a ZIP, or nothing and why: a preview is made only of an entry of 64 MB or less.
QByteArray readZipEntry(const QString &zipPath, int entryIndex, QString *error)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const Core::ZipListing listing = Core::ZipDirectory::read(&file);
    if (!listing.problem.isEmpty() || entryIndex < 0 || entryIndex >= listing.entries.size()) {
        *error = QCoreApplication::translate("Ids::Models::Thumbnailer", "the archive changed");
        return {};
    }
    const Core::ZipEntry &entry = listing.entries.at(entryIndex);
    if (entry.uncompressedSize > 64LL * 1024 * 1024) {
        *error = QCoreApplication::translate("Ids::Models::Thumbnailer", "the file is too large for a preview");
        return {};
    }
    return Core::ZipMember::read(&file, entry, entry.uncompressedSize, error);
}

} // namespace

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
    // The picture the duplicate check uses too, decoded once for both (SmallPicture): the app's own EXIF
    // reading turns it upright (the same rule for JPEG, PNG and WebP as the conversion before upload); a
    // HEIC's small preview is used when it has one; the decoders that can scale while reading (JPEG) never
    // hold the full image; a file that declares too many pixels is refused before any memory is taken.
    static_assert(Edge == Imaging::SmallPicture::Edge);
    return Imaging::SmallPicture::of(
        path, -1,
        [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        },
        error);
}

QImage Thumbnailer::makeFromZip(const QString &zipPath, int entryIndex, QString *error)
{
    QString readError;
    QImage image = Imaging::SmallPicture::of(
        zipPath, entryIndex, [&] { return readZipEntry(zipPath, entryIndex, &readError); }, error);
    if (!readError.isEmpty() && error)
        *error = readError;
    return image;
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
