#pragma once

#include <core/files/uploadreview.h>
#include <core/services/uploadplan.h>
#include <core/types/dataset.h>

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Ids::Imaging {
class FilePreparer;
} // namespace Ids::Imaging

namespace Ids::Models {
class Thumbnailer;
class UploadReviewModel;
} // namespace Ids::Models

namespace Ids::Widgets {

// The review sheet: every chosen file with a thumbnail and a verdict before anything is sent, then the
// upload's progress and a result for every file. Files are checked on a worker thread; the user can remove
// rows, upload, cancel, and retry what failed.
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
    QTreeView *view() const { return m_view; }
    QPushButton *uploadButton() const { return m_uploadButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *makeSmallerButton() const { return m_smallerButton; }
    // Conversions still running or queued (the review then shows "Preparing…").
    bool isPreparing() const;
    QPushButton *closeButton() const { return m_closeButton; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QProgressBar *batchProgressBar() const { return m_batchProgressBar; }

    void removeSelectedRows();
    // The one-click downscale of the selected images that are too large (UploadLimits::DownscaleLongSide).
    void makeSelectedSmaller();
    void startUpload();
    void cancelUpload();

Q_SIGNALS:
    void uploadFinished(const QString &datasetId);

protected:
    void reject() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void startNextScan();
    void onScanned();
    void rebuildReview();
    void onPrepared(const QString &key, const Core::PreparedFile &result);
    void updateSummary();
    void updateButtons();
    void onItemChanged(int item, const Core::UploadItemResult &result);
    void onProgress(qint64 sent, qint64 total, int batch, int batchCount, qint64 batchSent, qint64 batchTotal);
    void onFinished(int done, int failed, int cancelled);

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
};

} // namespace Ids::Widgets
