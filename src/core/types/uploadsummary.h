#pragma once

#include "assetidentifier.h"
#include "skippedrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ids::Core {

// The per-file failure reasons of POST /datasets/{id}/upload_assets. The enum has grown before, so a
// reason is kept as the server's text; these are the ones we know (api-contract.md §3).
namespace FailureReason {
inline const QString FailedSafetyCheck = QStringLiteral("FAILED_SAFETY_CHECK");
inline const QString FileTooLarge = QStringLiteral("FILE_TOO_LARGE");
inline const QString InternalError = QStringLiteral("INTERNAL_ERROR");
inline const QString InvalidCaption = QStringLiteral("INVALID_CAPTION");
inline const QString InvalidCaptionJson = QStringLiteral("INVALID_CAPTION_JSON");
inline const QString InvalidImage = QStringLiteral("INVALID_IMAGE");
inline const QString InvalidZip = QStringLiteral("INVALID_ZIP");
inline const QString TooManyImages = QStringLiteral("TOO_MANY_IMAGES");
} // namespace FailureReason

struct UploadedAsset
{
    AssetIdentifier asset;
    std::optional<QString> fileName;
    static std::optional<UploadedAsset> fromJson(const QJsonObject &object, QString *error);
    friend bool operator==(const UploadedAsset &, const UploadedAsset &) = default;
};

struct FailedAsset
{
    QString failureReason; // empty when Ideogram sent null (its own example does)
    std::optional<QString> fileName;
    static std::optional<FailedAsset> fromJson(const QJsonObject &object, QString *error);
    friend bool operator==(const FailedAsset &, const FailedAsset &) = default;
};

// The body of POST /datasets/{id}/upload_assets. A partly failed upload is still a 200; the counts are
// not guaranteed to add up (the documented example does not), so results go by the two lists. An entry of
// either list that cannot be read is skipped (listed in skipped): its file is then looked up like one the
// answer did not mention.
struct UploadSummary
{
    qint64 totalCount = 0;
    qint64 successCount = 0;
    qint64 failureCount = 0;
    QList<UploadedAsset> successful;
    QList<FailedAsset> failed;
    QList<SkippedRow> skipped; // never written by toJson()

    static std::optional<UploadSummary> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const UploadSummary &, const UploadSummary &) = default;
};

} // namespace Ids::Core
