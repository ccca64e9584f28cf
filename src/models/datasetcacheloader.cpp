#include "datasetcacheloader.h"

#include "thumbnailer.h"

#include <core/storage/contentstore.h>
#include <core/storage/datasetstore.h>

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

namespace Ids::Models {

DatasetCacheLoader::DatasetCacheLoader(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{ }

DatasetCacheLoader::~DatasetCacheLoader()
{
    m_pool->waitForDone();
}

std::optional<CachedDatasets> DatasetCacheLoader::read(const QString &databasePath, const QString &scope)
{
    // A connection of this worker's own, so that a large cache never delays the first window.
    Core::DatasetStore store(databasePath);
    if (!store.open())
        return std::nullopt;
    store.setScope(scope);
    CachedDatasets cached;
    // The list's proxy sorts them.
    cached.datasets = store.datasets(Core::DatasetStore::Order::AsStored);
    cached.missingIds = store.missingIds();
    const QHash<QString, QByteArray> covers = Core::ContentStore(&store).coverThumbnails();
    for (auto it = covers.cbegin(); it != covers.cend(); ++it)
        cached.covers.insert(it.key(), Thumbnailer::fromPng(it.value()));
    return cached;
}

void DatasetCacheLoader::load(const QString &databasePath, const QString &scope)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<std::optional<CachedDatasets>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const std::optional<CachedDatasets> cached = watcher->result();
        if (cached)
            Q_EMIT loaded(*cached);
        else
            Q_EMIT failed();
    });
    watcher->setFuture(QtConcurrent::run(m_pool.get(), &DatasetCacheLoader::read, databasePath, scope));
}

} // namespace Ids::Models
