#include "uploadmatch.h"

#include "../api/apierror.h"

#include <QCoreApplication>

namespace Ids::Core::UploadMatch {

BatchAnswer readAnswer(const QList<UploadItem> &items, const QList<int> &batch,
                       const QHash<int, QStringList> &zipImages, const UploadSummary &summary)
{
    QHash<QString, int> byName;
    QHash<QString, int> zipOfMember; // an image inside a ZIP of this batch → the ZIP's item
    for (const int index : batch) {
        byName.insert(items.at(index).part.sentName, index);
        for (const QString &member : zipImages.value(index))
            zipOfMember.insert(member, index);
    }
    BatchAnswer answer;
    for (const UploadedAsset &entry : summary.successful) {
        const QString name = entry.fileName.value_or(QString());
        if (const int zip = zipOfMember.value(name, -1); zip >= 0) {
            QStringList &added = answer.zipAdded[zip];
            if (!added.contains(name))
                added.append(name);
        } else if (const int index = byName.value(name, -1); index >= 0) {
            answer.stored.insert(index, entry.asset.assetId);
            if (zipImages.contains(index))
                answer.zipAdded.insert(index, zipImages.value(index)); // the ZIP named as a whole
        }
    }
    for (const FailedAsset &entry : summary.failed) {
        const QString name = entry.fileName.value_or(QString());
        if (const int zip = zipOfMember.value(name, -1); zip >= 0)
            answer.zipRefused[zip].insert(name, entry.failureReason);
        else if (const int index = byName.value(name, -1); index >= 0)
            answer.refused.insert(index, entry.failureReason);
    }
    return answer;
}

QHash<QString, DatasetFile> filesByName(const QList<DatasetFile> &files)
{
    QHash<QString, DatasetFile> byName;
    for (const DatasetFile &file : files) {
        if (file.fileName)
            byName.insert(*file.fileName, file);
    }
    return byName;
}

bool fileArrived(const QList<UploadItem> &items, int index, const QHash<QString, DatasetFile> &onServer)
{
    const UploadItem &item = items.at(index);
    if (const auto it = onServer.constFind(item.part.sentName); it != onServer.cend())
        return !it->sizeBytes || *it->sizeBytes == item.part.size || !item.isImage;
    if (item.isImage)
        return false;
    for (const UploadItem &other : items) {
        if (other.group == item.group && other.isImage) {
            const auto image = onServer.constFind(other.part.sentName);
            return image != onServer.cend() && image->caption && !image->caption->isEmpty();
        }
    }
    return false;
}

ZipArrival zipArrival(const QStringList &members, const QHash<QString, DatasetFile> &onServer,
                      const QSet<QString> *before)
{
    ZipArrival arrival;
    for (const QString &member : members) {
        if (onServer.contains(member))
            (before && before->contains(member) ? arrival.already : arrival.added).append(member);
    }
    return arrival;
}

QString zipMessage(const QString &zipName, const QStringList &added, const QStringList &already)
{
    // Translated in the UploadService's context, where these sentences have always been.
    QStringList parts;
    if (!added.isEmpty())
        parts << QCoreApplication::translate("Ids::Core::UploadService", "%1: %n image(s) added (%2)", nullptr,
                                             int(added.size()))
                     .arg(zipName, added.join(QStringLiteral(", ")));
    if (!already.isEmpty())
        parts << QCoreApplication::translate("Ids::Core::UploadService",
                                             "%1: %n image(s) were already in the dataset (%2)", nullptr,
                                             int(already.size()))
                     .arg(zipName, already.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

std::optional<ZipOutcome> zipOutcome(const QString &zipName, const QStringList &added,
                                     const QHash<QString, QString> &refused)
{
    if (added.isEmpty() && refused.isEmpty())
        return std::nullopt;
    QStringList parts;
    if (!added.isEmpty())
        parts << zipMessage(zipName, added);
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        parts << it.key() + QStringLiteral(": ") + UploadFileText::refused(it.value());
    ZipOutcome outcome;
    outcome.stored = !added.isEmpty();
    outcome.failureReason = outcome.stored ? QString() : refused.cbegin().value();
    outcome.message = parts.join(QLatin1Char(' '));
    return outcome;
}

} // namespace Ids::Core::UploadMatch
