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

} // namespace Ids::Core
