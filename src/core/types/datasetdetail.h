#pragma once

#include "dataset.h"
#include "skippedrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ids::Core {

// One entry of GET /datasets/{id} "files". Every field may be null or absent (api-contract.md §3).
struct DatasetFile
{
    std::optional<QString> fileName;
    std::optional<qint64> sizeBytes;
    std::optional<QString> caption; // plain text, or a JSON-encoded structured caption

    static std::optional<DatasetFile> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const DatasetFile &, const DatasetFile &) = default;
};

// The body of GET /datasets/{id}. A file or model id that cannot be read is skipped (and listed in skipped);
// the dataset itself and file_count are required.
struct DatasetDetail
{
    Dataset dataset;
    qint64 fileCount = 0;
    QList<DatasetFile> files;
    QStringList customModelIds;
    QList<SkippedRow> skipped; // never written by toJson()

    static std::optional<DatasetDetail> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    // This answer with what an earlier copy (stored) holds that its skipped entries may be hiding: stored
    // files whose names this answer lacks, and stored model ids it lacks, at most as many of each as were
    // skipped. Nothing is ever removed from a dataset (api-contract.md §1), so keeping them loses nothing.
    DatasetDetail keepingSkippedFrom(const DatasetDetail &stored) const;

    friend bool operator==(const DatasetDetail &, const DatasetDetail &) = default;
};

} // namespace Ids::Core
