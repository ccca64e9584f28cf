#pragma once

#include "dataset.h"

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

// The body of GET /datasets/{id}.
struct DatasetDetail
{
    Dataset dataset;
    qint64 fileCount = 0;
    QList<DatasetFile> files;
    QStringList customModelIds;

    static std::optional<DatasetDetail> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const DatasetDetail &, const DatasetDetail &) = default;
};

} // namespace Ids::Core
