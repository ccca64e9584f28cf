#include "filepreparer.h"

#include "prepare.h"

#include <QDir>
#include <QPointer>
#include <QThread>

namespace Ids::Imaging {

FilePreparer::FilePreparer(QObject *parent)
    : QObject(parent)
    , m_dir(QDir(QDir::tempPath()).filePath(QStringLiteral("ideogram-datasets-XXXXXX")))
    , m_pool(std::make_unique<QThreadPool>())
{
    // Decoding a 12-megapixel photo takes a core; one is left for the window (and the thumbnails).
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

FilePreparer::~FilePreparer()
{
    m_pool->clear();
    m_pool->waitForDone();
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
    if (!m_dir.isValid())
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
        const QString workDir = m_dir.path();
        m_pool->start([self, row, job, fileKey, workDir] {
            const Core::PreparedFile result = prepareFile(row, workDir);
            // The destructor drains the pool before the object goes, so self is alive here.
            QMetaObject::invokeMethod(self, [self, job, fileKey, result] {
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
