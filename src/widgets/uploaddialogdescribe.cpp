// Captions from Ideogram in the review sheet (issue 15 item 3): the price first, then at most four describes
// at a time with their progress, Stop, and a note on each image that could not be captioned. Part of
// UploadDialog; the requests are core's DescribeService.
#include "describedialog.h"
#include "uploaddialog.h"

#include <models/reviewcaptions.h>
#include <models/uploadreviewmodel.h>

#include <core/captions/reviewcaptions.h>
#include <core/files/filesniffer.h>
#include <core/files/sendnames.h>

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>

namespace Ids::Widgets {

using Core::ReviewRow;

DescribeDialog *UploadDialog::describeDialog() const
{
    return m_describeDialog;
}

void UploadDialog::setDescribeService(Core::DescribeService *service, const QString &accountName)
{
    m_describe = service;
    m_accountName = accountName;
    if (!m_describe)
        return;
    connect(m_describe, &Core::DescribeService::captioned, this,
            [this](const QString &key, const QString &text, bool structured) {
                m_captions->fill({{key, Core::CaptionEntry {text, Core::CaptionSource::Ideogram, structured}}});
            });
    connect(m_describe, &Core::DescribeService::failed, this,
            [this](const QString &key, const QString &message) { m_model->setCaptionNote(key, message); });
    connect(m_describe, &Core::DescribeService::progress, this, [this](int done, int total) {
        if (!m_describing)
            return;
        m_progressBar->setRange(0, std::max(1, total));
        m_progressBar->setValue(done);
        m_statusLabel->setText(tr("Captioning with Ideogram: %1 of %n image(s)…", "", total).arg(done));
    });
    connect(m_describe, &Core::DescribeService::waiting, this, [this](std::chrono::milliseconds delay) {
        if (m_describing)
            m_statusLabel->setText(tr("Ideogram asked the app to slow down; captioning goes on in %n second(s).", "",
                                      int((delay.count() + 999) / 1000)));
    });
    connect(m_describe, &Core::DescribeService::finished, this, [this](int captioned, int failed, int cancelled) {
        if (!m_describing)
            return;
        m_describing = false;
        m_progressBar->setVisible(false);
        QStringList parts {tr("%n caption(s) from Ideogram to check", "", captioned)};
        if (failed > 0)
            parts << tr("%n image(s) not captioned (see the Caption column)", "", failed);
        if (cancelled > 0)
            parts << tr("%n stopped", "", cancelled);
        m_statusLabel->setText(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
        updateButtons();
    });
}

QList<Core::DescribeService::Task> UploadDialog::describeTasks(QStringList *skipped) const
{
    const Core::UploadReview &review = m_model->review();
    QStringList keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const ReviewRow &row = review.rows.at(index.row());
        if (row.role == ReviewRow::Role::Image && row.isSent())
            keys.append(row.file.key());
    }
    // Nothing selected: the images that have no caption yet.
    if (keys.isEmpty()) {
        for (const QString &key : Core::captionedImageKeys(review)) {
            if (m_captions->caption(key).text.trimmed().isEmpty())
                keys.append(key);
        }
    }
    QList<Core::DescribeService::Task> tasks;
    for (const QString &key : std::as_const(keys)) {
        const ReviewRow &row = review.rows.at(m_model->rowOfKey(key));
        // Describe takes JPEG, PNG and WebP: a converted photo goes as its converted copy, an image in a ZIP as
        // the copy taken out of it.
        const auto prepared = m_prepared.constFind(key);
        const bool fromCopy = row.prepare.needed() && prepared != m_prepared.cend() && prepared->error.isEmpty();
        if (!fromCopy && (row.prepare.needed() || row.file.zipEntry >= 0)) {
            if (skipped)
                skipped->append(key);
            continue;
        }
        const Core::FileKind kind = row.prepare.reencode ? row.prepare.outputKind : row.file.kind;
        tasks.append({key, fromCopy ? prepared->path : row.file.path, row.sendName, Core::FileSniffer::mimeType(kind)});
    }
    return tasks;
}

void UploadDialog::captionWithIdeogram()
{
    if (!m_describe || m_describing || m_uploadStarted || m_describe->isBusy())
        return;
    QStringList skipped;
    const QList<Core::DescribeService::Task> tasks = describeTasks(&skipped);
    for (const QString &key : std::as_const(skipped))
        m_model->setCaptionNote(key,
                                tr("Not captioned: this image is inside a ZIP file sent as it is. Change its "
                                   "caption once to send the ZIP's files one by one, then try again."));
    if (tasks.isEmpty()) {
        m_statusLabel->setText(tr("Every image has a caption. Select the images Ideogram should caption."));
        return;
    }
    auto *dialog = new DescribeDialog(int(tasks.size()), m_accountName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_describeDialog = dialog;
    const auto askQuote = [this, sample = tasks.first()](bool structured) { m_describe->quote(sample, structured); };
    auto described = std::make_shared<QString>(); // the sample, when Ideogram described it instead of pricing it
    connect(dialog, &DescribeDialog::quoteRequested, this, askQuote);
    connect(
        m_describe, &Core::DescribeService::quoted, dialog,
        [this, dialog, described, sampleKey = tasks.first().key](const std::optional<Core::PriceQuote> &quote,
                                                                 const QString &text, bool structured,
                                                                 const Core::ApiError &error) {
            if (!text.isEmpty()) {
                // It was billed, so it is kept, and not asked for again.
                *described = sampleKey;
                m_captions->fill({{sampleKey, Core::CaptionEntry {text, Core::CaptionSource::Ideogram, structured}}});
            }
            dialog->setQuote(quote, error);
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog, described] {
        QList<Core::DescribeService::Task> run = describeTasks();
        run.removeIf([&](const Core::DescribeService::Task &task) { return task.key == *described; });
        startDescribe(run, dialog->structured());
    });
    dialog->open();
    askQuote(false);
}

void UploadDialog::startDescribe(const QList<Core::DescribeService::Task> &tasks, bool structured)
{
    if (tasks.isEmpty() || !m_describe)
        return;
    for (const Core::DescribeService::Task &task : tasks)
        m_model->setCaptionNote(task.key, {});
    m_describing = true;
    m_progressBar->setRange(0, int(tasks.size()));
    m_progressBar->setValue(0);
    m_progressBar->setVisible(true);
    m_describe->start(tasks, structured);
    updateButtons();
}

void UploadDialog::stopDescribe()
{
    if (m_describe && m_describing)
        m_describe->cancel();
}

} // namespace Ids::Widgets
