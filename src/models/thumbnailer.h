#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Ids::Models {

// Makes small previews of image files off the GUI thread (reliability-rules.md R34), with a cap on how many
// pixels a file may declare so a crafted image cannot exhaust memory (a "pixel bomb", ImageDecoder::MaxPixels).
// The picture is the duplicate check's too, decoded once for both (Imaging::SmallPicture).
class Thumbnailer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int Edge = 128; // longest side of a thumbnail, in pixels

    explicit Thumbnailer(QObject *parent = nullptr);
    ~Thumbnailer() override;

    // Thread-safe and blocking: for worker threads and tests. A null image and an error when the file is not
    // a readable image or declares too many pixels.
    static QImage make(const QString &path, QString *error = nullptr);
    // The same for an entry of a ZIP (by its index in ZipDirectory's listing).
    static QImage makeFromZip(const QString &zipPath, int entryIndex, QString *error = nullptr);
    static QByteArray toPng(const QImage &image);
    static QImage fromPng(const QByteArray &png);

    // Queues a thumbnail; ready() follows on the GUI thread. Cached results are answered at once.
    void request(const QString &path);
    // Queues a thumbnail of a ZIP entry; ready(key, image) follows (key: ScannedFile::key()).
    void requestZipEntry(const QString &key, const QString &zipPath, int entryIndex);
    // Decodes a thumbnail kept as PNG (in the database) on a worker; ready(key, image) follows.
    void requestFromPng(const QString &key, const QByteArray &png);
    static QString storedKey(const QString &datasetId, const QString &fileName)
    {
        return QStringLiteral("stored:") + datasetId + QLatin1Char('/') + fileName;
    }
    QImage cached(const QString &path) const { return m_cache.value(path); }
    // The thumbnail as PNG bytes, encoded on the worker with the image; empty until ready().
    QByteArray cachedPng(const QString &path) const { return m_pngCache.value(path); }
    bool isPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void ready(const QString &path, const QImage &image);
    void failed(const QString &path, const QString &error);

private:
    void run(const QString &key, std::function<QImage(QString *)> make);

    // Owned and drained in the destructor: a worker must not post to a deleted object.
    std::unique_ptr<QThreadPool> m_pool;
    QHash<QString, QImage> m_cache;
    QHash<QString, QByteArray> m_pngCache;
    QSet<QString> m_pending;
};

} // namespace Ids::Models
