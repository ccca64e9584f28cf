#include "sandboxstate.h"

#include "sandboxfilecheck.h"
#include "sandboxrules.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace Ids::Sandbox {

using Rules::FileTooLarge;
using Rules::InvalidCaption;
using Rules::InvalidCaptionJson;
using Rules::InvalidImage;
using Rules::InvalidZip;
using Rules::TooManyImages;

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

std::optional<QString> captionText(const QByteArray &data, bool json)
{
    if (data.contains('\0'))
        return std::nullopt;
    const std::optional<QString> text = FileCheck::strictUtf8(data);
    if (!text)
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
    if (same == entry.files.end() && entry.files.size() >= Rules::MaxImagesPerDataset)
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

    // A file of its own or one taken from a ZIP: judged by the sandbox's own checks (sandboxfilecheck.h).
    struct Piece
    {
        QString name;
        QByteArray data;
        QString zipName; // empty for a file of its own
    };
    QList<Piece> captions;
    auto storePiece = [&](const Piece &piece, const QString &answerName) {
        QString assetId;
        if (storeImage(*target, piece.name, piece.data.size(), &assetId))
            succeed(answerName, assetId);
        else
            failPart(answerName, TooManyImages);
    };
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
        if (part.data.size() > Rules::MaxFileBytes) {
            failPart(name, FileTooLarge);
            continue;
        }
        const FileCheck::Kind kind = FileCheck::kindOf(part.data);
        if (FileCheck::isImage(kind)) {
            storePiece({name, part.data, {}}, name);
        } else if (kind == FileCheck::Kind::Zip) {
            const auto files = FileCheck::readZip(part.data, MaxZipUnpackedBytes);
            if (!files) {
                failPart(name, InvalidZip);
                continue;
            }
            int added = 0;
            for (const FileCheck::ZipFile &file : *files) {
                const QString suffix = suffixOf(file.name);
                if (FileCheck::isImage(FileCheck::kindOf(file.data))) {
                    const int before = int(summary.successful.size());
                    // How Ideogram names a ZIP's files in its answer is not documented: the sandbox can answer
                    // either way, or say nothing of them, so the client is tested against all three.
                    if (m_zipAnswer == ZipAnswer::Members) {
                        storePiece({file.name, file.data, name}, file.name);
                    } else {
                        QString assetId;
                        storeImage(*target, file.name, file.data.size(), &assetId);
                    }
                    added += int(summary.successful.size()) - before;
                } else if (suffix == QLatin1String("txt") || suffix == QLatin1String("json")) {
                    captions.append({file.name, file.data, name});
                }
            }
            if (m_zipAnswer == ZipAnswer::ZipName)
                succeed(name, newId());
        } else if (suffixOf(name) == QLatin1String("txt") || suffixOf(name) == QLatin1String("json")) {
            captions.append({name, part.data, {}}); // after the images, so a caption may come before its image
        } else {
            failPart(name, InvalidImage);
        }
    }
    for (const Piece &piece : std::as_const(captions)) {
        const bool json = suffixOf(piece.name) == QLatin1String("json");
        const std::optional<QString> text = captionText(piece.data, json);
        const auto image = std::find_if(target->files.begin(), target->files.end(), [&](const StoredFile &file) {
            return stemOf(file.fileName) == stemOf(piece.name);
        });
        const bool answered = piece.zipName.isEmpty() || m_zipAnswer == ZipAnswer::Members;
        if (!text || image == target->files.end()) {
            if (answered)
                failPart(piece.name, json && text == std::nullopt && image != target->files.end() ? InvalidCaptionJson
                                                                                                  : InvalidCaption);
            continue;
        }
        image->caption = *text;
        if (answered)
            succeed(piece.name, image->assetId);
    }
    summary.successCount = summary.successful.size();
    summary.failureCount = summary.failed.size();
    target->updated = ++m_clock;
    return summary;
}

} // namespace Ids::Sandbox
