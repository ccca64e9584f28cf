#include "sandboxstate.h"

#include <core/files/filesniffer.h>
#include <core/files/uploadlimits.h>
#include <core/files/zipdirectory.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <algorithm>

namespace Ids::Sandbox {

using Core::FailureReason::FileTooLarge;
using Core::FailureReason::InvalidCaption;
using Core::FailureReason::InvalidCaptionJson;
using Core::FailureReason::InvalidImage;
using Core::FailureReason::InvalidZip;
using Core::FailureReason::TooManyImages;

// 22 characters of base64url, like Ideogram's ids.
QString SandboxState::newId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

QString stemOf(const QString &name)
{
    return QFileInfo(name).completeBaseName();
}

QString suffixOf(const QString &name)
{
    return QFileInfo(name).suffix().toLower();
}

bool isImageName(const QString &name)
{
    const QString suffix = suffixOf(name);
    return suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") || suffix == QLatin1String("png")
        || suffix == QLatin1String("webp");
}

std::optional<QString> captionText(const QByteArray &data, bool json)
{
    if (data.contains('\0'))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return std::nullopt;
    if (!json)
        return text;
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return std::nullopt;
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

Core::Dataset SandboxState::createDataset(const QString &name)
{
    Core::Dataset dataset;
    dataset.id = newId();
    dataset.name = name;
    dataset.userId = userId();
    // The space-separated form of the rendered API docs, so the client's parser meets it every time.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    dataset.creationTime.utc = now;
    dataset.creationTime.raw = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("+00:00");
    m_entries.append({dataset, {}, {}, ++m_clock});
    return dataset;
}

SandboxState::Entry *SandboxState::entry(const QString &id)
{
    const auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.dataset.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

const SandboxState::Entry *SandboxState::entry(const QString &id) const
{
    return const_cast<SandboxState *>(this)->entry(id);
}

const Core::Dataset *SandboxState::dataset(const QString &id) const
{
    const Entry *found = entry(id);
    return found ? &found->dataset : nullptr;
}

QList<Core::Dataset> SandboxState::datasets(const QString &search) const
{
    QList<const Entry *> sorted;
    for (const Entry &e : m_entries) {
        if (search.isEmpty() || e.dataset.name.contains(search, Qt::CaseInsensitive))
            sorted.append(&e);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Entry *a, const Entry *b) { return a->updated > b->updated; });
    QList<Core::Dataset> result;
    for (const Entry *e : std::as_const(sorted))
        result.append(e->dataset);
    return result;
}

bool SandboxState::rename(const QString &id, const QString &name)
{
    Entry *found = entry(id);
    if (!found)
        return false;
    found->dataset.name = name;
    return true;
}

bool SandboxState::remove(const QString &id)
{
    return m_entries.removeIf([&](const Entry &e) { return e.dataset.id == id; }) > 0;
}

QList<SandboxState::StoredFile> SandboxState::files(const QString &id) const
{
    const Entry *found = entry(id);
    return found ? found->files : QList<StoredFile>();
}

void SandboxState::addModelId(const QString &datasetId, const QString &modelId)
{
    if (Entry *found = entry(datasetId)) {
        found->modelIds.append(modelId);
        found->updated = ++m_clock;
    }
}

Core::DatasetDetail SandboxState::detail(const QString &id) const
{
    Core::DatasetDetail detail;
    const Entry *found = entry(id);
    if (!found)
        return detail;
    detail.dataset = found->dataset;
    detail.fileCount = found->files.size();
    detail.customModelIds = found->modelIds;
    for (const StoredFile &file : found->files) {
        Core::DatasetFile listed;
        listed.fileName = file.fileName;
        listed.sizeBytes = file.size;
        if (!file.caption.isEmpty())
            listed.caption = file.caption;
        detail.files.append(listed);
    }
    return detail;
}

bool SandboxState::storeImage(Entry &entry, const QString &fileName, qint64 size, QString *assetId)
{
    // A file of the same name replaces the earlier one (Ideogram's behaviour is not documented; replacing
    // keeps a re-sent file from counting twice, which is what the client's reconciliation assumes).
    const auto same = std::find_if(entry.files.begin(), entry.files.end(),
                                   [&](const StoredFile &file) { return file.fileName == fileName; });
    if (same == entry.files.end() && entry.files.size() >= Core::UploadLimits::MaxImagesPerDataset)
        return false;
    StoredFile file {fileName, size, {}, newId()};
    if (same != entry.files.end())
        *same = file;
    else
        entry.files.append(file);
    *assetId = file.assetId;
    if (!entry.dataset.cover)
        entry.dataset.cover = Core::AssetIdentifier {QStringLiteral("UPLOAD"), file.assetId, {}};
    return true;
}

Core::UploadSummary SandboxState::upload(const QString &datasetId, const QList<MultipartPart> &parts,
                                         QMultiHash<QString, QString> &rejections)
{
    Core::UploadSummary summary;
    Entry *target = entry(datasetId);
    if (!target)
        return summary;
    auto succeed = [&](const QString &name, const QString &assetId) {
        summary.successful.append({Core::AssetIdentifier {QStringLiteral("UPLOAD"), assetId, {}}, name});
    };
    auto failPart = [&](const QString &name, const QString &reason) { summary.failed.append({reason, name}); };

    QList<const MultipartPart *> captions;
    for (const MultipartPart &part : parts) {
        if (part.name != "files")
            continue;
        ++summary.totalCount;
        const QString name = part.fileName;
        if (const auto rejection = rejections.constFind(name); rejection != rejections.cend()) {
            failPart(name, *rejection);
            rejections.erase(rejection);
            continue;
        }
        if (part.data.size() > Core::UploadLimits::MaxFileBytes) {
            failPart(name, FileTooLarge);
            continue;
        }
        const Core::FileKind kind = Core::FileSniffer::sniff(part.data);
        if (Core::FileSniffer::isImage(kind)) {
            QString assetId;
            if (storeImage(*target, name, part.data.size(), &assetId))
                succeed(name, assetId);
            else
                failPart(name, TooManyImages);
        } else if (kind == Core::FileKind::Zip) {
            const Core::ZipListing listing = Core::ZipDirectory::read(part.data);
            if (!listing.problem.isEmpty()) {
                failPart(name, InvalidZip);
                continue;
            }
            for (const Core::ZipEntry &zipEntry : listing.entries) {
                const QString entryName = QFileInfo(zipEntry.name).fileName();
                if (zipEntry.isDirectory || !isImageName(entryName))
                    continue;
                QString assetId;
                if (storeImage(*target, entryName, zipEntry.uncompressedSize, &assetId))
                    succeed(entryName, assetId);
                else
                    failPart(entryName, TooManyImages);
            }
        } else if (suffixOf(name) == QLatin1String("txt") || suffixOf(name) == QLatin1String("json")) {
            captions.append(&part); // after the images, so a caption may come before its image
        } else {
            failPart(name, InvalidImage);
        }
    }
    for (const MultipartPart *part : std::as_const(captions)) {
        const bool json = suffixOf(part->fileName) == QLatin1String("json");
        const std::optional<QString> text = captionText(part->data, json);
        const auto image = std::find_if(target->files.begin(), target->files.end(), [&](const StoredFile &file) {
            return stemOf(file.fileName) == stemOf(part->fileName);
        });
        if (!text || image == target->files.end()) {
            failPart(part->fileName,
                     json && text == std::nullopt && image != target->files.end() ? InvalidCaptionJson
                                                                                  : InvalidCaption);
            continue;
        }
        image->caption = *text;
        succeed(part->fileName, image->assetId);
    }
    summary.successCount = summary.successful.size();
    summary.failureCount = summary.failed.size();
    target->updated = ++m_clock;
    return summary;
}

} // namespace Ids::Sandbox
