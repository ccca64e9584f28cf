#pragma once

#include "../files/uploadreview.h"
#include "captionset.h"

#include <QStringList>

namespace Ids::Core {

// The images of a review that get a caption: those that are sent (on their own or inside a ZIP), in the
// review's order, by ScannedFile::key().
QStringList captionedImageKeys(const UploadReview &review);

// The captions the review's files bring: for each image, the text of its paired sidecar (.txt, .json,
// .caption), source File. Images without one are not in the map.
CaptionMap captionsFromFiles(const UploadReview &review);

// fromFiles may also hold captions of metadata files (source Metadata; ReviewCaptions::setMetadata).

// What the app shows and sends: the user's edits (typed, Ideogram) over the files' captions.
CaptionEntry effectiveCaption(const QString &key, const CaptionMap &fromFiles, const CaptionMap &edits);

// The captions the app must write as sidecars before an upload: the edits whose text differs from the file's
// caption (an empty text: the image goes without its sidecar), and the captions of metadata files (they have no
// sidecar). Keys of images not in the review are left out.
CaptionMap captionsToWrite(const UploadReview &review, const CaptionMap &fromFiles, const CaptionMap &edits);

// ZIPs (by path) with an image whose caption must be written: their files go one by one (ReviewOptions).
QSet<QString> zipsWithEditedCaptions(const QStringList &keys);

} // namespace Ids::Core
