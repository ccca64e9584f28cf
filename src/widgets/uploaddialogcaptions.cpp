// The review sheet's captions and drafts (issue 15): the side panel, bulk edits, undo, the draft kept in the
// account's database, and the captions written as sidecars before sending. Part of UploadDialog.
#include "bulkcaptiondialog.h"
#include "captionpanel.h"
#include "keybindings.h"
#include "uploaddialog.h"

#include <models/reviewcaptions.h>
#include <models/thumbnailer.h>
#include <models/uploadreviewmodel.h>

#include <core/captions/captionchecks.h>
#include <core/captions/reviewcaptions.h>
#include <core/files/uploadlimits.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent>

#include <functional>

namespace Ids::Widgets {

using Core::ReviewRow;

namespace {

constexpr int SaveDelayMs = 300; // a draft is written this long after the first change not yet written

// An undo step over the sheet's files (a removal): the list before and after, the rest follows.
class FilesCommand final : public QUndoCommand
{
public:
    FilesCommand(const QString &text, std::function<void()> undo, std::function<void()> redo)
        : QUndoCommand(text)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
    { }
    void undo() override { m_undo(); }
    void redo() override { m_redo(); }

private:
    std::function<void()> m_undo;
    std::function<void()> m_redo;
};

// Writes each caption as UTF-8 (no BOM, LF line ends) into dir; runs on a worker.
QHash<QString, Core::CaptionFile> writeCaptions(const QString &dir, const Core::CaptionMap &captions)
{
    QHash<QString, Core::CaptionFile> files;
    int n = 0;
    for (auto it = captions.cbegin(); it != captions.cend(); ++it) {
        Core::CaptionFile file;
        file.json = it->structured;
        if (!it->text.trimmed().isEmpty()) {
            file.path = QDir(dir).filePath(QStringLiteral("caption-%1%2")
                                               .arg(++n)
                                               .arg(file.json ? QStringLiteral(".json") : QStringLiteral(".txt")));
            QSaveFile out(file.path);
            const QByteArray bytes = it->text.toUtf8();
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                continue; // not written: the image keeps its own sidecar, if any
            file.size = bytes.size();
        }
        files.insert(it.key(), file);
    }
    return files;
}

} // namespace

QUndoStack *UploadDialog::undoStack() const
{
    return m_captions->undoStack();
}

void UploadDialog::setUpCaptions()
{
    m_model->setCaptions(m_captions);
    QMenu *edit = m_menuBar->addMenu(tr("&Edit"));
    m_undoAction = m_captions->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("reviewUndoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_captions->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("reviewRedoAction"));
    // Ctrl+Shift+Z on every desktop, beside the platform's own redo keys (listed once where it is one of them).
    m_redoAction->setShortcuts(withFallback(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), true));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_changeCaptionsAction = edit->addAction(tr("Change &Captions…"), this, [this] { openBulkEdit(); });
    m_changeCaptionsAction->setObjectName(QStringLiteral("changeCaptionsAction"));
    m_changeCaptionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_describeAction = edit->addAction(tr("Caption with &Ideogram…"), this, &UploadDialog::captionWithIdeogram);
    m_describeAction->setObjectName(QStringLiteral("captionWithIdeogramAction"));
    m_captionsButton->setObjectName(QStringLiteral("changeCaptionsButton"));
    m_captionsButton->setToolTip(tr("Add a word to every caption, find and replace, or set one caption (Ctrl+E)"));
    m_discardButton->setObjectName(QStringLiteral("discardDraftButton"));
    m_discardButton->setToolTip(tr("Empty this list and forget the captions typed for it"));
    m_panel->editor()->setUndoRedoEnabled(false); // the sheet's undo stack has every step

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &UploadDialog::saveDraftNow);
    connect(m_captionsButton, &QPushButton::clicked, this, [this] { openBulkEdit(); });
    connect(m_discardButton, &QPushButton::clicked, this, &UploadDialog::discardDraft);
    connect(m_panel, &CaptionPanel::edited, m_captions, &Models::ReviewCaptions::type);
    connect(m_captions, &Models::ReviewCaptions::changed, this, &UploadDialog::onCaptionsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UploadDialog::showSelectedCaption);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UploadDialog::showSelectedCaption);
    connect(m_thumbnailer, &Models::Thumbnailer::ready, this, [this](const QString &key) {
        if (key == m_panel->key())
            showSelectedCaption();
    });
}

