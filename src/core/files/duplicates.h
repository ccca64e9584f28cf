#pragma once

#include "perceptualhash.h"

#include <QHash>
#include <QStringList>

namespace Ids::Core {

// Duplicates in a review (issue 14 item 7): its images and the dataset's own (by their stored thumbnails),
// grouped by findDuplicates. Keys of the dataset's images start with DatasetKeyPrefix.
inline const QString DatasetKeyPrefix = QStringLiteral("dataset:");

// "Keep one": the review's images to remove so that each group keeps one picture. A group holding an image
// already in the dataset keeps that one (every new copy goes); otherwise the first of the group in the
// review's order stays. keys: the review's image keys in its order.
QStringList duplicatesToRemove(const QList<DuplicateGroup> &groups, const QStringList &keys);

// For each review image of a group: the other members (a dataset image by its file name), for the sentence
// the row shows.
QHash<QString, QStringList> duplicateOthers(const QList<DuplicateGroup> &groups);

} // namespace Ids::Core
