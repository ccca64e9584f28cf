#include "filepreparer.h"

#include "prepare.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Ids::Imaging {

namespace {

// One pool for every preparer of the run; it outlives them (destroyed at exit, after the event loop). One
// thread per core: a 12-megapixel HEIC takes a core for most of a second, and leaving one core idle for the
// window halved the conversion on a two-core machine (bench/run.sh, figure photos-heic). The window keeps
// its turn by the threads' lower priority instead (yieldToWindow).
QThreadPool &pool()
{
    static QThreadPool instance;
    static const bool sized = [] {
        instance.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(sized)
    return instance;
}

// Lowers the calling worker thread's priority once (nice 10), so that the scheduler prefers the window's
// thread over a conversion. Linux keeps a nice value per thread (setpriority(2), "Bugs"), and the threads
// a decoder starts inherit it. Qt's QThread::setPriority cannot: under SCHED_OTHER it changes nothing
// short of IdlePriority, which would starve conversions behind any other program.
void yieldToWindow()
{
#ifdef Q_OS_LINUX
    thread_local const bool niced = setpriority(PRIO_PROCESS, id_t(gettid()), 10) == 0;
    Q_UNUSED(niced)
#endif
}

} // namespace

FilePreparer::FilePreparer(QObject *parent)
    : QObject(parent)
    , m_dir(
          std::make_shared<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("ideogram-datasets-XXXXXX"))))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{ }

FilePreparer::~FilePreparer()
{
    // Nothing is waited for: queued jobs return at once, a running one finishes into its folder.
    m_cancelled->store(true);
}

QString FilePreparer::jobKey(const Core::ReviewRow &row)
{
    const Core::Preparation &p = row.prepare;
    return row.file.key()
        + QStringLiteral("|%1%2%3%4|%5|%6|")
              .arg(int(p.reencode))
              .arg(int(p.rewriteCaption))
              .arg(int(p.extract))
              .arg(int(p.outputKind))
              .arg(p.orientation)
              .arg(p.maxLongSide)
        + row.sendName;
}

void FilePreparer::prepare(const Core::UploadReview &review, const QHash<QString, Core::PreparedFile> &done)
{
    if (!m_dir->isValid())
        return;
    for (const Core::ReviewRow &row : review.rows) {
        if (!row.prepare.needed() || row.verdict == Core::ReviewRow::Verdict::Refused)
            continue;
        const QString job = jobKey(row);
        const QString fileKey = row.file.key();
        if (m_running.contains(job) || (done.contains(fileKey) && m_doneJobs.value(fileKey) == job))
            continue;
        m_running.insert(job);
        QPointer<FilePreparer> self(this);
        pool().start([self, row, job, fileKey, dir = m_dir, cancelled = m_cancelled] {
            if (cancelled->load())
                return;
            yieldToWindow();
            const Core::PreparedFile result = prepareFile(row, dir->path());
            if (cancelled->load())
                return;
            // Queued to the application object (it outlives every preparer, on the GUI thread), where the
            // guard is read safely: a result for a preparer that is gone is dropped.
            QCoreApplication *app = QCoreApplication::instance();
            if (!app)
                return;
            QMetaObject::invokeMethod(app, [self, job, fileKey, result] {
                if (!self)
                    return;
                self->m_running.remove(job);
                self->m_doneJobs.insert(fileKey, job);
                Q_EMIT self->prepared(fileKey, result);
            });
        });
    }
}

} // namespace Ids::Imaging
