#include "uploadcheck.h"

#include "../api/datasetjobs.h"

namespace Ids::Core {

UploadCheck::UploadCheck(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void UploadCheck::takeBefore(const QString &datasetId)
{
    m_beforeKnown = false;
    m_job = new GetDatasetJob(m_client, datasetId, this);
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        m_job = nullptr;
        if (job->succeeded()) {
            const QHash<QString, DatasetFile> onServer = UploadMatch::filesByName(job->detail().files);
            m_before = QSet<QString>(onServer.keyBegin(), onServer.keyEnd());
            m_beforeKnown = true;
        }
        Q_EMIT beforeTaken();
    });
    m_job->start();
}

void UploadCheck::lookUp(const QString &datasetId, const QList<UploadItem> &items,
                         const QHash<int, QStringList> &zipImages, const QList<int> &indexes)
{
    m_job = new GetDatasetJob(m_client, datasetId, this);
    connect(m_job, &ApiJob::finished, this, [this, items, zipImages, indexes, job = m_job.data()] {
        m_job = nullptr;
        if (!job->succeeded()) {
            Q_EMIT lookUpFailed(indexes);
            return;
        }
        const QHash<QString, DatasetFile> onServer = UploadMatch::filesByName(job->detail().files);
        QList<int> arrived;
        QList<int> missing;
        QHash<int, QString> zipMessages;
        QHash<int, QStringList> zipAdded;
        for (const int index : indexes) {
            if (!zipImages.contains(index)) {
                (UploadMatch::fileArrived(items, index, onServer) ? arrived : missing).append(index);
                continue;
            }
            // Ideogram stores a ZIP's images, not the ZIP: they are on the list now. With the list from before
            // the ZIP left, an image there already counts as there, not as added.
            const UploadMatch::ZipArrival arrival =
                UploadMatch::zipArrival(zipImages.value(index), onServer, m_beforeKnown ? &m_before : nullptr);
            zipAdded.insert(index, arrival.added);
            if (!arrival.any()) {
                missing.append(index);
                continue;
            }
            arrived.append(index);
            zipMessages.insert(index,
                               UploadMatch::zipMessage(items.at(index).part.sentName, arrival.added, arrival.already));
        }
        Q_EMIT lookedUp(arrived, zipMessages, zipAdded, missing);
    });
    m_job->start();
}

} // namespace Ids::Core
