#pragma once

#include "../files/uploadreview.h"
#include "uploadservice.h"

namespace Ids::Core {

// What the upload service is to send for a review: the files that passed, grouped so that a caption travels
// with its image, packed into batches, and the review row of every item (to show results where the user
// looks for them).
struct UploadPlan
{
    QList<UploadItem> items;
    QList<int> rowOfItem;
    QList<QList<int>> batches;
};

UploadPlan planUpload(const UploadReview &review);

// Packs the groups of the items named by indexes into batches of at most maxFiles files and maxBytes bytes,
// in order, never splitting a group (an image travels with its caption, reliability-rules.md R25); a group
// larger than the limits travels alone.
QList<QList<int>> packBatches(const QList<UploadItem> &items, const QList<int> &indexes, int maxFiles, qint64 maxBytes);

} // namespace Ids::Core
