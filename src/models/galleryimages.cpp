#include "galleryimages.h"

#include <QImageReader>
#include <QPointer>

namespace Ids::Models {

GalleryImages::GalleryImages(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
    , m_cache(CacheKilobytes)
{
    // Decoding is CPU bound; two at a time keeps a core free for the window.
    m_pool->setMaxThreadCount(2);
}

GalleryImages::~GalleryImages()
{
    m_pool->clear();
    m_pool->waitForDone();
}

QImage GalleryImages::load(const QString &path, int edge, QString *error)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > MaxSourcePixels) {
        if (error)
            *error = size.isValid()
                ? tr("The picture is too large to open: it declares more pixels than the app reads.")
                : reader.errorString();
        return {};
    }
    if (edge > 0 && (size.width() > edge || size.height() > edge))
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
    return image;
}

QImage GalleryImages::preview(const QString &path)
{
    if (const QImage *cached = m_cache.object(path))
        return *cached;
    if (m_pending.contains(path))
        return {};
    m_pending.insert(path);
    QPointer<GalleryImages> self(this);
    m_pool->start([self, path] {
        QString error;
        const QImage image = load(path, Edge, &error);
        // The destructor drains the pool before the object goes, so self is alive here.
        QMetaObject::invokeMethod(self, [self, path, image, error] {
            if (!self)
                return;
            self->m_pending.remove(path);
            if (image.isNull()) {
                Q_EMIT self->failed(path, error);
                return;
            }
            self->m_cache.insert(path, new QImage(image), int(image.sizeInBytes() / 1024) + 1);
            Q_EMIT self->ready(path, image);
        });
    });
    return {};
}

void GalleryImages::requestFull(const QString &path)
{
    QPointer<GalleryImages> self(this);
    m_pool->start([self, path] {
        QString error;
        const QImage image = load(path, 0, &error);
        QMetaObject::invokeMethod(self, [self, path, image, error] {
            if (!self)
                return;
            if (image.isNull())
                Q_EMIT self->failed(path, error);
            else
                Q_EMIT self->fullReady(path, image);
        });
    });
}

} // namespace Ids::Models
