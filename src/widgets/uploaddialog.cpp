#include "uploaddialog.h"

#include "captionpanel.h"
#include "datasetview.h"
#include "tone.h"

#include <imaging/filepreparer.h>
#include <models/reviewcaptions.h>
#include <models/thumbnailer.h>
#include <models/uploadreviewmodel.h>

#include <core/captions/reviewcaptions.h>
#include <core/files/uploadlimits.h>
#include <core/settings/appsettings.h>

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Ids::Widgets {

using Core::ReviewRow;
using Core::UploadItemResult;

UploadDialog::UploadDialog(const Core::Dataset &dataset, Core::UploadService *uploads, Models::Thumbnailer *thumbnailer,
                           QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_uploads(uploads)
    , m_thumbnailer(thumbnailer)
    , m_model(new Models::UploadReviewModel(this))
    , m_preparer(new Imaging::FilePreparer(this))
    , m_captions(new Models::ReviewCaptions(this))
    , m_panel(new CaptionPanel(this))
    , m_splitter(new QSplitter(this))
    , m_menuBar(new QMenuBar(this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_batchProgressBar(new QProgressBar(this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_smallerButton(new QPushButton(tr("Make &Smaller"), this))
    , m_uploadButton(new QPushButton(tr("&Upload"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel Upload"), this))
    , m_retryButton(new QPushButton(tr("Re&try Failed"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
    , m_captionsButton(new QPushButton(tr("Change &Captions…"), this))
    , m_discardButton(new QPushButton(tr("&Discard Draft…"), this))
    , m_addFilesButton(new QPushButton(tr("Add &Files…"), this))
    , m_describeButton(new QPushButton(tr("Caption with &Ideogram…"), this))
    , m_stopDescribeButton(new QPushButton(tr("S&top Captioning"), this))
    , m_keepOneButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("uploadDialog"));
    setWindowTitle(tr("Add Files to “%1”").arg(dataset.name));
    setAcceptDrops(true);
    // The size it was last closed at, else most of the screen it opens on (issue 14 item 5).
    const QSize saved = Core::AppSettings().dialogSize(QStringLiteral("reviewSheet"));
    const QScreen *screen = parent ? parent->screen() : this->screen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1024, 700);
    resize(saved.isValid() ? saved.boundedTo(available)
                           : QSize(std::max(900, available.width() * 4 / 5), std::max(560, available.height() * 4 / 5))
                                 .boundedTo(available));

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("reviewTreeView"));
    m_view->setAccessibleName(tr("Files to upload"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    // Reasons wrap (two lines in the row's fixed height; in full beside the list and in the tooltip).
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(Models::UploadReviewModel::IconEdge, Models::UploadReviewModel::IconEdge));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // File, caption and the check first (what a person reads); type and size after them.
    m_view->header()->moveSection(int(Models::UploadReviewModel::Column::Verdict), 2);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(int(Models::UploadReviewModel::Column::Verdict), QHeaderView::Stretch);
    m_view->header()->resizeSection(int(Models::UploadReviewModel::Column::File), 170);
    m_view->header()->resizeSection(int(Models::UploadReviewModel::Column::Caption), 190);
    m_view->header()->resizeSection(int(Models::UploadReviewModel::Column::Type), 110);
    m_view->header()->resizeSection(int(Models::UploadReviewModel::Column::Size), 80);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Upload progress"));
    m_progressBar->setVisible(false);
    m_progressBar->setTextVisible(true);
    m_batchProgressBar->setObjectName(QStringLiteral("batchProgressBar"));
    m_batchProgressBar->setAccessibleName(tr("Progress of the current part"));
    m_batchProgressBar->setFormat(tr("This part: %p%"));
    m_batchProgressBar->setRange(0, 1000);
    m_batchProgressBar->setVisible(false);

    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setToolTip(tr("Leave the selected files out of this upload (Delete)"));
    m_smallerButton->setObjectName(QStringLiteral("makeSmallerButton"));
    m_smallerButton->setToolTip(tr("Scale the selected images that are too large to %1 pixels on their longest side")
                                    .arg(Core::UploadLimits::DownscaleLongSide));
    m_uploadButton->setObjectName(QStringLiteral("uploadButton"));
    m_uploadButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelUploadButton"));
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &UploadDialog::removeSelectedRows);
    connect(m_removeButton, &QPushButton::clicked, this, &UploadDialog::removeSelectedRows);
    connect(m_smallerButton, &QPushButton::clicked, this, &UploadDialog::makeSelectedSmaller);
    connect(m_preparer, &Imaging::FilePreparer::prepared, this, &UploadDialog::onPrepared);
    connect(m_uploadButton, &QPushButton::clicked, this, &UploadDialog::startUpload);
    connect(m_cancelButton, &QPushButton::clicked, this, &UploadDialog::cancelUpload);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_progressBar->setVisible(true);
        m_cancelRequested = false;
        m_uploads->retryFailed();
        updateButtons();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UploadDialog::updateButtons);

    connect(&m_scanWatcher, &QFutureWatcherBase::finished, this, &UploadDialog::onScanned);
    connect(m_thumbnailer, &Models::Thumbnailer::ready, m_model, &Models::UploadReviewModel::setThumbnail);
    connect(m_uploads, &Core::UploadService::itemChanged, this, &UploadDialog::onItemChanged);
    connect(m_uploads, &Core::UploadService::progress, this, &UploadDialog::onProgress);
    connect(m_uploads, &Core::UploadService::processing, this, [this](int batch) {
        // Parts are the app's affair: the person sees images (issue 14 item 8).
        Q_UNUSED(batch)
        m_statusLabel->setText(tr("Ideogram is checking the images…"));
    });
    connect(m_uploads, &Core::UploadService::reconciling, this, [this] {
        m_statusLabel->setText(m_cancelRequested ? tr("Cancelled. Checking which files had already arrived…")
                                                 : tr("Checking with Ideogram which files arrived…"));
    });
    connect(m_uploads, &Core::UploadService::finished, this, &UploadDialog::onFinished);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_smallerButton);
    buttons->addStretch(1);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_uploadButton);
    buttons->addWidget(m_closeButton);

    buttons->insertWidget(0, m_addFilesButton);
    buttons->insertWidget(3, m_captionsButton);
    buttons->insertWidget(4, m_describeButton);
    buttons->insertWidget(5, m_stopDescribeButton);
    buttons->insertWidget(6, m_discardButton);
    m_describeButton->setObjectName(QStringLiteral("captionWithIdeogramButton"));
    m_describeButton->setToolTip(tr("Ideogram writes captions for the selected images, or for those without one "
                                    "(billed per image; the price is shown first)"));
    m_stopDescribeButton->setObjectName(QStringLiteral("stopCaptioningButton"));
    m_keepOneButton->setObjectName(QStringLiteral("keepOneButton"));
    m_keepOneButton->setVisible(false);
    connect(m_describeButton, &QPushButton::clicked, this, &UploadDialog::captionWithIdeogram);
    connect(m_stopDescribeButton, &QPushButton::clicked, this, &UploadDialog::stopDescribe);
    connect(m_keepOneButton, &QPushButton::clicked, this, &UploadDialog::keepOneOfEach);
    m_addFilesButton->setObjectName(QStringLiteral("addFilesButton"));
    connect(m_addFilesButton, &QPushButton::clicked, this, &UploadDialog::addFilesRequested);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setMenuBar(m_menuBar);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_keepOneButton, 0, Qt::AlignLeft);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_batchProgressBar);
    layout->addLayout(buttons);

    setUpCaptions();
    setTabOrder(m_view, m_panel);
    setTabOrder(m_panel, m_removeButton);
    setTabOrder(m_removeButton, m_uploadButton);
    setTabOrder(m_uploadButton, m_closeButton);
    updateSummary();
    updateButtons();
}

UploadDialog::~UploadDialog()
{
    // A scan still running finishes on its worker; its result is simply dropped.
    m_scanWatcher.disconnect(this);
}

void UploadDialog::addPaths(const QStringList &paths)
{
    if (m_uploadStarted)
        return;
    m_queuedPaths.append(paths);
    for (const QString &path : paths) {
        if (!m_paths.contains(path))
            m_paths.append(path);
    }
    scheduleSave();
    startNextScan();
}

void UploadDialog::setExistingImageCount(int count)
{
    if (count == m_existingImages)
        return;
    m_existingImages = count;
    if (!m_uploadStarted)
        rebuildReview();
}

void UploadDialog::startNextScan()
{
    if (m_scanning || m_queuedPaths.isEmpty())
        return;
    m_scanning = true;
    const QStringList paths = m_queuedPaths;
    m_queuedPaths.clear();
    // Reading headers and listing ZIPs touches the disk: never on the GUI thread (reliability-rules.md R34).
    m_scanWatcher.setFuture(QtConcurrent::run(&Core::scanPaths, paths));
    m_statusLabel->setText(tr("Checking %n file(s) or folder(s)…", "", int(paths.size())));
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    updateButtons();
}

void UploadDialog::onScanned()
{
    m_scanning = false;
    QList<Core::ScannedFile> scanned = m_scanWatcher.result();
    // Rows removed in a draft stay removed when its files are read again.
    applyRemovals(scanned);
    for (const Core::ScannedFile &file : scanned) {
        // The same file dropped twice is one row.
        const bool known = std::any_of(m_files.cbegin(), m_files.cend(),
                                       [&](const Core::ScannedFile &other) { return other.path == file.path; });
        if (!known)
            m_files.append(file);
    }
    m_progressBar->setVisible(false);
    m_progressBar->setRange(0, 100);
    m_statusLabel->clear();
    rebuildReview();
    readMetadataLater();
    // Previews decode off the GUI thread too; an entry of a ZIP is read from the archive.
    for (const Core::ScannedFile &file : scanned) {
        if (Core::FileSniffer::isImage(file.kind) || file.kind == Core::FileKind::Heif)
            m_thumbnailer->request(file.path);
        for (const Core::ScannedFile &member : file.members) {
            if (Core::FileSniffer::isImage(member.kind) || member.kind == Core::FileKind::Heif)
                m_thumbnailer->requestZipEntry(member.key(), member.path, member.zipEntry);
        }
    }
    startNextScan();
}

void UploadDialog::rebuildReview()
{
    m_rebuildQueued = false;
    Core::ReviewOptions options;
    options.existingImages = std::max(0, m_existingImages);
    options.downscale = m_downscale;
    options.prepared = m_prepared;
    // An image inside a ZIP whose caption is changed here: the ZIP's files go one by one with the new caption.
    options.unpackZips = Core::zipsWithEditedCaptions(m_captions->edits().keys());
    const Core::UploadReview review = Core::reviewFiles(m_files, options);
    m_captions->setReview(review);
    m_model->setReview(review);
    // Conversions and files taken out of ZIPs run on the preparer's workers; each result judges again.
    m_preparer->prepare(m_model->review(), m_prepared);
    findDuplicatesLater();
    applyMetadata();
    updateSummary();
    updateButtons();
}

bool UploadDialog::isPreparing() const
{
    return m_model->review().pending > 0;
}

void UploadDialog::onPrepared(const QString &key, const Core::PreparedFile &result)
{
    if (m_uploadStarted)
        return;
    m_prepared.insert(key, result);
    // Many results arrive together: the review is judged once for them, after they are in.
    if (!m_rebuildQueued) {
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, &UploadDialog::rebuildReview);
    }
}

void UploadDialog::makeSelectedSmaller()
{
    if (m_uploadStarted)
        return;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const ReviewRow &row = m_model->review().rows.at(index.row());
        if (row.canDownscale) {
            m_downscale.insert(row.file.key());
            m_prepared.remove(row.file.key());
        }
    }
    rebuildReview();
}

void UploadDialog::removeSelectedRows()
{
    if (m_uploadStarted)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    removeRows(rows);
}

void UploadDialog::reject()
{
    // Escape during an upload cancels it; the sheet stays to show what arrived.
    if (m_uploadStarted && m_uploads->isBusy()) {
        cancelUpload();
        return;
    }
    QDialog::reject();
}

void UploadDialog::done(int result)
{
    saveDraftNow();
    Core::AppSettings settings;
    settings.setDialogSize(QStringLiteral("reviewSheet"), size());
    QDialog::done(result);
}

void UploadDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_uploadStarted || DatasetView::localPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void UploadDialog::dropEvent(QDropEvent *event)
{
    const QStringList paths = DatasetView::localPaths(event->mimeData());
    if (m_uploadStarted || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addPaths(paths);
}

} // namespace Ids::Widgets
