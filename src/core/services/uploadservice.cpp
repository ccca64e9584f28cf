#include "uploadservice.h"

#include "../api/apiclient.h"
#include "../api/uploadassetsjob.h"
#include "../files/filesniffer.h"
#include "../files/uploadlimits.h"
#include "../storage/datasetstore.h"
#include "../storage/storagehealth.h"
#include "../types/uploadsummary.h"
#include "uploadcheck.h"
#include "uploadmatch.h"
#include "uploadplan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace Ids::Core {

UploadService::UploadService(ApiClient *client, ContentStore *content, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_content(content)
    , m_journal(content->store())
    , m_check(new UploadCheck(client, this))
{
    connect(m_check, &UploadCheck::beforeTaken, this, [this] { m_cancelled ? finishAll() : sendCurrent(); });
    connect(m_check, &UploadCheck::lookUpFailed, this, &UploadService::onLookUpFailed);
    connect(m_check, &UploadCheck::lookedUp, this, &UploadService::onLookedUp);
}

qint64 UploadService::itemBytes(const QList<int> &indexes) const
{
    qint64 bytes = 0;
    for (const int index : indexes)
        bytes += m_items.at(index).part.size;
    return bytes;
}

void UploadService::loadItems(const QString &datasetId, const QList<UploadItem> &items, QList<qint64> journalIds)
{
    m_datasetId = datasetId;
    m_items = items;
    m_results = QList<UploadItemResult>(items.size());
    m_retriedOnce.clear();
    journalIds.resize(items.size());
    m_journalIds = std::move(journalIds);
}

void UploadService::beginRun(const QList<QList<int>> &batches, const QList<int> &indexes)
{
    m_queue.clear();
    for (const QList<int> &batch : batches)
        m_queue.append({batch, false});
    m_batchNumber = 0;
    m_batchCount = int(m_queue.size());
    m_doneBytes = 0;
    m_totalBytes = itemBytes(indexes);
    m_cancelled = false;
    m_skipped.clear();
    m_busy = true;
}

QList<int> UploadService::allItems() const
{
    QList<int> all;
    for (int i = 0; i < m_items.size(); ++i)
        all.append(i);
    return all;
}

void UploadService::start(const QString &datasetId, const QList<UploadItem> &items, const QList<QList<int>> &batches,
                          const QHash<int, QStringList> &zipImages)
{
    if (m_busy)
        return;
    m_zipImages = zipImages;
    loadItems(datasetId, items, {});
    beginRun(batches, allItems());
    sendNext();
}

int UploadService::retryableCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const UploadItemResult &result) {
        return result.state == UploadItemResult::State::Failed || result.state == UploadItemResult::State::Cancelled;
    }));
}

void UploadService::retryFailed()
{
    if (m_busy || retryableCount() == 0)
        return;
    QSet<int> groups;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).state != UploadItemResult::State::Done)
            groups.insert(m_items.at(i).group);
    }
    // A caption that arrived is sent again with its image: the pairing happens within one request.
    QList<int> indexes;
    for (int i = 0; i < m_items.size(); ++i) {
        if (groups.contains(m_items.at(i).group)) {
            indexes.append(i);
            setResult(i, UploadItemResult::State::Waiting);
        }
    }
    beginRun(packBatches(m_items, indexes, UploadLimits::MaxFilesPerBatch, UploadLimits::MaxBatchBytes), indexes);
    sendNext();
}

