#include "smallpicture.h"

#include "imagedecoder.h"

#include <core/files/filesniffer.h>
#include <core/files/imageprobe.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <memory>

namespace Ids::Imaging::SmallPicture {

namespace {

// 256 pictures of at most 128 × 128 × 4 bytes: 16 MiB at most.
constexpr std::size_t Kept = 256;

struct Entry
{
    bool done = false;
    QImage image;
    QString error;
};

struct Pictures
{
    QMutex mutex;
    QWaitCondition decoded;
    QHash<QString, std::shared_ptr<Entry>> entries;
    std::deque<QString> order; // oldest first
};

Pictures &pictures()
{
    static Pictures instance;
    return instance;
}

QString keyOf(const QString &path, int zipEntry)
{
    const QFileInfo info(path);
    return QStringLiteral("%1|%2|%3|%4")
        .arg(info.absoluteFilePath())
        .arg(zipEntry)
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

QImage decode(const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("Ids::Imaging::SmallPicture", "the file could not be read");
        return {};
    }
    const Core::FileKind kind = Core::FileSniffer::sniff(bytes);
    const QImage image = ImageDecoder::decode(bytes, kind, error, Edge);
    if (image.isNull())
        return image;
    const QImage small = image.width() > Edge || image.height() > Edge
        ? image.scaled(Edge, Edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    return ImageDecoder::upright(small, Core::ImageProbe::probe(bytes, kind).orientation);
}

} // namespace

QImage of(const QString &path, int zipEntry, const std::function<QByteArray()> &read, QString *error)
{
    Pictures &all = pictures();
    const QString key = keyOf(path, zipEntry);
    QMutexLocker lock(&all.mutex);
    if (const std::shared_ptr<Entry> known = all.entries.value(key)) {
        while (!known->done)
            all.decoded.wait(&all.mutex);
        if (error)
            *error = known->error;
        return known->image;
    }
    const auto entry = std::make_shared<Entry>();
    all.entries.insert(key, entry);
    all.order.push_back(key);
    // Only finished pictures go; one still being decoded stays until its waiters have it.
    while (all.order.size() > Kept && all.entries.value(all.order.front())->done) {
        all.entries.remove(all.order.front());
        all.order.pop_front();
    }
    lock.unlock();

    QString why;
    const QImage image = decode(read(), &why);

    lock.relock();
    entry->image = image;
    entry->error = why;
    entry->done = true;
    all.decoded.wakeAll();
    if (error)
        *error = why;
    return image;
}

} // namespace Ids::Imaging::SmallPicture
