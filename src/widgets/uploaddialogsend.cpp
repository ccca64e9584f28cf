// The review sheet's upload (part of UploadDialog): the plan with the captions written for it, one progress
// bar in images and time left, a result on every row, cancel.
#include "tone.h"
#include "uploaddialog.h"

#include <models/uploadreviewmodel.h>

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Ids::Widgets {

using Core::UploadItemResult;

void UploadDialog::startUpload()
{
    if (m_uploadStarted || m_uploads->isBusy() || !m_model->review().canUpload())
        return;
    writeCaptionsThenUpload();
}

void UploadDialog::sendPlan(const QHash<QString, Core::CaptionFile> &captionFiles)
{
    m_writingCaptions = false;
    if (m_uploadStarted || m_uploads->isBusy() || !m_model->review().canUpload())
        return;
    m_plan = Core::planUpload(m_model->review(), m_prepared);
    Core::applyCaptionFiles(m_plan, m_model->review(), captionFiles);
    if (m_plan.items.isEmpty())
        return;
    m_uploadStarted = true;
    m_sendClock.start();
    // The list is on its way: the draft has served (an upload cut short is the journal's to finish).
    m_saveTimer.stop();
    if (m_drafts)
        m_drafts->discard(m_dataset.id);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);
    m_progressBar->setVisible(true);
    m_statusLabel->setText(tr("Starting the upload…"));
    m_uploads->start(m_dataset.id, m_plan.items, m_plan.batches, m_plan.zipImagesOfItem);
    updateButtons();
    m_cancelButton->setFocus();
}

void UploadDialog::onItemChanged(int item, const UploadItemResult &result)
{
    const bool over = result.state == UploadItemResult::State::Done || result.state == UploadItemResult::State::Failed
        || result.state == UploadItemResult::State::Cancelled;
    if (m_uploadStarted && over && !m_finishedItems.contains(item)) {
        m_finishedItems.insert(item);
        m_imagesFinished += imagesOfItem(item);
    } else if (m_uploadStarted && !over && m_finishedItems.remove(item)) {
        m_imagesFinished -= imagesOfItem(item); // sent again (Retry Failed)
    }
    // A caption written by the app has no row of its own (-1): its image's row tells.
    if (!m_uploadStarted || item < 0 || item >= m_plan.rowOfItem.size() || m_plan.rowOfItem.at(item) < 0)
        return;
    m_model->setResult(m_plan.rowOfItem.at(item), result);
    // The files inside a ZIP sent as it is: each by what Ideogram said of it, else as the ZIP.
    for (const int row : m_plan.memberRowsOfItem.at(item)) {
        UploadItemResult memberResult = result;
        const QString name = m_model->review().rows.at(row).sendName;
        memberResult.message.clear();
        if (result.zipAdded.contains(name))
            memberResult.state = UploadItemResult::State::Done;
        else if (const auto failed = result.zipFailed.constFind(name); failed != result.zipFailed.cend()) {
            memberResult.state = UploadItemResult::State::Failed;
            memberResult.failureReason = *failed;
            memberResult.message = Core::UploadFileText::refused(*failed);
        }
        m_model->setResult(row, memberResult);
    }
}

void UploadDialog::onProgress(qint64 sent, qint64 total, int, int, qint64, qint64)
{
    if (!m_uploadStarted)
        return;
    // One bar for the whole upload, in images and time left (issue 14 item 8); an unknown total shows a busy
    // bar rather than a made-up figure (reliability-rules.md R35).
    m_progressBar->setRange(0, total > 0 ? 1000 : 0);
    m_progressBar->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    m_batchProgressBar->setVisible(false);
    int images = 0;
    for (int item = 0; item < m_plan.items.size(); ++item)
        images += imagesOfItem(item);
    const qint64 elapsedMs = m_sendClock.isValid() ? m_sendClock.elapsed() : 0;
    QString left;
    // After a few seconds the pace so far says how long the rest takes.
    if (elapsedMs >= 3000 && sent > 0 && total > sent) {
        const qint64 leftMs = (total - sent) * elapsedMs / sent;
        left = leftMs < 60000 ? tr("less than a minute left") : tr("%n min left", "", int((leftMs + 59999) / 60000));
    }
    const QString count = tr("%1 of %n image(s)", "", images).arg(m_imagesFinished);
    m_statusLabel->setText(left.isEmpty() ? count : count + QStringLiteral(" · ") + left);
    m_progressBar->setFormat(tr("%1 of %2")
                                 .arg(QLocale().formattedDataSize(sent, 1, QLocale::DataSizeTraditionalFormat),
                                      QLocale().formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat)));
}

int UploadDialog::imagesOfItem(int item) const
{
    if (item < 0 || item >= m_plan.items.size() || !m_plan.items.at(item).isImage)
        return 0;
    const auto zip = m_plan.zipImagesOfItem.constFind(item);
    return zip == m_plan.zipImagesOfItem.cend() ? 1 : int(zip->size());
}

void UploadDialog::onFinished(int done, int failed, int cancelled)
{
    if (!m_uploadStarted)
        return;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(m_progressBar->maximum());
    m_batchProgressBar->setVisible(false);
    QStringList parts;
    parts << tr("%n file(s) uploaded", "", done);
    if (failed > 0)
        parts << tr("%n failed", "", failed);
    if (cancelled > 0)
        parts << tr("%n cancelled", "", cancelled);
    m_statusLabel->setText(cancelled > 0 && failed == 0 ? tr("Cancelled. %1.").arg(parts.join(QStringLiteral(", ")))
                                                        : tr("Done: %1.").arg(parts.join(QStringLiteral(", "))));
    if (failed > 0)
        applyErrorText(m_statusLabel);
    else
        m_statusLabel->setPalette(QPalette());
    updateButtons();
    m_closeButton->setFocus();
    Q_EMIT uploadFinished(m_dataset.id);
}

void UploadDialog::cancelUpload()
{
    if (!m_uploads->isBusy())
        return;
    // Said at once (R12); the quiet check of what already arrived may still turn rows into "Uploaded".
    m_cancelRequested = true;
    m_statusLabel->setText(tr("Cancelled."));
    m_uploads->cancel();
}

} // namespace Ids::Widgets