void UploadDialog::showSelectedCaption()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->review().rows.size()) {
        m_panel->showNothing(tr("Select an image to see and write its caption."));
        return;
    }
    const ReviewRow &row = m_model->review().rows.at(current.row());
    const bool image = row.role == ReviewRow::Role::Image && row.isSent();
    const QString key = row.file.key();
    const QImage thumbnail = m_model->index(current.row(), 0).data(Qt::DecorationRole).value<QImage>();
    // A larger picture for a plain image file; a ZIP entry or a HEIC photo keeps its thumbnail.
    const bool decodable = row.file.zipEntry < 0 && Core::FileSniffer::isImage(row.file.kind);
    if (key != m_panel->key())
        m_panel->showImage(key, row.file.displayName(), decodable ? row.file.path : QString(), thumbnail, image);
    m_panel->setVerdict(
        m_model->index(current.row(), int(Models::UploadReviewModel::Column::Verdict)).data().toString());
    if (image)
        m_panel->setCaption(m_captions->caption(key));
}

void UploadDialog::onCaptionsChanged(const QStringList &keys)
{
    if (keys.contains(m_panel->key()))
        m_panel->setCaption(m_captions->caption(m_panel->key()));
    // A caption inside a ZIP changed for the first time: its files now go one by one.
    const QSet<QString> unpack = Core::zipsWithEditedCaptions(m_captions->edits().keys());
    bool rejudge = false;
    for (const ReviewRow &row : m_model->review().rows)
        rejudge = rejudge
            || (row.role == ReviewRow::Role::Zip && unpack.contains(row.file.path)
                && row.zipSend == ReviewRow::ZipSend::AsIs);
    if (rejudge)
        rebuildReview();
    else
        updateSummary();
    updateButtons();
    scheduleSave();
}

QStringList UploadDialog::captionWarnings() const
{
    const Core::UploadReview &review = m_model->review();
    QList<QPair<QString, QString>> captions;
    int tooLong = 0;
    for (const QString &key : Core::captionedImageKeys(review)) {
        const QString text = m_captions->caption(key).text;
        captions.append({key, text});
        tooLong += text.toUtf8().size() > Core::UploadLimits::MaxCaptionBytes;
    }
    QStringList lines;
    if (tooLong > 0) {
        lines << tr("%n caption(s) are longer than %1: shorten them before you upload.", "", tooLong)
                     .arg(QLocale().formattedDataSize(Core::UploadLimits::MaxCaptionBytes, 0,
                                                      QLocale::DataSizeTraditionalFormat));
    }
    for (const Core::CaptionWarning &warning : Core::checkCaptions(captions))
        lines << warning.text;
    return lines;
}

BulkCaptionDialog *UploadDialog::openBulkEdit()
{
    if (m_uploadStarted)
        return nullptr;
    const QStringList all = Core::captionedImageKeys(m_model->review());
    QStringList selected;
    QHash<QString, QString> names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString key = m_model->review().rows.at(index.row()).file.key();
        if (all.contains(key))
            selected.append(key);
    }
    for (const ReviewRow &row : m_model->review().rows)
        names.insert(row.file.key(), row.file.displayName());
    auto *dialog = new BulkCaptionDialog(m_captions->texts(), selected, all, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_captions->apply(dialog->keys(), dialog->edit()); });
    dialog->open();
    return dialog;
}

void UploadDialog::applyRemovals(QList<Core::ScannedFile> &files) const
{
    if (m_removedKeys.isEmpty())
        return;
    files.removeIf([this](const Core::ScannedFile &file) { return m_removedKeys.contains(file.key()); });
    for (Core::ScannedFile &file : files) {
        const QList<Core::ScannedFile> members = file.members;
        for (const Core::ScannedFile &member : members) {
            if (m_removedKeys.contains(member.key()))
                file.removeMember(member.zipEntry);
        }
    }
}

void UploadDialog::setFiles(const QList<Core::ScannedFile> &files, const QSet<QString> &removedKeys)
{
    m_files = files;
    m_removedKeys = removedKeys;
    rebuildReview();
    scheduleSave();
}

