#include "uploadsummary.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace Ids::Core {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

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
        fail(error, reader.error());
        return std::nullopt;
    }
    for (const QJsonValue &value : *successful) {
        if (!value.isObject()) {
            fail(error, QStringLiteral("upload summary: a successful asset is not an object"));
            return std::nullopt;
        }
        JsonReader entry(value.toObject(), QStringLiteral("successful asset"));
        const std::optional<QJsonObject> asset = entry.requiredObject(QStringLiteral("asset_identifier"));
        const std::optional<QString> fileName = entry.optionalString(QStringLiteral("file_name"));
        if (!entry.ok()) {
            fail(error, entry.error());
            return std::nullopt;
        }
        std::optional<AssetIdentifier> identifier = AssetIdentifier::fromJson(*asset, error);
        if (!identifier)
            return std::nullopt;
        summary.successful.append({std::move(*identifier), fileName});
    }
    for (const QJsonValue &value : *failed) {
        if (!value.isObject()) {
            fail(error, QStringLiteral("upload summary: a failed asset is not an object"));
            return std::nullopt;
        }
        JsonReader entry(value.toObject(), QStringLiteral("failed asset"));
        const std::optional<QString> reason = entry.requiredNullableString(QStringLiteral("failure_reason"));
        const std::optional<QString> fileName = entry.optionalString(QStringLiteral("file_name"));
        if (!entry.ok()) {
            fail(error, entry.error());
            return std::nullopt;
        }
        summary.failed.append({*reason, fileName});
    }
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
