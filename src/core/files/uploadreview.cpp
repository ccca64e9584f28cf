#include "uploadreview.h"

#include "filenamesanitiser.h"
#include "uploadlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace Ids::Core {

namespace {

// The review's sentences live in one translation context of their own.
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::UploadReview)
};

// What an image's name claims to be; Unknown for any other name.
FileKind kindFromName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return FileKind::Jpeg;
    if (suffix == QLatin1String("png"))
        return FileKind::Png;
    if (suffix == QLatin1String("webp"))
        return FileKind::WebP;
    return FileKind::Unknown;
}

QString suffixOf(const QString &name)
{
    return QFileInfo(name).suffix().toLower();
}

QString stemOf(const QString &name)
{
    return QFileInfo(name).completeBaseName();
}

ScannedFile scanFile(const QFileInfo &info)
{
    ScannedFile file;
    file.path = info.absoluteFilePath();
    file.sentName = FileNameSanitiser::sanitise(info.fileName());
    file.size = info.size();
    file.modified = info.lastModified();
    QFile device(file.path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.readError = device.errorString();
        return file;
    }
    // A caption is read whole (it is small); anything else only far enough to tell what it is.
    const bool small = file.size <= UploadLimits::MaxCaptionBytes;
    const QByteArray bytes = device.read(small ? UploadLimits::MaxCaptionBytes : SniffHeadBytes);
    file.kind = FileSniffer::sniff(bytes);
    if (!small && (file.kind == FileKind::Text || file.kind == FileKind::NonUtf8Text))
        file.captionTooLong = true;
    if (small && file.kind == FileKind::Text)
        file.captionText = QString::fromUtf8(bytes);
    if (file.kind == FileKind::Zip) {
        device.seek(0);
        file.zip = ZipDirectory::read(&device);
    }
    return file;
}

} // namespace

QList<ScannedFile> scanPaths(const QStringList &paths)
{
    QList<ScannedFile> files;
    int fromFolders = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext() && fromFolders + found.size() < UploadLimits::MaxFolderFiles) {
                const QFileInfo entry(it.next());
                // Hidden files (.DS_Store, editor backups) are not what anyone meant to upload.
                if (entry.isHidden() || entry.fileName().startsWith(QLatin1Char('.')))
                    continue;
                found.append(entry.absoluteFilePath());
            }
            found.sort();
            fromFolders += int(found.size());
            for (const QString &entry : std::as_const(found))
                files.append(scanFile(QFileInfo(entry)));
        } else {
            files.append(scanFile(info));
        }
    }
    return files;
}

bool UploadReview::canUpload() const
{
    if (!problems.isEmpty())
        return false;
    return std::any_of(rows.cbegin(), rows.cend(), [](const ReviewRow &row) {
        return row.verdict != ReviewRow::Verdict::Refused && row.role != ReviewRow::Role::Caption;
    });
}