void UploadService::cancel()
{
    if (!m_busy || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    // Said at once; files of the batch in flight may still turn out to have arrived (reconciled below).
    for (int i = 0; i < m_results.size(); ++i) {
        if (!m_results.at(i).isFinal())
            setResult(i, UploadItemResult::State::Cancelled, {}, UploadFileText::cancelled());
    }
    if (m_job)
        m_job->cancel();
    else if (!m_check->isRunning())
        finishAll();
}

void UploadService::sendNext()
{
    if (m_cancelled || m_queue.isEmpty()) {
        finishAll();
        return;
    }
    m_current = m_queue.takeFirst();
    ++m_batchNumber;
    m_batchCount = std::max(m_batchCount, m_batchNumber + int(m_queue.size()));
    const bool holdsZip =
        std::any_of(m_current.items.cbegin(), m_current.items.cend(), [this](int index) { return isZip(index); });
    m_check->forgetBefore();
    if (holdsZip) {
        // A read, cheap and safe to repeat: taken so that a ZIP's result never depends on a guess.
        Q_EMIT reconciling();
        m_check->takeBefore(m_datasetId);
        return;
    }
    sendCurrent();
}

void UploadService::sendCurrent()
{
    QList<JournaledUpload> toJournal;
    QList<int> journalIndexes;
    QList<MultipartBody::Part> parts;
    for (const int index : std::as_const(m_current.items)) {
        const MultipartBody::Part &part = m_items.at(index).part;
        parts.append(part);
        if (m_journalIds.at(index) == 0) {
            toJournal.append({0, m_datasetId, part.filePath, part.sentName, part.mimeType, part.size, part.modified,
                              QDateTime::currentDateTimeUtc()});
            journalIndexes.append(index);
        }
        setResult(index, UploadItemResult::State::Sending);
    }
    // Journal first (R10): a crash after the bytes leave is reconciled at the next start, not re-sent blind.
    const std::optional<QList<qint64>> ids = m_journal.addUploads(toJournal);
    if (!ids) {
        // Files Ideogram cannot delete are not sent without their entries (issue 17 point 5): this batch and
        // the rest stop, each file failed with the reason, and Try again works once there is space.
        qCWarning(lcStorage) << "could not journal the upload:" << m_journal.lastError();
        m_queue.clear();
        const QString reason = cannotJournalSentence(tr("these files"));
        for (int i = 0; i < m_results.size(); ++i) {
            if (!m_results.at(i).isFinal())
                setResult(i, UploadItemResult::State::Failed, {}, reason);
        }
        finishAll();
        return;
    }
    for (int i = 0; i < journalIndexes.size(); ++i)
        m_journalIds[journalIndexes.at(i)] = ids->at(i);

    const qint64 batchBytes = itemBytes(m_current.items);
    m_job = new UploadAssetsJob(m_client, m_datasetId, parts, this);
    connect(m_job, &ApiJob::uploadProgress, this, [this, batchBytes](qint64 sent, qint64 total) {
        // total counts the multipart headers too; progress is reported in file bytes.
        const qint64 fileBytes = total > 0 ? qint64(double(sent) / double(total) * double(batchBytes)) : 0;
        Q_EMIT progress(m_doneBytes + fileBytes, m_totalBytes, m_batchNumber, m_batchCount, fileBytes, batchBytes);
        if (total > 0 && sent == total && !m_cancelled) {
            for (const int index : std::as_const(m_current.items))
                setResult(index, UploadItemResult::State::Processing);
            Q_EMIT processing(m_batchNumber);
        }
    });
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] { onUploadFinished(job); });
    m_job->start();
}

void UploadService::onUploadFinished(UploadAssetsJob *job)
{
    m_job = nullptr;
    const QList<int> batch = m_current.items;
    m_doneBytes += itemBytes(batch);
    if (job->succeeded()) {
        m_summary = job->summary();
        m_skipped += m_summary.skipped;
        applySummary(batch);
        return;
    }
    const ApiError error = job->error();
    if (m_cancelled || error.kind == ApiError::Kind::Cancelled) {
        // A cancelled POST may have been applied: look, quietly, without sending anything again (R12).
        reconcile(batch, false, error);
        return;
    }
    if (error.delivery() == ApiError::Delivery::MaybeApplied) {
        reconcile(batch, !m_current.isResend, error);
        return;
    }
    for (const int index : batch)
        setResult(index, UploadItemResult::State::Failed, {}, error.headline());
    // A file that changed only spoils its own batch; anything the server refused will refuse the rest too.
    if (error.kind != ApiError::Kind::LocalFile) {
        for (const Batch &queued : std::as_const(m_queue)) {
            for (const int index : queued.items)
                setResult(index, UploadItemResult::State::Failed, {}, error.headline());
        }
        m_queue.clear();
    }
    sendNext();
}

