#pragma once

#include "apidatetime.h"
#include "assetidentifier.h"
#include "skippedrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ids::Core {

struct Dataset
{
    QString id;
    QString name;
    QString userId;
    ApiDateTime creationTime;
    std::optional<AssetIdentifier> cover; // null or absent in the API: no cover yet

    static std::optional<Dataset> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

// The body of GET /datasets: {"datasets": [Dataset]}. An entry that cannot be read is skipped, the rest are
// kept; an answer without the "datasets" array is an error.
struct DatasetList
{
    QList<Dataset> datasets;
    QList<SkippedRow> skipped;
};
std::optional<DatasetList> parseDatasetList(const QJsonObject &object, QString *error);

} // namespace Ids::Core
