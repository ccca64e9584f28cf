#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ids::Core {

// What one file of a dataset is known to be, for the health line. Only what this computer knows: the
// caption comes from Ideogram's file list, the pixel size and the picture's fingerprint from the copy kept
// here when it was uploaded (Ideogram sends no images back, api-contract.md §6), so files added elsewhere
// have neither.
struct HealthFacts
{
    QString fileName;
    bool hasCaption = false;
    std::optional<int> shortSide; // pixels, upright; unknown without a copy here
    std::optional<quint64> fingerprint; // PerceptualHash::dHash of the picture kept here; unknown likewise
};

// The health of a dataset in one line: "22 images, 9 without caption, 2 near-duplicates, smallest 480 px".
// Each part names its files, so a click can show them.
struct DatasetHealth
{
    int images = 0;
    QStringList withoutCaption;
    // Groups of files that look alike, each in the order of the file list; the first of each is "the one".
    QList<QStringList> nearDuplicateGroups;
    std::optional<int> smallestSide; // pixels, of the files whose size is known
    QStringList smallest; // the files of that size
    QStringList tooSmall; // short side under UploadLimits::MinShortSide: too small to teach a model much

    // The files that repeat another one (every group but its first): "2 near-duplicates".
    int nearDuplicateCount() const;
    QStringList nearDuplicateFiles() const; // every file of every group, to show them side by side

    // images: the dataset's image count as Ideogram states it (its file list may be shorter). Look-alikes are
    // grouped by findDuplicates() (core/files/perceptualhash.h) at PerceptualHash::NearDistance.
    static DatasetHealth assess(int images, const QList<HealthFacts> &files);
};

} // namespace Ids::Core