void UploadService::applySummary(const QList<int> &batch)
{
    const UploadMatch::BatchAnswer answer = UploadMatch::readAnswer(m_items, batch, m_zipImages, m_summary);
    QList<int> retryGroups;
    for (const int index : batch) { // in the batch's order, so that rows change as they are listed
        if (answer.zipAdded.contains(index))
            m_results[index].zipAdded = answer.zipAdded.value(index);
        m_results[index].zipFailed.insert(answer.zipRefused.value(index));
        if (const auto stored = answer.stored.constFind(index); stored != answer.stored.cend()) {
            if (isZip(index))
                m_results[index].assetId = *stored;
            else
                markDone(index, *stored);
        }
        const auto refused = answer.refused.constFind(index);
        if (refused == answer.refused.cend())
            continue;
        if (*refused == FailureReason::InternalError && !m_retriedOnce.contains(index)) {
            m_retriedOnce.append(index);
            retryGroups.append(m_items.at(index).group);
            setResult(index, UploadItemResult::State::Waiting);
        } else {
            setResult(index, UploadItemResult::State::Failed, *refused, UploadFileText::refused(*refused));
        }
    }
    for (const int index : batch) {
        if (isZip(index))
            finishZip(index);
    }
    if (!retryGroups.isEmpty()) {
        QList<int> again;
        for (const int index : batch) {
            const bool failedForGood = m_results.at(index).state == UploadItemResult::State::Failed;
            if (retryGroups.contains(m_items.at(index).group) && !failedForGood)
                again.append(index);
        }
        m_queue.prepend({again, false});
        m_batchCount = std::max(m_batchCount, m_batchNumber + int(m_queue.size()));
    }
    // Files the answer did not mention are looked up rather than guessed.
    QList<int> unreported;
    for (const int index : batch) {
        const UploadItemResult::State state = m_results.at(index).state;
        if (state == UploadItemResult::State::Sending || state == UploadItemResult::State::Processing)
            unreported.append(index);
    }
    if (!unreported.isEmpty()) {
        reconcile(unreported, false, {});
        return;
    }
    sendNext();
}

void UploadService::finishZip(int index)
{
    const UploadItemResult &result = m_results.at(index);
    const auto outcome = UploadMatch::zipOutcome(m_items.at(index).part.sentName, result.zipAdded, result.zipFailed);
    if (!outcome)
        return; // not mentioned: reconciled from the dataset's file list
    if (outcome->stored)
        markDone(index, result.assetId, outcome->message);
    else
        setResult(index, UploadItemResult::State::Failed, outcome->failureReason, outcome->message);
}

void UploadService::reconcile(const QList<int> &items, bool resendMissing, const ApiError &cause)
{
    Q_EMIT reconciling();
    m_checkResends = resendMissing;
    m_checkCause = cause;
    m_check->lookUp(m_datasetId, m_items, m_zipImages, items);
}

void UploadService::onLookUpFailed(const QList<int> &items)
{
    for (const int index : items) {
        if (m_results.at(index).state != UploadItemResult::State::Done && !m_cancelled)
            setResult(index, UploadItemResult::State::Failed, {}, UploadFileText::unconfirmed());
    }
    // Left in the journal: the next start asks again.
    if (m_cancelled)
        finishAll();
    else
        sendNext();
}

