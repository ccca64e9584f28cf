// What the review sheet says and allows (part of UploadDialog): the summary above the list (counts, problems,
// warnings, caption checks, duplicates) and which buttons apply.
#include "tone.h"
#include "uploaddialog.h"

#include <models/uploadreviewmodel.h>

#include <core/captions/reviewcaptions.h>
#include <core/files/uploadlimits.h>

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

namespace Ids::Widgets {

using Core::ReviewRow;

void UploadDialog::updateSummary()
{
    const Core::UploadReview &review = m_model->review();
    int captions = 0;
    int refused = 0;
    int skipped = 0;
    for (const ReviewRow &row : review.rows) {
        if (row.role == ReviewRow::Role::Skipped)
            ++skipped;
        else if (row.verdict == ReviewRow::Verdict::Refused)
            ++refused;
        else if (row.role == ReviewRow::Role::Caption)
            ++captions;
    }
    QStringList lines;
    if (review.rows.isEmpty()) {
        lines << tr("Drop images (JPEG, PNG, WebP; HEIC and AVIF are converted), captions (.txt with the same name as "
                    "the image), folders or ZIP files here.");
    } else {
        // Images inside ZIPs count one by one, as they land in the dataset.
        QStringList parts {tr("%n image(s)", "", review.newImages), tr("%n caption(s)", "", captions)};
        if (skipped > 0)
            parts << tr("%n skipped", "", skipped);
        if (refused > 0)
            parts << tr("%n will not be sent", "", refused);
        lines << tr("To send: %1.").arg(parts.join(QStringLiteral(", ")));
    }
    if (review.pending > 0)
        lines << tr("Preparing %n file(s) (converting, taking out of ZIP files)…", "", review.pending);
    if (m_existingImages < 0)
        lines << tr("The number of images already in the dataset is not known yet; the 100-image limit is checked "
                    "by Ideogram.");
    lines << review.problems;
    lines << review.warnings;
    lines << m_metadataNotes;
    lines << captionWarnings();
    if (const QString duplicates = duplicateSummary(); !duplicates.isEmpty())
        lines << duplicates;
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
    if (!review.problems.isEmpty())
        applyErrorText(m_summaryLabel);
    else
        m_summaryLabel->setPalette(QPalette());
}

void UploadDialog::updateButtons()
{
    const bool busy = m_uploads->isBusy() && m_uploads->datasetId() == m_dataset.id && m_uploadStarted;
    const bool scanning = isScanning();
    m_uploadButton->setVisible(!m_uploadStarted);
    m_uploadButton->setEnabled(!scanning && !m_writingCaptions && !m_uploads->isBusy() && m_model->review().canUpload()
                               && !Core::planUpload(m_model->review(), m_prepared).items.isEmpty());
    m_removeButton->setEnabled(!m_uploadStarted && m_view->selectionModel()->hasSelection());
    m_captionsButton->setEnabled(!m_uploadStarted && !Core::captionedImageKeys(m_model->review()).isEmpty());
    m_captionsButton->setVisible(!m_uploadStarted);
    m_changeCaptionsAction->setEnabled(m_captionsButton->isEnabled());
    m_discardButton->setVisible(!m_uploadStarted);
    m_addFilesButton->setVisible(!m_uploadStarted);
    m_describeButton->setVisible(!m_uploadStarted && m_describe);
    m_describeButton->setEnabled(!m_describing && !Core::captionedImageKeys(m_model->review()).isEmpty());
    if (m_describeAction)
        m_describeAction->setEnabled(m_describeButton->isVisible() && m_describeButton->isEnabled());
    m_stopDescribeButton->setVisible(m_describing);
    m_uploadButton->setEnabled(m_uploadButton->isEnabled() && !m_describing);
    m_discardButton->setEnabled(!m_files.isEmpty() || !m_paths.isEmpty());
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const bool smaller = std::any_of(selected.cbegin(), selected.cend(), [this](const QModelIndex &index) {
        return m_model->review().rows.at(index.row()).canDownscale;
    });
    m_smallerButton->setVisible(!m_uploadStarted);
    m_smallerButton->setEnabled(!m_uploadStarted && smaller);
    m_cancelButton->setVisible(busy);
    m_retryButton->setVisible(m_uploadStarted && !busy && m_uploads->retryableCount() > 0);
    m_closeButton->setEnabled(!busy);
}

} // namespace Ids::Widgets
