#include "uploadsummary.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace Ids::Core {

std::optional<UploadedAsset> UploadedAsset::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader entry(object, QStringLiteral("successful asset"));
    const std::optional<QJsonObject> asset = entry.requiredObject(QStringLiteral("asset_identifier"));
    const std::optional<QString> fileName = entry.optionalString(QStringLiteral("file_name"));
    if (!entry.ok()) {
        if (error)
            *error = entry.error();
        return std::nullopt;
    }
    std::optional<AssetIdentifier> identifier = AssetIdentifier::fromJson(*asset, error);
    if (!identifier)
        return std::nullopt;
    return UploadedAsset {std::move(*identifier), fileName};
}

std::optional<FailedAsset> FailedAsset::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader entry(object, QStringLiteral("failed asset"));
    const std::optional<QString> reason = entry.requiredNullableString(QStringLiteral("failure_reason"));
    const std::optional<QString> fileName = entry.optionalString(QStringLiteral("file_name"));
    if (!entry.ok()) {
        if (error)
            *error = entry.error();
        return std::nullopt;
    }
    return FailedAsset {*reason, fileName};
}

std::optional<UploadSummary> UploadSummary::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("upload summary"));
    UploadSummary summary;
    summary.totalCount = reader.requiredInteger(QStringLiteral("total_count")).value_or(0);
    summary.successCount = reader.requiredInteger(QStringLiteral("success_count")).value_or(0);
    summary.failureCount = reader.requiredInteger(QStringLiteral("failure_count")).value_or(0);
    const std::optional<QJsonArray> successful = reader.optionalArray(QStringLiteral("successful_assets"));
    const std::optional<QJsonArray> failed = reader.optionalArray(QStringLiteral("failed_assets"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    summary.successful = readRows<UploadedAsset>(*successful, SkippedRow::List::UploadedFiles, &UploadedAsset::fromJson,
                                                 &summary.skipped);
    summary.failed =
        readRows<FailedAsset>(*failed, SkippedRow::List::FailedFiles, &FailedAsset::fromJson, &summary.skipped);
    return summary;
}

QJsonObject UploadSummary::toJson() const
{
    QJsonArray successfulArray;
    for (const UploadedAsset &entry : successful)
        successfulArray.append(QJsonObject {
            {QStringLiteral("asset_identifier"), entry.asset.toJson()},
            {QStringLiteral("file_name"), entry.fileName ? QJsonValue(*entry.fileName) : QJsonValue()},
        });
    QJsonArray failedArray;
    for (const FailedAsset &entry : failed)
        failedArray.append(QJsonObject {
            {QStringLiteral("failure_reason"), entry.failureReason},
            {QStringLiteral("file_name"), entry.fileName ? QJsonValue(*entry.fileName) : QJsonValue()},
        });
    return QJsonObject {
        {QStringLiteral("total_count"), double(totalCount)},
        {QStringLiteral("success_count"), double(successCount)},
        {QStringLiteral("failure_count"), double(failureCount)},
        {QStringLiteral("successful_assets"), successfulArray},
        {QStringLiteral("failed_assets"), failedArray},
    };
}

} // namespace Ids::Core
