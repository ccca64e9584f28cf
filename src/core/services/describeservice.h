#pragma once

#include "../api/apierror.h"
#include "../types/pricequote.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Ids::Core {

class ApiClient;
class DescribeJob;

// Captions from Ideogram's describe operation for many images (issue 15 item 3; api-contract.md §11):
// at most MaxInFlight requests at a time; a 429 waits as long as Retry-After says (2 s when it does not) and
// sends that image again, since a refused request ran nothing; a failure after which the describe may have
// run (a lost answer, a time-out, a 5xx) is never sent again by itself (it is billed): the image is reported
// failed with a sentence saying to try again (reliability-rules.md R9). Files are read on a worker thread.
class DescribeService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxInFlight = 4;

    struct Task
    {
        QString key; // the caller's name for the image (ScannedFile::key())
        QString path; // the file sent: JPEG, PNG or WebP (a converted copy for HEIC)
        QString fileName; // as named in the request
        QByteArray mimeType;
    };

    explicit DescribeService(ApiClient *client, QObject *parent = nullptr);
    ~DescribeService() override;

    // Asks the price of one describe with ?dry_run=true on sample. quoted() follows.
    void quote(const Task &sample, bool structured);
    void start(const QList<Task> &tasks, bool structured);
    // Sends nothing more; requests in flight are abandoned (their images reported cancelled).
    void cancel();
    bool isBusy() const { return m_running; }
    int inFlight() const { return int(m_jobs.size()); }

Q_SIGNALS:
    // quote: the price of one image; nullopt when the operation gave none. If Ideogram described the sample
    // instead of quoting (an operation that does not know dry_run), text holds that caption: it was billed,
    // so it is used. error: why no quote (nothing billed for a refusal such as a 400).
    void quoted(const std::optional<Ids::Core::PriceQuote> &quote, const QString &text, bool structured,
                const Ids::Core::ApiError &error);
    void captioned(const QString &key, const QString &text, bool structured);
    // message: a translated sentence for the image's row; mayHaveRun: the describe may have been billed.
    void failed(const QString &key, const QString &message, bool mayHaveRun);
    void progress(int done, int total);
    // Ideogram asked to slow down: nothing is sent for this long.
    void waiting(std::chrono::milliseconds delay);
    void finished(int captioned, int failed, int cancelled);

private:
    void pump();
    void send(const Task &task);
    void onJobFinished(DescribeJob *job, const Task &task);
    void finishIfDone();

    ApiClient *m_client;
    QList<Task> m_queue;
    QHash<DescribeJob *, Task> m_jobs;
    int m_reading = 0; // files being read on workers (they count as in flight)
    QTimer m_pause; // a 429's Retry-After
    bool m_running = false;
    bool m_structured = false;
    int m_total = 0;
    int m_captioned = 0;
    int m_failed = 0;
    int m_cancelled = 0;
    quint64 m_run = 0; // results of an earlier (cancelled) run are dropped
};

} // namespace Ids::Core
