#pragma once

#include "../types/datasetdetail.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Ids::Core {

class DatasetStore;

// A file this computer uploaded: the API cannot give an image back, so its thumbnail and original path are
// kept here, keyed by dataset and file name (api-contract.md §6).
struct LocalFile
{
    QString datasetId;
    QString fileName; // the name sent to Ideogram
    QString originalPath;
    qint64 size = 0;
    QString assetId;
    QByteArray thumbnailPng; // empty until made
    QDateTime uploadedAtUtc;
};

// The dataset contents kept beside the dataset list, in the same database and connection as the
// DatasetStore it is given (same thread, same scope).
class ContentStore final
{
public:
    explicit ContentStore(DatasetStore *store);

    // Stores the latest details of a dataset. When the answer skipped entries it could not read, what the
    // stored copy holds of them is kept (DatasetDetail::keepingSkippedFrom); saved receives what was stored.
    bool saveDetail(const DatasetDetail &detail, DatasetDetail *saved = nullptr);
    std::optional<DatasetDetail> detail(const QString &datasetId) const;

    bool saveLocalFile(const LocalFile &file);
    bool setThumbnail(const QString &datasetId, const QString &fileName, const QByteArray &png);
    QList<LocalFile> localFiles(const QString &datasetId) const;
    // The first uploaded file with a thumbnail, per dataset: the list's cover picture.
    QHash<QString, QByteArray> coverThumbnails() const;

    DatasetStore *store() const { return m_store; }
    QString lastError() const { return m_lastError; }

private:
    DatasetStore *m_store;
    mutable QString m_lastError;
};

} // namespace Ids::Core
