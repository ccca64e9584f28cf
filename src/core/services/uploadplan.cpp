#include "uploadplan.h"

#include "../files/filesniffer.h"
#include "../files/uploadlimits.h"

#include <QFileInfo>
#include <QHash>

namespace Ids::Core {

UploadPlan planUpload(const UploadReview &review)
{
    UploadPlan plan;
    for (int row = 0; row < review.rows.size(); ++row) {
        const ReviewRow &reviewRow = review.rows.at(row);
        if (reviewRow.verdict == ReviewRow::Verdict::Refused || reviewRow.role == ReviewRow::Role::Refused)
            continue;
        UploadItem item;
        item.part.filePath = reviewRow.file.path;
        item.part.sentName = reviewRow.file.sentName;
        item.part.size = reviewRow.file.size;
        item.part.modified = reviewRow.file.modified;
        item.isImage = reviewRow.role != ReviewRow::Role::Caption;
        if (reviewRow.role == ReviewRow::Role::Caption) {
            const bool json =
                QFileInfo(reviewRow.file.sentName).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
            item.part.mimeType = json ? QByteArrayLiteral("application/json") : FileSniffer::mimeType(FileKind::Text);
            item.group = reviewRow.pairedWith >= 0 ? reviewRow.pairedWith : row;
        } else {
            // The type the bytes say, whatever the name claims (reliability-rules.md R23).
            item.part.mimeType = FileSniffer::mimeType(reviewRow.file.kind);
            item.group = row;
        }
        plan.items.append(item);
        plan.rowOfItem.append(row);
    }
    QList<int> all;
    for (int i = 0; i < plan.items.size(); ++i)
        all.append(i);
    plan.batches = packBatches(plan.items, all, UploadLimits::MaxFilesPerBatch, UploadLimits::MaxBatchBytes);
    return plan;
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
