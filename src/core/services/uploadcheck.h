#pragma once

#include "uploadmatch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Ids::Core {

class ApiClient;
class GetDatasetJob;

// Looks an upload's files up in the dataset's file list (GET /datasets/{id}, a read that is safe to repeat): after
// an answer that was lost, unclear or silent about some files (reliability-rules.md R8, R12), and before a batch
// holding a ZIP leaves, so that what is new afterwards is what the ZIP added. One look at a time.
class UploadCheck final : public QObject
{
    Q_OBJECT
public:
    explicit UploadCheck(ApiClient *client, QObject *parent = nullptr);

    bool isRunning() const { return !m_job.isNull(); }

    // The list of names before a ZIP leaves; beforeTaken() follows, also when it could not be read (then the list
    // after still tells which images are there, only not which were there already).
    void takeBefore(const QString &datasetId);
    void forgetBefore() { m_beforeKnown = false; }

    // Which of indexes (into items) are on the server. zipImages: for each ZIP item, the images inside it.
    void lookUp(const QString &datasetId, const QList<UploadItem> &items, const QHash<int, QStringList> &zipImages,
                const QList<int> &indexes);

Q_SIGNALS:
    void beforeTaken();
    // arrived: the items found, with the sentence for each ZIP (images added, images there already); missing: the
    // rest, in the order asked.
    void lookedUp(const QList<int> &arrived, const QHash<int, QString> &zipMessages,
                  const QHash<int, QStringList> &zipAdded, const QList<int> &missing);
    void lookUpFailed(const QList<int> &indexes);

private:
    ApiClient *m_client;
    QPointer<GetDatasetJob> m_job;
    QSet<QString> m_before;
    bool m_beforeKnown = false;
};

} // namespace Ids::Core
