#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace Ids::Models {

// Previews of generated images for the gallery, read and scaled on worker threads (reliability-rules.md R34),
// large enough for the biggest gallery size, kept in a cache of bounded memory (a History of thousands of images
// must not hold them all). Only what the image bytes say is trusted: a file declaring more than MaxSourcePixels
// is not decoded.
class GalleryImages final : public QObject
{
    Q_OBJECT
public:
    static constexpr int Edge = 384; // longest side of a preview, in pixels
    static constexpr qint64 MaxSourcePixels = 100LL * 1000 * 1000;
    static constexpr int CacheKilobytes = 96 * 1024;

    explicit GalleryImages(QObject *parent = nullptr);
    ~GalleryImages() override;

    // Thread-safe and blocking, for workers and tests: the image scaled to fit edge × edge (edge 0: full size).
    static QImage load(const QString &path, int edge, QString *error = nullptr);

    // The preview if cached, else a null image and a load on a worker; ready() follows.
    QImage preview(const QString &path);
    // The whole image, decoded on a worker (the viewer); fullReady() follows. Not cached.
    void requestFull(const QString &path);

Q_SIGNALS:
    void ready(const QString &path, const QImage &image);
    void fullReady(const QString &path, const QImage &image);
    void failed(const QString &path, const QString &error);

private:
    std::unique_ptr<QThreadPool> m_pool;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
};

} // namespace Ids::Models
