#include "uploaditem.h"

#include <QFileInfo>

namespace Ids::Core {

QList<UploadItem> itemsFromJournal(const QList<JournaledUpload> &journaled, const QString &datasetId,
                                   QList<qint64> *ids)
{
    QList<UploadItem> items;
    QHash<QString, int> groupOfStem;
    for (const JournaledUpload &entry : journaled) {
        if (entry.datasetId != datasetId)
            continue;
        UploadItem item;
        item.part = {entry.filePath, entry.sentName, entry.mimeType, entry.size, entry.modified.toLocalTime()};
        item.isImage = !entry.mimeType.startsWith("text/") && !entry.mimeType.startsWith("application/json");
        const QString stem = QFileInfo(entry.sentName).completeBaseName();
        item.group = *groupOfStem.insert(stem, groupOfStem.value(stem, int(groupOfStem.size())));
        items.append(item);
        ids->append(entry.id);
    }
    return items;
}

} // namespace Ids::Core
