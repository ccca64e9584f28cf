#include "thumbnailer.h"

#include <QBuffer>
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
    QImageReader reader(path);
    // The format comes from the bytes, not the name (a PNG named .jpg is still shown).
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    if (qint64(size.width()) * size.height() > MaxSourcePixels) {
        if (error)
            *error = QStringLiteral("the image declares %1 x %2 pixels").arg(size.width()).arg(size.height());
        return {};
    }
    // Decoders that can scale while reading (JPEG) then never hold the full image.
    reader.setScaledSize(size.scaled(Edge, Edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
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

void Thumbnailer::requestFromPng(const QString &key, const QByteArray &png)
{
    run(key, [png](QString *error) {
        QImage image = fromPng(png);
        if (image.isNull() && error)
            *error = QStringLiteral("the stored thumbnail is damaged");
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