void UploadDialog::removeRows(const QList<int> &selectedRows)
{
    if (m_uploadStarted || selectedRows.isEmpty())
        return;
    const Core::UploadReview &review = m_model->review();
    QSet<QString> removed = m_removedKeys;
    int firstRow = review.rows.size();
    for (const int row : selectedRows) {
        const ReviewRow &reviewRow = review.rows.at(row);
        firstRow = std::min(firstRow, row);
        removed.insert(reviewRow.file.key());
        // An image and its caption go together (issue 14 item 5).
        if (reviewRow.role == ReviewRow::Role::Image && reviewRow.pairedWith >= 0)
            removed.insert(review.rows.at(reviewRow.pairedWith).file.key());
    }
    QList<Core::ScannedFile> after = m_files;
    const QSet<QString> before = m_removedKeys;
    m_removedKeys = removed;
    applyRemovals(after);
    m_removedKeys = before;
    const QList<Core::ScannedFile> previous = m_files;
    const QString text = tr("Remove %n file(s)", "", int(removed.size() - before.size()));
    m_captions->undoStack()->push(new FilesCommand(
        text, [this, previous, before] { setFiles(previous, before); },
        [this, after, removed] { setFiles(after, removed); }));
    // The current row stays where the user works: the row that took the first removed one's place.
    const int rows = m_model->rowCount();
    if (rows > 0) {
        const QModelIndex next = m_model->index(std::min(firstRow, rows - 1), 0);
        m_view->selectionModel()->setCurrentIndex(next,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(next);
    }
}

void UploadDialog::scheduleSave()
{
    // Not restarted by each change: while someone types without a pause the draft is still written every
    // SaveDelayMs, so a crash loses at most that much typing (tst_draftcrash).
    if (m_drafts && !m_uploadStarted && !m_saveTimer.isActive())
        m_saveTimer.start();
}

Core::ReviewDraft UploadDialog::draft() const
{
    Core::ReviewDraft draft;
    draft.datasetId = m_dataset.id;
    draft.paths = m_paths;
    draft.removedKeys = QStringList(m_removedKeys.cbegin(), m_removedKeys.cend());
    draft.removedKeys.sort();
    draft.captions = m_captions->edits();
    return draft;
}

void UploadDialog::saveDraftNow()
{
    m_saveTimer.stop();
    if (!m_drafts || m_uploadStarted)
        return;
    if (m_paths.isEmpty())
        m_drafts->discard(m_dataset.id);
    else
        m_drafts->save(draft());
}

void UploadDialog::restoreDraft(const Core::ReviewDraft &draft)
{
    m_removedKeys = QSet<QString>(draft.removedKeys.cbegin(), draft.removedKeys.cend());
    m_captions->restoreEdits(draft.captions);
    addPaths(draft.paths);
}

void UploadDialog::discardDraft()
{
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Discard Draft"),
                        tr("Empty this list and forget the captions you wrote for it?"), QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("discardDraftQuestion"));
    question->setInformativeText(tr("Your image files stay where they are; only this list goes."));
    QPushButton *discard = question->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(discard, &QPushButton::clicked, this, &UploadDialog::discardDraftNow);
    question->open();
}

void UploadDialog::discardDraftNow()
{
    if (m_uploadStarted)
        return;
    m_paths.clear();
    m_queuedPaths.clear();
    m_files.clear();
    m_removedKeys.clear();
    m_prepared.clear();
    m_downscale.clear();
    m_captions->undoStack()->clear();
    m_captions->restoreEdits({});
    rebuildReview();
    if (m_drafts)
        m_drafts->discard(m_dataset.id);
    m_saveTimer.stop();
}

void UploadDialog::writeCaptionsThenUpload()
{
    const Core::CaptionMap write =
        Core::captionsToWrite(m_model->review(), m_captions->fromFiles(), m_captions->edits());
    if (write.isEmpty()) {
        sendPlan({});
        return;
    }
    if (m_captionDir.isEmpty()) {
        // Kept after the sheet closes: an upload goes on without it and reads the files as it sends.
        QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("ideogram-datasets-captions-XXXXXX")));
        dir.setAutoRemove(false);
        m_captionDir = dir.path();
    }
    m_writingCaptions = true;
    updateButtons();
    m_statusLabel->setText(tr("Writing %n caption(s)…", "", int(write.size())));
    auto *watcher = new QFutureWatcher<QHash<QString, Core::CaptionFile>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        sendPlan(watcher->result());
    });
    // Disk writes stay off the GUI thread (reliability-rules.md R34).
    watcher->setFuture(QtConcurrent::run(&writeCaptions, m_captionDir, write));
}

} // namespace Ids::Widgets
