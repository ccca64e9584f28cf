#include "uploadplan.h"

#include "../files/filesniffer.h"
#include "../files/sendnames.h"
#include "../files/uploadlimits.h"

#include <QHash>
#include <QSet>

namespace Ids::Core {

namespace {

QByteArray mimeOf(const ReviewRow &row)
{
    if (row.role == ReviewRow::Role::Caption) {
        return SendNames::suffixOf(row.sendName) == QLatin1String("json") ? QByteArrayLiteral("application/json")
                                                                          : FileSniffer::mimeType(FileKind::Text);
    }
    // The type the bytes say, whatever the name claims (reliability-rules.md R23).
    return FileSniffer::mimeType(row.prepare.reencode ? row.prepare.outputKind : row.file.kind);
}

} // namespace

UploadPlan planUpload(const UploadReview &review, const QHash<QString, PreparedFile> &prepared)
{
    UploadPlan plan;
    QHash<int, int> itemOfRow;
    for (int row = 0; row < review.rows.size(); ++row) {
        const ReviewRow &reviewRow = review.rows.at(row);
        const bool zipAsIs = reviewRow.role == ReviewRow::Role::Zip && reviewRow.verdict != ReviewRow::Verdict::Refused
            && reviewRow.zipSend == ReviewRow::ZipSend::AsIs;
        const bool inZipAsIs =
            reviewRow.zipRow >= 0 && review.rows.at(reviewRow.zipRow).zipSend == ReviewRow::ZipSend::AsIs;
        if (inZipAsIs) {
            if (reviewRow.isSent() && itemOfRow.contains(reviewRow.zipRow)) {
                const int item = itemOfRow.value(reviewRow.zipRow);
                plan.memberRowsOfItem[item].append(row);
                if (reviewRow.role == ReviewRow::Role::Image)
                    plan.zipImagesOfItem[item].append(reviewRow.sendName);
            }
            continue;
        }
        if (!zipAsIs && !reviewRow.isSent())
            continue;
        UploadItem item;
        const auto ready = prepared.constFind(reviewRow.file.key());
        const bool fromCopy = reviewRow.prepare.needed() && ready != prepared.cend() && ready->error.isEmpty();
        item.part.filePath = fromCopy ? ready->path : reviewRow.file.path;
        item.part.sentName = reviewRow.sendName;
        item.part.size = fromCopy ? ready->size : reviewRow.file.size;
        // A prepared copy is the app's own file: its time is not the user's to check.
        item.part.modified = fromCopy ? QDateTime() : reviewRow.file.modified;
        item.part.mimeType = zipAsIs ? FileSniffer::mimeType(FileKind::Zip) : mimeOf(reviewRow);
        item.isImage = reviewRow.role != ReviewRow::Role::Caption;
        if (zipAsIs)
            plan.zipImagesOfItem.insert(int(plan.items.size()), {});
        item.group =
            reviewRow.role == ReviewRow::Role::Caption && reviewRow.pairedWith >= 0 ? reviewRow.pairedWith : row;
        itemOfRow.insert(row, int(plan.items.size()));
        plan.items.append(item);
        plan.rowOfItem.append(row);
        plan.memberRowsOfItem.append(QList<int>());
    }
    QList<int> all;
    for (int i = 0; i < plan.items.size(); ++i)
        all.append(i);
    plan.batches = packBatches(plan.items, all, UploadLimits::MaxFilesPerBatch, UploadLimits::MaxBatchBytes);
    return plan;
}

void applyCaptionFiles(UploadPlan &plan, const UploadReview &review, const QHash<QString, CaptionFile> &captionFiles)
{
    if (captionFiles.isEmpty())
        return;
    QHash<int, int> itemOfRow;
    for (int item = 0; item < plan.rowOfItem.size(); ++item)
        itemOfRow.insert(plan.rowOfItem.at(item), item);
    QSet<int> dropped;
    QList<UploadItem> added;
    for (int row = 0; row < review.rows.size(); ++row) {
        const ReviewRow &image = review.rows.at(row);
        const auto caption = captionFiles.constFind(image.file.key());
        if (image.role != ReviewRow::Role::Image || caption == captionFiles.cend() || !itemOfRow.contains(row))
            continue;
        const QString stem = image.sendName.contains(QLatin1Char('.')) ? image.sendName.section(QLatin1Char('.'), 0, -2)
                                                                       : image.sendName;
        UploadItem item;
        item.part.filePath = caption->path;
        item.part.size = caption->size;
        item.part.sentName = stem + (caption->json ? QStringLiteral(".json") : QStringLiteral(".txt"));
        item.part.mimeType =
            caption->json ? QByteArrayLiteral("application/json") : FileSniffer::mimeType(FileKind::Text);
        item.isImage = false;
        item.group = plan.items.at(itemOfRow.value(row)).group;
        const int own = image.pairedWith >= 0 ? itemOfRow.value(image.pairedWith, -1) : -1;
        if (own >= 0 && caption->path.isEmpty())
            dropped.insert(own);
        else if (own >= 0)
            plan.items[own].part = item.part;
        else if (!caption->path.isEmpty())
            added.append(item);
    }
    UploadPlan result;
    for (int item = 0; item < plan.items.size(); ++item) {
        if (dropped.contains(item))
            continue;
        if (plan.zipImagesOfItem.contains(item))
            result.zipImagesOfItem.insert(int(result.items.size()), plan.zipImagesOfItem.value(item));
        result.items.append(plan.items.at(item));
        result.rowOfItem.append(plan.rowOfItem.at(item));
        result.memberRowsOfItem.append(plan.memberRowsOfItem.at(item));
    }
    for (const UploadItem &item : std::as_const(added)) {
        result.items.append(item);
        result.rowOfItem.append(-1);
        result.memberRowsOfItem.append(QList<int>());
    }
    QList<int> all;
    for (int i = 0; i < result.items.size(); ++i)
        all.append(i);
    result.batches = packBatches(result.items, all, UploadLimits::MaxFilesPerBatch, UploadLimits::MaxBatchBytes);
    plan = result;
}

QList<QList<int>> packBatches(const QList<UploadItem> &items, const QList<int> &indexes, int maxFiles, qint64 maxBytes)
{
    // Groups in order of first appearance.
    QList<QList<int>> groups;
    QHash<int, int> groupSlot;
    for (const int index : indexes) {
        const int group = items.at(index).group;
        const auto slot = groupSlot.constFind(group);
        if (slot == groupSlot.cend()) {
            groupSlot.insert(group, int(groups.size()));
            groups.append(QList<int> {index});
        } else {
            groups[*slot].append(index);
        }
    }
    QList<QList<int>> batches;
    QList<int> batch;
    qint64 batchBytes = 0;
    for (const QList<int> &group : std::as_const(groups)) {
        qint64 groupBytes = 0;
        for (const int index : group)
            groupBytes += items.at(index).part.size;
        const bool fits = batch.size() + group.size() <= maxFiles && batchBytes + groupBytes <= maxBytes;
        if (!batch.isEmpty() && !fits) {
            batches.append(batch);
            batch.clear();
            batchBytes = 0;
        }
        batch.append(group);
        batchBytes += groupBytes;
    }
    if (!batch.isEmpty())
        batches.append(batch);
    return batches;
}

} // namespace Ids::Core
