#pragma once

#include "multipartparser.h"

#include <core/types/dataset.h>
#include <core/types/datasetdetail.h>
#include <core/types/uploadsummary.h>

#include <QHash>
#include <QList>
#include <QString>

namespace Ids::Sandbox {

// The sandbox's data: the datasets of one pretend account and their files, kept for the run. No HTTP here.
class SandboxState final
{
public:
    static constexpr int MaxSearchLength = 64;

    struct StoredFile
    {
        QString fileName;
        qint64 size = 0;
        QString caption; // empty: none
        QString assetId;
    };

    Core::Dataset createDataset(const QString &name);
    const Core::Dataset *dataset(const QString &id) const;
    // Most recently updated first; search is a case-insensitive substring of the name.
    QList<Core::Dataset> datasets(const QString &search = {}) const;
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);
    Core::DatasetDetail detail(const QString &id) const;
    QList<StoredFile> files(const QString &id) const;
    // A model trained from the dataset: GET /datasets/{id} lists it in custom_model_ids.
    void addModelId(const QString &datasetId, const QString &modelId);

    // Stores the parts as Ideogram's upload_assets does and answers per file. rejections: file name →
    // failure reason, taken out as used (test code's way to make one file fail).
    Core::UploadSummary upload(const QString &datasetId, const QList<MultipartPart> &parts,
                               QMultiHash<QString, QString> &rejections);

    // What the answer to an upload names for a ZIP's files: each file (the default), the ZIP alone, or
    // nothing (Ideogram does not document it; the client must take all three).
    enum class ZipAnswer { Members, ZipName, Nothing };
    void setZipAnswer(ZipAnswer answer) { m_zipAnswer = answer; }
    static constexpr qint64 MaxZipUnpackedBytes = 512LL * 1024 * 1024;

    static QString newId();
    static QString userId() { return QStringLiteral("sandbox-user-0000000000"); }

private:
    struct Entry
    {
        Core::Dataset dataset;
        QList<StoredFile> files; // images; a caption attaches to its image
        QStringList modelIds;
        quint64 updated = 0;
    };
    Entry *entry(const QString &id);
    const Entry *entry(const QString &id) const;
    // Stores or replaces an image; false when the dataset is full.
    bool storeImage(Entry &entry, const QString &fileName, qint64 size, QString *assetId);

    QList<Entry> m_entries; // in creation order
    quint64 m_clock = 0;
    ZipAnswer m_zipAnswer = ZipAnswer::Members;
};

} // namespace Ids::Sandbox
