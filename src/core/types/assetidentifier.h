#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ids::Core {

// Points at an asset on Ideogram (the dataset's cover, an uploaded file). The asset_type enum has grown
// before, so unknown types are kept as text.
struct AssetIdentifier
{
    QString assetType;
    QString assetId;
    QString collectionId; // optional in the API; empty when absent

    static std::optional<AssetIdentifier> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    bool isKnownType() const;

    friend bool operator==(const AssetIdentifier &, const AssetIdentifier &) = default;
};

} // namespace Ids::Core
