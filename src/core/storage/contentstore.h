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

// One file of an upload batch that left (or was about to leave) without a known result. Written before the
// batch is sent, removed once its result is known, so a crash is reconciled per file (reliability-rules.md R8, R10).
struct JournaledUpload
{
    qint64 id = 0;
    QString datasetId;
    QString filePath;
    QString sentName;
    QByteArray mimeType;
    qint64 size = 0;
    QDateTime modified;
    QDateTime startedAtUtc;
};

// The dataset contents kept beside the dataset list, in the same database and connection as the
// DatasetStore it is given (same thread, same scope).
class ContentStore final
{
public:
    explicit ContentStore(DatasetStore *store);

    bool saveDetail(const DatasetDetail &detail);
    std::optional<DatasetDetail> detail(const QString &datasetId) const;

    bool saveLocalFile(const LocalFile &file);
    bool setThumbnail(const QString &datasetId, const QString &fileName, const QByteArray &png);
    QList<LocalFile> localFiles(const QString &datasetId) const;
    // The first uploaded file with a thumbnail, per dataset: the list's cover picture.
    QHash<QString, QByteArray> coverThumbnails() const;

    std::optional<QList<qint64>> journalUploads(const QList<JournaledUpload> &files);
    bool resolveUploads(const QList<qint64> &ids);
    QList<JournaledUpload> journaledUploads() const;

    QString lastError() const { return m_lastError; }

private:
    DatasetStore *m_store;
    mutable QString m_lastError;
};

} // namespace Ids::Core
