#include "datasethealthreader.h"

#include <core/files/filesniffer.h>
#include <core/files/imageprobe.h>
#include <imaging/fingerprint.h>

#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent>

namespace Ids::Models {

namespace {

// Whole HEIC files are read for their header (libheif); anything larger is not worth a health line.
constexpr qint64 MaxHeifProbeBytes = 64LL * 1024 * 1024;

} // namespace

DatasetHealthReader::DatasetHealthReader(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1);
}

DatasetHealthReader::~DatasetHealthReader()
{
    m_pool->waitForDone();
}

std::optional<int> DatasetHealthReader::shortSideOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(Core::ProbeHeadBytes);
    const Core::FileKind kind = Core::FileSniffer::sniff(head);
    Core::ImageInfo info;
    if (Core::FileSniffer::isImage(kind))
        info = Core::ImageProbe::probe(head, kind);
    else if (kind == Core::FileKind::Heif && file.size() <= MaxHeifProbeBytes && file.seek(0))
        info = Core::ImageProbe::probeHeif(file.readAll());
    if (!info.known || info.shortSide() <= 0)
        return std::nullopt;
    return info.shortSide();
}

std::optional<quint64> DatasetHealthReader::fingerprintOf(const Core::LocalFile &copy)
{
    // The kept thumbnail is enough for 9 × 8 cells; the original only when the thumbnail was never made.
    if (!copy.thumbnailPng.isEmpty())
        return Imaging::Fingerprint::perceptualHashOfPng(copy.thumbnailPng);
    if (copy.originalPath.isEmpty())
        return std::nullopt;
    return Imaging::Fingerprint::ofFile(copy.fileName, copy.originalPath).dHash;
}

Core::DatasetHealth DatasetHealthReader::assess(const Core::DatasetDetail &detail, const QList<Core::LocalFile> &local)
{
    QHash<QString, const Core::LocalFile *> byName;
    for (const Core::LocalFile &file : local)
        byName.insert(file.fileName, &file);
    QList<Core::HealthFacts> facts;
    facts.reserve(detail.files.size());
    for (const Core::DatasetFile &file : detail.files) {
        Core::HealthFacts fact;
        fact.fileName = file.fileName.value_or(QString());
        fact.hasCaption = file.caption && !file.caption->trimmed().isEmpty();
        if (const Core::LocalFile *copy = byName.value(fact.fileName)) {
            if (!copy->originalPath.isEmpty())
                fact.shortSide = shortSideOf(copy->originalPath);
            fact.fingerprint = fingerprintOf(*copy);
        }
        facts.append(fact);
    }
    return Core::DatasetHealth::assess(int(detail.fileCount), facts);
}

void DatasetHealthReader::read(const Core::DatasetDetail &detail, const QList<Core::LocalFile> &local)
{
    const quint64 generation = ++m_generation;
    const QString datasetId = detail.dataset.id;
    auto *watcher = new QFutureWatcher<Core::DatasetHealth>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, datasetId] {
        watcher->deleteLater();
        if (generation == m_generation)
            Q_EMIT ready(datasetId, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool.get(), &DatasetHealthReader::assess, detail, local));
}

} // namespace Ids::Models
