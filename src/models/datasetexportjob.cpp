#include "datasetexportjob.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

namespace Ids::Models {

DatasetExportJob::DatasetExportJob(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1);
}

DatasetExportJob::~DatasetExportJob()
{
    cancel();
    m_pool->waitForDone();
}

bool DatasetExportJob::start(const Core::DatasetExportPlan &plan, const QString &zipPath)
{
    if (m_running)
        return false;
    m_running = true;
    // The job's own flag, not QFuture::cancel(): a cancelled future drops its result, and the worker must
    // always say what it did (a cancel that came after the last image still leaves a complete ZIP).
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<Core::DatasetExportResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher](int done) { Q_EMIT progressed(done, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, zipPath] {
        watcher->deleteLater();
        m_running = false;
        Q_EMIT finished(watcher->result(), zipPath);
    });
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    watcher->setFuture(
        QtConcurrent::run(m_pool.get(), [plan, zipPath, cancelled](QPromise<Core::DatasetExportResult> &promise) {
            promise.setProgressRange(0, int(plan.images.size()));
            promise.addResult(Core::DatasetExport::write(plan, zipPath, [&promise, &cancelled](int done, int) {
                promise.setProgressValue(done);
                return !cancelled->load();
            }));
        }));
    return true;
}

void DatasetExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace Ids::Models
