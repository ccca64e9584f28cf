#pragma once

#include <core/files/uploadreview.h>

#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace Ids::Imaging {

// Runs the convert/repack step of a review's rows on worker threads (decoding, encoding and inflating
// never touch the GUI thread, reliability-rules.md R34) into a temporary folder it owns and removes. Each row
// whose preparation is needed and not yet done or running is queued; prepared(key, result) follows on the
// object's thread, and the review is judged again with the result.
class FilePreparer final : public QObject
{
    Q_OBJECT
public:
    explicit FilePreparer(QObject *parent = nullptr);
    ~FilePreparer() override;

    // Queues what the review still needs. A row asked again with other settings (made smaller) is redone:
    // the key includes what is asked.
    void prepare(const Core::UploadReview &review, const QHash<QString, Core::PreparedFile> &done);
    bool isBusy() const { return !m_running.isEmpty(); }
    QString workDir() const { return m_dir->path(); }
    // What a row's preparation is remembered by: its file and what is done to it.
    static QString jobKey(const Core::ReviewRow &row);

Q_SIGNALS:
    void prepared(const QString &fileKey, const Ids::Core::PreparedFile &result);

private:
    // Shared with the jobs, so that the destructor waits for none of them (the GUI thread never blocks): a
    // job still running finishes into a folder that lives until it is done, and queued ones see the flag.
    std::shared_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QSet<QString> m_running; // job keys
    QHash<QString, QString> m_doneJobs; // file key → job key of the result it holds
};

} // namespace Ids::Imaging
