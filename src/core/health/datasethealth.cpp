#include "datasethealth.h"

#include "../files/perceptualhash.h"
#include "../files/uploadlimits.h"

namespace Ids::Core {

int DatasetHealth::nearDuplicateCount() const
{
    int count = 0;
    for (const QStringList &group : nearDuplicateGroups)
        count += int(group.size()) - 1;
    return count;
}

QStringList DatasetHealth::nearDuplicateFiles() const
{
    QStringList files;
    for (const QStringList &group : nearDuplicateGroups)
        files += group;
    return files;
}

DatasetHealth DatasetHealth::assess(int images, const QList<HealthFacts> &files)
{
    DatasetHealth health;
    health.images = images;
    for (const HealthFacts &file : files) {
        if (!file.hasCaption)
            health.withoutCaption.append(file.fileName);
        if (!file.shortSide)
            continue;
        const int side = *file.shortSide;
        if (side < UploadLimits::MinShortSide)
            health.tooSmall.append(file.fileName);
        if (!health.smallestSide || side < *health.smallestSide) {
            health.smallestSide = side;
            health.smallest = {file.fileName};
        } else if (side == *health.smallestSide) {
            health.smallest.append(file.fileName);
        }
    }

    // The same grouping as the review's duplicates (one rule for "looks alike" in the whole app).
    QList<ImageFingerprint> prints;
    for (const HealthFacts &file : files) {
        if (file.fingerprint)
            prints.append(ImageFingerprint {file.fileName, {}, file.fingerprint});
    }
    for (const DuplicateGroup &group : findDuplicates(prints))
        health.nearDuplicateGroups.append(group.keys);
    return health;
}

} // namespace Ids::Core
