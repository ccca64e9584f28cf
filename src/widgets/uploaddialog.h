#pragma once

#include <core/files/uploadreview.h>
#include <core/services/uploadplan.h>
#include <core/types/dataset.h>

#include <core/captions/captionset.h>
#include <core/captions/metadatacaptions.h>
#include <core/files/perceptualhash.h>
#include <core/services/describeservice.h>
#include <core/storage/draftstore.h>

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QMenuBar;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;
class QUndoStack;

namespace Ids::Imaging {
class FilePreparer;
} // namespace Ids::Imaging

namespace Ids::Models {
class ReviewCaptions;
class Thumbnailer;
class UploadReviewModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class CaptionPanel;
class DescribeDialog;

// The review sheet: every chosen file with a thumbnail and a verdict before anything is sent, then the
// upload's progress and a result for every file. Files are checked on a worker thread; the user can remove
// rows, upload, cancel, and retry what failed. Each image's caption is shown and edited beside it (issue 15;
// captions and drafts in uploaddialogcaptions.cpp): every edit and removal is one undo step, and the sheet's
// state is kept as a draft in the account's database until it is uploaded or discarded.
class UploadDialog final : public QDialog
{
    Q_OBJECT
public:
    UploadDialog(const Core::Dataset &dataset, Core::UploadService *uploads, Models::Thumbnailer *thumbnailer,
                 QWidget *parent = nullptr);
    ~UploadDialog() override;

    QString datasetId() const { return m_dataset.id; }
    void addPaths(const QStringList &paths);
    void setExistingImageCount(int count);

    // Until the results are in the sheet (the future is done a little before its watcher reports it).
    bool isScanning() const { return m_scanning || !m_queuedPaths.isEmpty(); }
    Models::UploadReviewModel *model() const { return m_model; }
    // Conversions still running or queued (the review then shows "Preparing…").
    bool isPreparing() const;

    // The draft store of the dataset's account (none: nothing is kept). Call before restoreDraft().
    void setDraftStore(Core::DraftStore *drafts) { m_drafts = drafts; }
    // Builds the sheet of a saved draft again: its files scanned anew, its removals and captions applied.
    void restoreDraft(const Core::ReviewDraft &draft);
    Core::ReviewDraft draft() const;
    // Writes the draft now (otherwise shortly after each change).
    void saveDraftNow();
    // Empties the sheet and forgets the draft, after asking (the question's "Discard" runs discardDraftNow).
    void discardDraft();
    void discardDraftNow();

    Models::ReviewCaptions *captions() const { return m_captions; }
    CaptionPanel *captionPanel() const { return m_panel; }
    QUndoStack *undoStack() const;
    // Opens the bulk edit dialog for the selected images (or all when none is selected); returns it (open).
    class BulkCaptionDialog *openBulkEdit();

    // Captions from Ideogram (issue 15 item 3; uploaddialogdescribe.cpp). accountName: who pays, empty for the
    // sandbox.
    void setDescribeService(Core::DescribeService *service, const QString &accountName);
    // For the selected images, or those without a caption when none is selected: asks the price, then
    // (after the user's yes) describes them.
    void captionWithIdeogram();
    void stopDescribe();
    bool isDescribing() const { return m_describing; }
    DescribeDialog *describeDialog() const;

    // Duplicates (issue 14 item 7; uploaddialogduplicates.cpp): the thumbnails (PNG) of the images already in
    // the dataset, by file name, compared with the new ones.
    void setDatasetThumbnails(const QList<QPair<QString, QByteArray>> &pngs);
    bool isFindingDuplicates() const { return m_hashing; }
    const QList<Core::DuplicateGroup> &duplicates() const { return m_duplicates; }
    void keepOneOfEach();

    void removeSelectedRows();
    // The one-click downscale of the selected images that are too large (UploadLimits::DownscaleLongSide).
    void makeSelectedSmaller();
    void startUpload();
    void cancelUpload();

