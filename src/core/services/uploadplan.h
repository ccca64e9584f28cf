#pragma once

#include "../files/uploadreview.h"
#include "uploadservice.h"

namespace Ids::Core {

// The last step of the pipeline (scan → judge → convert/repack → send plan): what the upload service is
// to send for a review. The files that passed, each from its prepared copy when it was converted or taken
// out of a ZIP, under the name the review chose; a ZIP that is sent as it is is one item that knows the
// images it holds; grouped so that a caption travels with its image, packed into batches; with the review
// row of every item (and of each image inside a ZIP) to show results where the user looks for them.
struct UploadPlan
{
    QList<UploadItem> items;
    QList<int> rowOfItem;
    QList<QList<int>> memberRowsOfItem; // for a ZIP item: the rows of the files inside it
    QHash<int, QStringList> zipImagesOfItem; // for a ZIP item: the names of the images inside it
    QList<QList<int>> batches;
};

// prepared: the preparations' results by ScannedFile::key() (the review's own options).
UploadPlan planUpload(const UploadReview &review, const QHash<QString, PreparedFile> &prepared = {});

// A caption the app wrote for an image (typed, edited, or drafted by Ideogram, issue 15), sent in place of the
// image's own sidecar as the image's stem + .txt (or .json for a structured caption). An empty path: the image
// is sent without a caption (the user cleared it).
struct CaptionFile
{
    QString path;
    qint64 size = 0; // bytes
    bool json = false;
};

// Puts the app's captions into a plan: for each image (by ScannedFile::key()) that is an item of its own, its
// paired caption item is replaced, dropped, or a caption item is added to its group. Added items have row -1
// (their results show on the image's row, not on a caption row of their own). The batches are packed again.
void applyCaptionFiles(UploadPlan &plan, const UploadReview &review, const QHash<QString, CaptionFile> &captionFiles);

// Packs the groups of the items named by indexes into batches of at most maxFiles files and maxBytes bytes,
// in order, never splitting a group (an image travels with its caption, reliability-rules.md R25); a group
// larger than the limits travels alone.
QList<QList<int>> packBatches(const QList<UploadItem> &items, const QList<int> &indexes, int maxFiles, qint64 maxBytes);

} // namespace Ids::Core
