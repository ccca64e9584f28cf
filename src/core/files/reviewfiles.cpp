// What depends on the other files of the upload: pairing, names, how each ZIP is sent, the limits.
#include "uploadreview.h"

#include "../text/datasize.h"
#include "reviewtext.h"
#include "sendnames.h"
#include "uploadlimits.h"

#include <QFileInfo>

namespace Ids::Core {

namespace {

using Role = ReviewRow::Role;
using Verdict = ReviewRow::Verdict;

void refuse(ReviewRow &row, const QString &reason)
{
    row.verdict = Verdict::Refused;
    row.reason = reason;
    row.pending = false;
}

void warn(ReviewRow &row, const QString &reason)
{
    if (row.verdict == Verdict::Refused)
        return;
    row.verdict = Verdict::Warning;
    row.reason = row.reason.isEmpty() ? reason : row.reason + QLatin1Char(' ') + reason;
}

void addNote(ReviewRow &row, const QString &note)
{
    row.note = row.note.isEmpty() ? note : row.note + QLatin1Char(' ') + note;
}

QString folderOf(const ScannedFile &file)
{
    return file.zipMember.isEmpty() ? QFileInfo(file.path).path() : file.zipMember.section(QLatin1Char('/'), 0, -2);
}

// The rows of the input: a ZIP is followed by its entries, each a row of its own.
QList<ReviewRow> flatten(const QList<ScannedFile> &files, const ReviewOptions &options)
{
    QList<ReviewRow> rows;
    for (const ScannedFile &file : files) {
        ReviewRow row;
        row.file = file;
        row.file.members.clear();
        judgeFile(row, options);
        const int zipRow = int(rows.size());
        rows.append(row);
        if (row.role != Role::Zip || row.verdict == Verdict::Refused)
            continue;
        // What is sent first, then what is skipped (Mac and Windows metadata), each in the archive's order.
        QList<ScannedFile> members = file.members;
        std::stable_sort(members.begin(), members.end(), [](const ScannedFile &a, const ScannedFile &b) {
            return (a.skip == SkipReason::None) > (b.skip == SkipReason::None);
        });
        for (const ScannedFile &member : std::as_const(members)) {
            ReviewRow memberRow;
            memberRow.file = member;
            memberRow.zipRow = zipRow;
            judgeFile(memberRow, options);
            rows.append(memberRow);
        }
        for (const QString &folder : file.emptyFolders) {
            ReviewRow folderRow;
            folderRow.file.path = file.path;
            folderRow.file.givenPath = file.givenPath + QLatin1Char('/') + folder;
            folderRow.file.zipMember = folder;
            folderRow.file.sentName = folder;
            folderRow.file.skip = SkipReason::EmptyFolder;
            folderRow.zipRow = zipRow;
            judgeFile(folderRow, options);
            rows.append(folderRow);
        }
    }
    return rows;
}

// Captions pair with the image of the same stem in the same upload (loose files together, each ZIP on its
// own, as Ideogram pairs within what it receives); among several, the one in the caption's own folder.
void pairCaptions(QList<ReviewRow> &rows)
{
    QHash<QString, QList<int>> imagesByStem; // container + NFC stem
    auto keyOf = [&](int row) -> QString {
        const ReviewRow &r = rows.at(row);
        return QString::number(r.zipRow) + QLatin1Char('/') + SendNames::stemOf(r.file.sentName);
    };
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).role == Role::Image && rows.at(i).verdict != Verdict::Refused)
            imagesByStem[keyOf(i)].append(i);
    }
    for (int i = 0; i < rows.size(); ++i) {
        ReviewRow &row = rows[i];
        if (row.role != Role::Caption || row.verdict == Verdict::Refused)
            continue;
        QList<int> images = imagesByStem.value(keyOf(i));
        if (images.size() > 1) {
            QList<int> sameFolder;
            for (const int image : std::as_const(images)) {
                if (folderOf(rows.at(image).file) == folderOf(row.file))
                    sameFolder.append(image);
            }
            if (sameFolder.size() == 1)
                images = sameFolder;
        }
        if (images.isEmpty()) {
            refuse(row,
                   ReviewText::tr("There is no image named %1 in this upload for this caption.")
                       .arg(SendNames::stemOf(row.file.sentName) + QStringLiteral(".jpg/.png/.webp")));
        } else if (images.size() > 1) {
            QStringList names;
            for (const int image : std::as_const(images))
                names.append(rows.at(image).file.sentName);
            const QString reason = ReviewText::tr("Several images share this name (%1): which one the caption belongs "
                                                  "to is unclear. Rename or remove all but one.")
                                       .arg(names.join(QStringLiteral(", ")));
            refuse(row, reason);
            for (const int image : std::as_const(images))
                warn(rows[image], reason);
        } else {
            row.pairedWith = images.first();
            rows[images.first()].pairedWith = i;
        }
    }
}