    // A metadata.jsonl/csv found among the files (uploaddialogmetadata.cpp).
    struct MetadataSource
    {
        QString path; // the file, or the ZIP holding it
        int zipEntry = -1;
        Core::ZipEntry entry; // for one in a ZIP
        QString name; // its name (in the ZIP: its path there)
        QString folder; // on disk: its folder's absolute path; in a ZIP: its folder there ('' at the top)
        Core::MetadataCaptions captions;
    };

Q_SIGNALS:
    void uploadFinished(const QString &datasetId);
    // Add Files… in the sheet: the owner shows its file dialog and calls addPaths().
    void addFilesRequested();

protected:
    void reject() override;
    void done(int result) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpCaptions();
    void showSelectedCaption();
    void onCaptionsChanged(const QStringList &keys);
    QStringList captionWarnings() const;
    void scheduleSave();
    void applyRemovals(QList<Core::ScannedFile> &files) const;
    // Removes rows as one undo step (a removed image's caption goes with it).
    void removeRows(const QList<int> &rows);
    void setFiles(const QList<Core::ScannedFile> &files, const QSet<QString> &removedKeys);
    // Writes the captions typed or drafted as sidecars on a worker, then sends.
    void writeCaptionsThenUpload();
    void sendPlan(const QHash<QString, Core::CaptionFile> &captionFiles);
    QList<Core::DescribeService::Task> describeTasks(QStringList *skipped = nullptr) const;
    void startDescribe(const QList<Core::DescribeService::Task> &tasks, bool structured);
    void findDuplicatesLater();
    void readMetadataLater();
    void applyMetadata();
    void showDuplicates(const QList<Core::DuplicateGroup> &groups);
    QString duplicateSummary() const;
    void startNextScan();
    void onScanned();
    void rebuildReview();
    void onPrepared(const QString &key, const Core::PreparedFile &result);
    void updateSummary();
    void updateButtons();
    void onItemChanged(int item, const Core::UploadItemResult &result);
    void onProgress(qint64 sent, qint64 total, int batch, int batchCount, qint64 batchSent, qint64 batchTotal);
    void onFinished(int done, int failed, int cancelled);
    int imagesOfItem(int item) const; // images an item of the plan adds (a ZIP's, one, or none for a caption)

    Core::Dataset m_dataset;
    Core::UploadService *m_uploads;
    Models::Thumbnailer *m_thumbnailer;
    Models::UploadReviewModel *m_model;
    QList<Core::ScannedFile> m_files;
    int m_existingImages = -1; // -1: not known yet
    QStringList m_queuedPaths;
    QFutureWatcher<QList<Core::ScannedFile>> m_scanWatcher;
    Core::UploadPlan m_plan;
    Imaging::FilePreparer *m_preparer;
    QHash<QString, Core::PreparedFile> m_prepared; // by ScannedFile::key()
    QSet<QString> m_downscale;
    bool m_rebuildQueued = false;
    bool m_uploadStarted = false;
    bool m_cancelRequested = false;
    bool m_scanning = false;
    bool m_writingCaptions = false;

    Models::ReviewCaptions *m_captions;
    CaptionPanel *m_panel;
    QSplitter *m_splitter;
    QMenuBar *m_menuBar;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_changeCaptionsAction = nullptr;
    Core::DraftStore *m_drafts = nullptr;
    QStringList m_paths; // as given, for the draft
    QSet<QString> m_removedKeys; // ScannedFile::key() of rows the user removed
    QTimer m_saveTimer;
    Core::DescribeService *m_describe = nullptr;
    QString m_accountName;
    QAction *m_describeAction = nullptr;
    QPointer<DescribeDialog> m_describeDialog;
    bool m_describing = false;
    QHash<QString, Core::ImageFingerprint> m_fingerprints; // by ScannedFile::key()
    QList<Core::ImageFingerprint> m_datasetFingerprints;
    QList<QPair<QString, QByteArray>> m_datasetPngs; // not hashed yet
    QList<Core::DuplicateGroup> m_duplicates;
    bool m_hashing = false;
    QList<MetadataSource> m_metadata; // read and parsed
    QStringList m_metadataNotes; // for the summary
    bool m_hashAgain = false;
    QString m_captionDir;
    QElapsedTimer m_sendClock;
    QSet<int> m_finishedItems; // items of the plan with a final result
    int m_imagesFinished = 0; // where typed captions are written before sending (kept until the sheet goes)

    QLabel *m_summaryLabel;
    QTreeView *m_view;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QProgressBar *m_batchProgressBar;
    QPushButton *m_removeButton;
    QPushButton *m_smallerButton;
    QPushButton *m_uploadButton;
    QPushButton *m_cancelButton;
    QPushButton *m_retryButton;
    QPushButton *m_closeButton;
    QPushButton *m_captionsButton;
    QPushButton *m_discardButton;
    QPushButton *m_addFilesButton;
    QPushButton *m_describeButton;
    QPushButton *m_stopDescribeButton;
    QPushButton *m_keepOneButton;
};

} // namespace Ids::Widgets
