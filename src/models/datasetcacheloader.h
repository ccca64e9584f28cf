#pragma once

#include <core/types/dataset.h>

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

#include <memory>

class QThreadPool;

namespace Ids::Models {

// What an account's database holds for its list: the rows, the ones Ideogram stopped listing, and the cover
// thumbnails, decoded.
struct CachedDatasets
{
    QList<Core::Dataset> datasets;
    QHash<QString, QImage> covers;
    QSet<QString> missingIds;
};

// Reads an account's saved list on a worker with a connection of its own, so a large cache never delays the
// window and the list shows before any network request (README: "shown at the next start before any
// network call"). Only the latest load() is answered: a read for an account the window left is dropped.
class DatasetCacheLoader final : public QObject
{
    Q_OBJECT
public:
    explicit DatasetCacheLoader(QObject *parent = nullptr);
    // Waits for a read in progress (one SELECT), so Qt SQL is never torn down under it.
    ~DatasetCacheLoader() override;

    void load(const QString &databasePath, const QString &scope);
    // Drops the answer of a read in progress.
    void cancel() { ++m_generation; }

    // Blocking: for the worker and tests. nullopt when the database cannot be read.
    static std::optional<CachedDatasets> read(const QString &databasePath, const QString &scope);

Q_SIGNALS:
    void loaded(const Ids::Models::CachedDatasets &cached);
    void failed();

private:
    std::unique_ptr<QThreadPool> m_pool;
    quint64 m_generation = 0;
};

} // namespace Ids::Models
