#pragma once

#include "../api/multipartbody.h"
#include "../storage/journal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ids::Core {

// One file of an upload, as the review approved it. Files of the same group (an image and its caption)
// always travel in the same request (reliability-rules.md R25).
struct UploadItem
{
    MultipartBody::Part part;
    int group = 0;
    bool isImage = true;
};

struct UploadItemResult
{
    enum class State { Waiting, Sending, Processing, Done, Failed, Cancelled };
    State state = State::Waiting;
    QString failureReason; // the server's enum text, or empty for a transport failure
    QString message; // a sentence from the error map with what to do; empty when Done
    QString assetId;
    // For a ZIP sent as it is: the images inside it Ideogram stored, and those it refused with its reason.
    QStringList zipAdded;
    QHash<QString, QString> zipFailed;

    bool isFinal() const { return state == State::Done || state == State::Failed || state == State::Cancelled; }
};

// The files of one dataset's journaled uploads as items again (an image and its caption share a stem, so a
// group), with their journal ids in ids. ZIPs are not journaled as their images: a ZIP comes back as one item.
QList<UploadItem> itemsFromJournal(const QList<JournaledUpload> &journaled, const QString &datasetId,
                                   QList<qint64> *ids);

} // namespace Ids::Core