UploadReview reviewFiles(const QList<ScannedFile> &files, int existingImageCount)
{
    UploadReview review;
    review.existingImages = existingImageCount;
    const QLocale locale;

    auto refuse = [](ReviewRow &row, const QString &reason) {
        row.role = ReviewRow::Role::Refused;
        row.verdict = ReviewRow::Verdict::Refused;
        row.reason = reason;
    };
    auto warn = [](ReviewRow &row, const QString &reason) {
        if (row.verdict == ReviewRow::Verdict::Refused)
            return;
        row.verdict = ReviewRow::Verdict::Warning;
        row.reason = row.reason.isEmpty() ? reason : row.reason + QLatin1Char(' ') + reason;
    };

    QSet<QString> namesSeen;
    for (const ScannedFile &file : files) {
        ReviewRow row;
        row.file = file;
        row.verdict = ReviewRow::Verdict::Ok;
        const QString suffix = suffixOf(file.sentName);
        const QString kindName = FileSniffer::kindName(file.kind);

        if (!file.readError.isEmpty()) {
            refuse(row, ReviewText::tr("This file could not be read (%1).").arg(file.readError));
        } else if (namesSeen.contains(file.sentName)) {
            refuse(row, ReviewText::tr("Another file in this upload has the same name; Ideogram would keep only one."));
        } else if (file.kind == FileKind::Empty) {
            refuse(row, ReviewText::tr("This file is empty."));
        } else if (FileSniffer::isImage(file.kind)) {
            row.role = ReviewRow::Role::Image;
            if (file.size > UploadLimits::MaxFileBytes)
                refuse(row,
                       ReviewText::tr("This image is %1; the limit is %2. Make it smaller.")
                           .arg(locale.formattedDataSize(file.size),
                                locale.formattedDataSize(UploadLimits::MaxFileBytes)));
            else if (file.size > UploadLimits::WarnFileBytes)
                warn(row,
                     ReviewText::tr("This image is %1; Ideogram may refuse files over %2.")
                         .arg(locale.formattedDataSize(file.size),
                              locale.formattedDataSize(UploadLimits::WarnFileBytes)));
            if (row.verdict != ReviewRow::Verdict::Refused && kindFromName(file.sentName) != file.kind)
                warn(row,
                     ReviewText::tr("Its name says .%1 but it is a %2 image; it will be sent as %2.")
                         .arg(suffix, kindName));
        } else if (file.kind == FileKind::Zip) {
            row.role = ReviewRow::Role::Zip;
            if (!file.zip.problem.isEmpty())
                refuse(row, ReviewText::tr("This ZIP file cannot be used: %1.").arg(file.zip.problem));
            else if (file.size > UploadLimits::MaxFileBytes)
                refuse(row,
                       ReviewText::tr("This ZIP file is %1; the limit is %2. Split it into smaller archives.")
                           .arg(locale.formattedDataSize(file.size),
                                locale.formattedDataSize(UploadLimits::MaxFileBytes)));
        } else if (file.kind == FileKind::Text && (suffix == QLatin1String("txt") || suffix == QLatin1String("json"))) {
            row.role = ReviewRow::Role::Caption;
            if (file.captionTooLong)
                refuse(row,
                       ReviewText::tr("This caption is longer than %1.")
                           .arg(locale.formattedDataSize(UploadLimits::MaxCaptionBytes)));
            else if (suffix == QLatin1String("json") && !QJsonDocument::fromJson(file.captionText.toUtf8()).isObject())
                refuse(row, ReviewText::tr("This structured caption is not a JSON object."));
        } else if (file.kind == FileKind::NonUtf8Text && suffix == QLatin1String("txt")) {
            refuse(row, ReviewText::tr("This caption is not UTF-8 text. Save it again as UTF-8."));
        } else if (file.kind == FileKind::Text || file.kind == FileKind::NonUtf8Text) {
            refuse(row, ReviewText::tr("This is a text file, not an image. Captions need the .txt extension."));
        } else if (file.kind == FileKind::Unknown) {
            refuse(row, ReviewText::tr("This is not a JPEG, PNG or WebP image, caption or ZIP file."));
        } else {
            refuse(row,
                   ReviewText::tr("This is a %1 file. Ideogram takes JPEG, PNG and WebP images; convert it first.")
                       .arg(kindName));
        }
        if (file.readError.isEmpty())
            namesSeen.insert(file.sentName);
        review.rows.append(row);
    }

    // Captions pair with the image of the same stem; a stem shared by several images is ambiguous.
    QHash<QString, QList<int>> imagesByStem;
    for (int i = 0; i < review.rows.size(); ++i) {
        if (review.rows.at(i).role == ReviewRow::Role::Image
            && review.rows.at(i).verdict != ReviewRow::Verdict::Refused)
            imagesByStem[stemOf(review.rows.at(i).file.sentName)].append(i);
    }
    for (int i = 0; i < review.rows.size(); ++i) {
        ReviewRow &row = review.rows[i];
        if (row.role != ReviewRow::Role::Caption || row.verdict == ReviewRow::Verdict::Refused)
            continue;
        const QList<int> images = imagesByStem.value(stemOf(row.file.sentName));
        if (images.isEmpty()) {
            refuse(row,
                   ReviewText::tr("There is no image named %1 in this upload for this caption.")
                       .arg(stemOf(row.file.sentName) + QStringLiteral(".jpg/.png/.webp")));
            row.role = ReviewRow::Role::Caption;
        } else if (images.size() > 1) {
            QStringList names;
            for (const int image : images)
                names.append(review.rows.at(image).file.sentName);
            const QString reason =
                ReviewText::tr("Several images share this name (%1): which one the caption belongs to is "
                               "unclear. Rename or remove all but one.")
                    .arg(names.join(QStringLiteral(", ")));
            refuse(row, reason);
            row.role = ReviewRow::Role::Caption;
            for (const int image : images)
                warn(review.rows[image], reason);
        } else {
            row.pairedWith = images.first();
            review.rows[images.first()].pairedWith = i;
        }
    }

    for (const ReviewRow &row : std::as_const(review.rows)) {
        if (row.verdict == ReviewRow::Verdict::Refused)
            continue;
        if (row.role == ReviewRow::Role::Image)
            ++review.newImages;
        else if (row.role == ReviewRow::Role::Zip)
            review.newImages +=
                int(std::count_if(row.file.zip.entries.cbegin(), row.file.zip.entries.cend(),
                                  [](const ZipEntry &entry) { return kindFromName(entry.name) != FileKind::Unknown; }));
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
            ReviewText::tr("The dataset will hold %1 image(s); training needs at least %2. You can add more "
                           "later.")
                .arg(total)
                .arg(UploadLimits::MinImagesToTrain));
    }
    return review;
}

} // namespace Ids::Core
