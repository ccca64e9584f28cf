#include "describeservice.h"

#include "../api/describejob.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Ids::Core {

namespace {

constexpr std::chrono::milliseconds DefaultRateLimitWait {2000};
constexpr std::chrono::milliseconds LongestRateLimitWait {60000};

// Reads the image to send; empty with a reason when it cannot be sent. On a worker thread.
QPair<QByteArray, QString> readImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    if (file.size() > DescribeJob::MaxImageBytes)
        return {{}, QStringLiteral("too large")};
    return {file.readAll(), {}};
}

} // namespace

DescribeService::DescribeService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &DescribeService::pump);
}

DescribeService::~DescribeService()
{
    ++m_run;
    for (DescribeJob *job : m_jobs.keys())
        job->disconnect(this);
}

void DescribeService::quote(const Task &sample, bool structured)
{
    auto *watcher = new QFutureWatcher<QPair<QByteArray, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sample, structured] {
        watcher->deleteLater();
        const auto [bytes, problem] = watcher->result();
        if (!problem.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::LocalFile;
            error.technical = problem;
            Q_EMIT quoted(std::nullopt, {}, structured, error);
            return;
        }
        auto *job = new DescribeJob(m_client, bytes, sample.fileName, sample.mimeType, structured, true, this);
        connect(job, &ApiJob::finished, this, [this, job, structured] {
            if (!job->succeeded()) {
                Q_EMIT quoted(std::nullopt, {}, structured, job->error());
                return;
            }
            const DescribeAnswer &answer = job->answer();
            Q_EMIT quoted(answer.quote, answer.quote ? QString() : answer.text, answer.structured || structured, {});
        });
        job->start();
    });
    watcher->setFuture(QtConcurrent::run(&readImage, sample.path));
}

void DescribeService::start(const QList<Task> &tasks, bool structured)
{
    if (m_running || tasks.isEmpty())
        return;
    ++m_run;
    m_running = true;
    m_structured = structured;
    m_queue = tasks;
    m_total = int(tasks.size());
    m_captioned = m_failed = m_cancelled = 0;
    Q_EMIT progress(0, m_total);
    pump();
}

void DescribeService::pump()
{
    while (m_running && !m_pause.isActive() && !m_queue.isEmpty() && inFlight() + m_reading < MaxInFlight)
        send(m_queue.takeFirst());
    finishIfDone();
}

void DescribeService::send(const Task &task)
{
    ++m_reading;
    auto *watcher = new QFutureWatcher<QPair<QByteArray, QString>>(this);
    const quint64 run = m_run;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, task, run] {
        watcher->deleteLater();
        if (run != m_run)
            return;
        --m_reading;
        const auto [bytes, problem] = watcher->result();
        if (!m_running) {
            ++m_cancelled;
            finishIfDone();
            return;
        }
        if (!problem.isEmpty()) {
            ++m_failed;
            Q_EMIT failed(task.key,
                          problem == QLatin1String("too large") ? DescribeText::tooLarge() : DescribeText::unreadable(),
                          false);
            Q_EMIT progress(m_captioned + m_failed, m_total);
            pump();
            return;
        }
        auto *job = new DescribeJob(m_client, bytes, task.fileName, task.mimeType, m_structured, false, this);
        m_jobs.insert(job, task);
        connect(job, &ApiJob::finished, this, [this, job, task] { onJobFinished(job, task); });
        job->start();
    });
    watcher->setFuture(QtConcurrent::run(&readImage, task.path));
}

void DescribeService::onJobFinished(DescribeJob *job, const Task &task)
{
    m_jobs.remove(job);
    if (job->succeeded()) {
        ++m_captioned;
        Q_EMIT captioned(task.key, job->answer().text, job->answer().structured);
    } else if (job->error().kind == ApiError::Kind::Cancelled) {
        ++m_cancelled;
    } else if (job->error().kind == ApiError::Kind::RateLimited && m_running) {
        // Refused before anything ran: the same image goes again, after the wait Ideogram asked for.
        m_queue.prepend(task);
        const std::chrono::milliseconds wait =
            std::min(job->error().retryAfter.value_or(DefaultRateLimitWait), LongestRateLimitWait);
        if (!m_pause.isActive() || m_pause.remainingTimeAsDuration() < wait) {
            m_pause.start(wait);
            Q_EMIT waiting(wait);
        }
        return;
    } else {
        ++m_failed;
        const bool mayHaveRun = job->error().delivery() == ApiError::Delivery::MaybeApplied;
        Q_EMIT failed(task.key, mayHaveRun ? DescribeText::lost() : job->error().headline(), mayHaveRun);
    }
    Q_EMIT progress(m_captioned + m_failed, m_total);
    pump();
}

void DescribeService::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_pause.stop();
    m_cancelled += int(m_queue.size());
    m_queue.clear();
    // Abandoned, not awaited: a describe already on the wire may still be billed.
    for (DescribeJob *job : m_jobs.keys())
        job->cancel();
    finishIfDone();
}

void DescribeService::finishIfDone()
{
    if (!m_jobs.isEmpty() || m_reading > 0 || (m_running && (!m_queue.isEmpty() || m_pause.isActive())))
        return;
    if (!m_running && m_total == 0)
        return;
    m_running = false;
    const int total = m_total;
    m_total = 0;
    if (total > 0)
        Q_EMIT finished(m_captioned, m_failed, m_cancelled);
}

} // namespace Ids::Core
