#pragma once

#include "../types/datasetdetail.h"
#include "../types/uploadsummary.h"
#include "uploaditem.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// What Ideogram's answers say about the files of an upload: pure functions, no network and no state, so the
// UploadService keeps only the running of an upload (reliability-rules.md R8, R12) and these rules are tested on
// their own (tests/core/tst_uploadmatch.cpp).
namespace Ids::Core::UploadMatch {

// What the answer of POST /datasets/{id}/upload_assets says of one batch (indexes into the upload's items).
// Ideogram does not document whether its answer for a ZIP names the ZIP or the files inside it
// (api-contract.md §3 is silent on it): both are taken.
struct BatchAnswer
{
    QHash<int, QString> stored; // item → asset id (a ZIP named by its own name is here too)
    QHash<int, QString> refused; // item → failure reason as sent (may be empty: Ideogram sent null)
    QHash<int, QStringList> zipAdded; // ZIP item → names of its images the answer says were stored
    QHash<int, QHash<QString, QString>> zipRefused; // ZIP item → image name → failure reason
};
BatchAnswer readAnswer(const QList<UploadItem> &items, const QList<int> &batch,
                       const QHash<int, QStringList> &zipImages, const UploadSummary &summary);

// The dataset's files by name, as GET /datasets/{id} lists them (files without a name are left out).
QHash<QString, DatasetFile> filesByName(const QList<DatasetFile> &files);

// Whether item index (not a ZIP) is on the server: an image by its sent name and size (a size the server does not
// state counts as the same), a caption by its image carrying a caption, since a caption is not a file of its own
// there.
bool fileArrived(const QList<UploadItem> &items, int index, const QHash<QString, DatasetFile> &onServer);

// The images of a ZIP found on the server: added, or already there before the ZIP left (when the list from before
// is known: before is not null).
struct ZipArrival
{
    QStringList added;
    QStringList already;
    bool any() const { return !added.isEmpty() || !already.isEmpty(); }
};
ZipArrival zipArrival(const QStringList &members, const QHash<QString, DatasetFile> &onServer,
                      const QSet<QString> *before);

// "more.zip: 3 images added (a.jpg, b.jpg, c.jpg)", and the images that were there already; empty when neither.
QString zipMessage(const QString &zipName, const QStringList &added, const QStringList &already = {});

// A ZIP's result from what the upload's answer said of the images inside it: stored (at least one image added) or
// refused (with the first refusal's reason), each with a sentence naming the images; nullopt when the answer
// mentioned none of them (then the dataset's file list decides).
struct ZipOutcome
{
    bool stored = false;
    QString failureReason;
    QString message;
};
std::optional<ZipOutcome> zipOutcome(const QString &zipName, const QStringList &added,
                                     const QHash<QString, QString> &refused);

} // namespace Ids::Core::UploadMatch