void UploadService::onLookedUp(const QList<int> &arrived, const QHash<int, QString> &zipMessages,
                               const QHash<int, QStringList> &zipAdded, const QList<int> &missing)
{
    for (auto it = zipAdded.cbegin(); it != zipAdded.cend(); ++it)
        m_results[it.key()].zipAdded = it.value();
    for (const int index : arrived)
        markDone(index, m_results.at(index).assetId, zipMessages.value(index, m_results.at(index).message));
    if (!missing.isEmpty()) {
        if (m_cancelled) {
            m_journal.resolve(journalIdsOf(missing));
        } else if (m_checkResends) {
            // Only what did not arrive goes again, and only once (R8).
            m_queue.prepend({missing, true});
            m_batchCount = std::max(m_batchCount, m_batchNumber + int(m_queue.size()));
        } else {
            const QString message = m_checkCause.isError() ? m_checkCause.headline() : UploadFileText::notStored();
            for (const int index : missing)
                setResult(index, UploadItemResult::State::Failed, {}, message);
        }
    }
    sendNext();
}

QList<qint64> UploadService::journalIdsOf(const QList<int> &indexes)
{
    QList<qint64> ids;
    for (const int index : indexes) {
        if (m_journalIds.value(index) != 0) {
            ids.append(m_journalIds.at(index));
            m_journalIds[index] = 0;
        }
    }
    return ids;
}

void UploadService::setResult(int index, UploadItemResult::State state, const QString &reason, const QString &message,
                              const QString &assetId)
{
    UploadItemResult &result = m_results[index];
    result.state = state;
    result.failureReason = reason;
    result.message = message;
    if (!assetId.isEmpty())
        result.assetId = assetId;
    if (state == UploadItemResult::State::Failed)
        m_journal.resolve(journalIdsOf({index}));
    Q_EMIT itemChanged(index, result);
}

void UploadService::markDone(int index, const QString &assetId, const QString &message)
{
    setResult(index, UploadItemResult::State::Done, {}, message, assetId);
    m_journal.resolve(journalIdsOf({index}));
    const UploadItem &item = m_items.at(index);
    // A ZIP is not a picture the details can show: its images have no copy of their own on this computer.
    if (!item.isImage || isZip(index))
        return;
    LocalFile file;
    file.datasetId = m_datasetId;
    file.fileName = item.part.sentName;
    file.originalPath = item.part.filePath;
    file.size = item.part.size;
    file.assetId = m_results.at(index).assetId;
    file.uploadedAtUtc = QDateTime::currentDateTimeUtc();
    m_content->saveLocalFile(file);
    Q_EMIT fileStored(file);
}

void UploadService::finishAll()
{
    if (!m_busy)
        return;
    if (m_cancelled) {
        // Whatever is still not known after the quiet check stays cancelled; nothing is pending any more.
        m_journal.resolve(journalIdsOf(allItems()));
    }
    m_busy = false;
    int done = 0;
    int failed = 0;
    int cancelled = 0;
    for (const UploadItemResult &result : std::as_const(m_results)) {
        done += result.state == UploadItemResult::State::Done;
        failed += result.state == UploadItemResult::State::Failed;
        cancelled += result.state == UploadItemResult::State::Cancelled;
    }
    Q_EMIT finished(done, failed, cancelled);
}

void UploadService::resumeJournal()
{
    if (m_busy)
        return;
    const QList<JournaledUpload> journaled = m_journal.uploads();
    if (journaled.isEmpty())
        return;
    // One dataset per run of the resume; the next dataset follows when this one finishes.
    const QString datasetId = journaled.first().datasetId;
    QList<qint64> ids;
    const QList<UploadItem> items = itemsFromJournal(journaled, datasetId, &ids);
    m_zipImages.clear(); // not journaled: a ZIP is reconciled by its own name
    loadItems(datasetId, items, ids);
    const QList<int> all = allItems();
    beginRun({}, all);
    connect(
        this, &UploadService::finished, this,
        [this, datasetId](int done, int, int) { Q_EMIT journalResumed(datasetId, done); }, Qt::SingleShotConnection);
    reconcile(all, true, {});
}

} // namespace Ids::Core