// Two files sent under one name would leave one of them on Ideogram: the later one gets a number, its
// caption the same, and the row says so.
void solveClashes(QList<ReviewRow> &rows)
{
    QSet<QString> used;
    for (ReviewRow &row : rows) {
        if (row.role != Role::Image || row.verdict == Verdict::Refused)
            continue;
        QString name = row.sendName;
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = SendNames::numbered(row.sendName, n);
        if (name != row.sendName) {
            addNote(row,
                    ReviewText::tr("Another file is sent as %1; this one will be sent as %2.").arg(row.sendName, name));
            row.sendName = name;
        }
        used.insert(name.toLower());
    }
    for (ReviewRow &row : rows) {
        if (row.role != Role::Caption || row.pairedWith < 0)
            continue;
        // The suffix it is sent with: a .caption file goes as .txt (judgeFile).
        const QString name = SendNames::stemOf(rows.at(row.pairedWith).sendName) + QLatin1Char('.')
            + SendNames::suffixOf(row.sendName);
        if (SendNames::stemOf(name) != SendNames::stemOf(row.sendName) || name != row.sendName
            || SendNames::suffixOf(row.file.sentName) != SendNames::suffixOf(name))
            addNote(row, ReviewText::tr("Sent as %1, with its image.").arg(name));
        row.sendName = name;
    }
}

// A ZIP is sent as it is only when Ideogram would find in it exactly what the review shows: nothing
// skipped or refused, nothing to convert, every name read the same by any unzip, and small enough.
void decideZips(QList<ReviewRow> &rows, const ReviewOptions &options)
{
    for (int z = 0; z < rows.size(); ++z) {
        ReviewRow &zip = rows[z];
        if (zip.role != Role::Zip || zip.verdict == Verdict::Refused)
            continue;
        int images = 0;
        int skipped = 0;
        int refused = 0;
        bool changed = false;
        for (const ReviewRow &member : std::as_const(rows)) {
            if (member.zipRow != z)
                continue;
            images += member.role == Role::Image && member.verdict != Verdict::Refused;
            skipped += member.role == Role::Skipped;
            refused += member.role != Role::Skipped && member.verdict == Verdict::Refused;
            const ZipEntry &entry = zip.file.zip.entries.value(member.file.zipEntry);
            const bool plainName =
                entry.nameSource == ZipNameSource::Ascii || entry.nameSource == ZipNameSource::Utf8Flag;
            const QString stored = entry.name.section(QLatin1Char('/'), -1);
            changed =
                changed || member.prepare.needed() || (member.isSent() && (!plainName || member.sendName != stored));
        }
        zip.zipImages = images;
        zip.zipSkipped = skipped;
        if (images == 0) {
            refuse(zip, ReviewText::tr("This ZIP file holds no image that can be sent."));
            continue;
        }
        // Names written with '\' are read as folders only by some unzip tools: the files go one by one.
        changed = changed || zip.file.zip.madeOnWindows || zip.file.membersRemoved > 0
            || options.unpackZips.contains(zip.file.path);
        const bool tooLarge = zip.file.size > UploadLimits::MaxFileBytes;
        if (skipped == 0 && refused == 0 && !changed && !tooLarge) {
            zip.zipSend = ReviewRow::ZipSend::AsIs;
            zip.sendName = zip.file.sentName;
            addNote(zip, ReviewText::tr("Sent as it is: %n image(s).", nullptr, images));
            continue;
        }
        zip.zipSend = ReviewRow::ZipSend::OneByOne;
        addNote(zip,
                tooLarge ? ReviewText::tr("Larger than %1: its %n image(s) will be sent one by one.", nullptr, images)
                               .arg(dataSizeText(UploadLimits::MaxFileBytes))
                         : ReviewText::tr("Its %n image(s) will be sent one by one, without the skipped files.",
                                          nullptr, images));
        for (ReviewRow &member : rows) {
            if (member.zipRow != z || !member.isSent())
                continue;
            member.prepare.extract = true;
            member.pending = !options.prepared.contains(member.file.key()) && member.verdict != Verdict::Refused;
        }
    }
}

} // namespace

bool UploadReview::canUpload() const
{
    if (!problems.isEmpty() || pending > 0)
        return false;
    return std::any_of(rows.cbegin(), rows.cend(), [](const ReviewRow &row) { return row.isSent(); });
}

UploadReview reviewFiles(const QList<ScannedFile> &files, int existingImageCount)
{
    ReviewOptions options;
    options.existingImages = existingImageCount;
    return reviewFiles(files, options);
}

UploadReview reviewFiles(const QList<ScannedFile> &files, const ReviewOptions &options)
{
    UploadReview review;
    review.existingImages = options.existingImages;
    review.rows = flatten(files, options);
    pairCaptions(review.rows);
    solveClashes(review.rows);
    decideZips(review.rows, options);

    for (const ReviewRow &row : std::as_const(review.rows)) {
        review.newImages += row.role == Role::Image && row.verdict != Verdict::Refused;
        review.pending += row.pending;
    }
    const int total = review.existingImages + review.newImages;
    if (total > UploadLimits::MaxImagesPerDataset) {
        review.problems.append(
            ReviewText::tr("This would put %1 images in the dataset; the limit is %2. Remove %n image(s) "
                           "from this upload.",
                           nullptr, total - UploadLimits::MaxImagesPerDataset)
                .arg(total)
                .arg(UploadLimits::MaxImagesPerDataset));
    } else if (review.newImages > 0 && total < UploadLimits::MinImagesToTrain) {
        review.warnings.append(
            ReviewText::tr("The dataset will hold %n image(s); training needs at least %1. You can add more "
                           "later.",
                           nullptr, total)
                .arg(UploadLimits::MinImagesToTrain));
    }
    return review;
}

} // namespace Ids::Core
