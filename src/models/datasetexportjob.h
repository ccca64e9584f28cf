#pragma once

#include <core/captions/datasetexport.h>

#include <QObject>

#include <atomic>
#include <memory>

class QThreadPool;

namespace Ids::Models {

// Runs one DatasetExport on a worker thread (QtConcurrent): the GUI thread never reads an image or writes
// the ZIP. Progress arrives as signals; cancel() stops it after the image being copied (nothing is written).
class DatasetExportJob final : public QObject
{
    Q_OBJECT
public:
    explicit DatasetExportJob(QObject *parent = nullptr);
    // Cancels an export in progress and waits for it to stop (at most one image's copy).
    ~DatasetExportJob() override;

    // Starts the export; false (nothing started) while another one runs.
    bool start(const Core::DatasetExportPlan &plan, const QString &zipPath);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const Ids::Core::DatasetExportResult &result, const QString &zipPath);

private:
    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace Ids::Models
