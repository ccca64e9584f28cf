#pragma once

#include "../api/apierror.h"
#include "../storage/contentstore.h"
#include "../storage/journal.h"
#include "../types/uploadsummary.h"
#include "uploaditem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Ids::Core {

class ApiClient;
class UploadCheck;
class UploadAssetsJob;

// Sends reviewed files to a dataset in batches and gives every file a result (reliability-rules.md R8, R10–R12,
// R35). A batch is journaled before it leaves; a batch whose answer is lost is reconciled against
// GET /datasets/{id} and only the files missing there are sent again, once. INTERNAL_ERROR files are
// retried once by themselves; every other failure goes to the user.
class UploadService final : public QObject
{
    Q_OBJECT
public:
    UploadService(ApiClient *client, ContentStore *content, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    QString datasetId() const { return m_datasetId; }
    const QList<UploadItem> &items() const { return m_items; }
    const QList<UploadItemResult> &results() const { return m_results; }
    // Entries of this run's answers that could not be read; their files were looked up in the dataset
    // instead, like files an answer does not mention.
    const QList<SkippedRow> &skippedRows() const { return m_skipped; }

    // batches: indexes into items; each batch must keep its groups whole. zipImages: for each item that is a ZIP
    // sent as it is, the names of the images inside it (Ideogram stores those, not the ZIP).
    void start(const QString &datasetId, const QList<UploadItem> &items, const QList<QList<int>> &batches,
               const QHash<int, QStringList> &zipImages = {});
    // Sends again the files that failed or were cancelled, with their group partners that did not arrive.
    void retryFailed();
    int retryableCount() const;
    void cancel();

    // Uploads journaled by a run that ended before their results were known: reconciled, and the files
    // that did not arrive are sent again if they are unchanged on disk.
    void resumeJournal();

Q_SIGNALS:
    void itemChanged(int index, const Ids::Core::UploadItemResult &result);
    // Bytes of file contents sent, over the whole upload and within the current batch.
    void progress(qint64 sent, qint64 total, int batch, int batchCount, qint64 batchSent, qint64 batchTotal);
    void processing(int batch); // the batch's last byte left; Ideogram is checking the files
    void reconciling();
    void fileStored(const Ids::Core::LocalFile &file);
    void finished(int done, int failed, int cancelled);
    // An upload journaled by an earlier run was reconciled: filesInPlace of its files are on the server now.
    void journalResumed(const QString &datasetId, int filesInPlace);

private:
    struct Batch
    {
        QList<int> items;
        bool isResend = false; // sent again after a lost answer: if lost again, the user decides
    };

    // The one place a run's state is set: the files of the run (with the journal ids of those already
    // journaled), then the batches to send of the items indexes.
    void loadItems(const QString &datasetId, const QList<UploadItem> &items, QList<qint64> journalIds);
    void beginRun(const QList<QList<int>> &batches, const QList<int> &indexes);
    QList<int> allItems() const;
    void sendNext();
    void onUploadFinished(UploadAssetsJob *job);
    void reconcile(const QList<int> &items, bool resendMissing, const ApiError &cause);
    void onLookUpFailed(const QList<int> &items);
    void onLookedUp(const QList<int> &arrived, const QHash<int, QString> &zipMessages,
                    const QHash<int, QStringList> &zipAdded, const QList<int> &missing);
    void applySummary(const QList<int> &batch);
    void setResult(int index, UploadItemResult::State state, const QString &reason = {}, const QString &message = {},
                   const QString &assetId = {});
    void markDone(int index, const QString &assetId, const QString &message = {});
    void sendCurrent();
    // A ZIP's result from what the answer said of it and of the images inside it.
    void finishZip(int index);
    void finishAll();
    qint64 itemBytes(const QList<int> &indexes) const;
    QList<qint64> journalIdsOf(const QList<int> &indexes);

    ApiClient *m_client;
    ContentStore *m_content;
    Journal m_journal;
    QString m_datasetId;
    QList<UploadItem> m_items;
    QList<UploadItemResult> m_results;
    QList<int> m_retriedOnce;
    QList<Batch> m_queue;
    QList<qint64> m_journalIds; // per item; 0 when not (or no longer) journaled
    UploadSummary m_summary;
    QList<SkippedRow> m_skipped;
    Batch m_current;
    int m_batchNumber = 0;
    int m_batchCount = 0;
    qint64 m_doneBytes = 0;
    qint64 m_totalBytes = 0;
    bool m_busy = false;
    bool m_cancelled = false;
    QPointer<UploadAssetsJob> m_job;
    UploadCheck *m_check;
    bool m_checkResends = false; // files the look-up misses go again (once)
    ApiError m_checkCause; // why the look-up was needed; named for the files it misses
    // For each ZIP item, the images inside it: Ideogram stores those, and does not document which names its
    // answer uses (api-contract.md §3).
    QHash<int, QStringList> m_zipImages; // by item
    bool isZip(int index) const { return m_zipImages.contains(index); }
};

} // namespace Ids::Core
