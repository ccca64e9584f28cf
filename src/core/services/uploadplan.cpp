#include "uploadplan.h"

#include "../files/filesniffer.h"
#include "../files/uploadlimits.h"

#include <QFileInfo>

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
    plan.batches =
        UploadService::packBatches(plan.items, all, UploadLimits::MaxFilesPerBatch, UploadLimits::MaxBatchBytes);
    return plan;
}

} // namespace Ids::Core
