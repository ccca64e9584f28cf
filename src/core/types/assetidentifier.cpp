#include "assetidentifier.h"

#include "jsonreader.h"

namespace Ids::Core {

std::optional<AssetIdentifier> AssetIdentifier::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("asset identifier"));
    AssetIdentifier asset;
    asset.assetType = reader.requiredString(QStringLiteral("asset_type")).value_or(QString());
    asset.assetId = reader.requiredString(QStringLiteral("asset_id")).value_or(QString());
    asset.collectionId = reader.optionalString(QStringLiteral("collection_id")).value_or(QString());
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return asset;
}

QJsonObject AssetIdentifier::toJson() const
{
    QJsonObject object {{QStringLiteral("asset_type"), assetType}, {QStringLiteral("asset_id"), assetId}};
    if (!collectionId.isEmpty())
        object.insert(QStringLiteral("collection_id"), collectionId);
    return object;
}

bool AssetIdentifier::isKnownType() const
{
    static const QStringList known {QStringLiteral("ASSET"), QStringLiteral("CANVAS_ASSET"),
                                    QStringLiteral("LAYERED_ASSET"), QStringLiteral("RESPONSE"),
                                    QStringLiteral("UPLOAD")};
    return known.contains(assetType);
}

} // namespace Ids::Core
