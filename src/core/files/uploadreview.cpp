// The second step of the pipeline: a verdict for every file, pure and cheap (run again on every change).
#include "uploadreview.h"

#include "../captions/metadatacaptions.h"

#include "../text/datasize.h"
#include "reviewtext.h"
#include "sendnames.h"
#include "uploadlimits.h"

#include <QJsonDocument>
#include <QLocale>

namespace Ids::Core {

namespace {

using Role = ReviewRow::Role;
using Verdict = ReviewRow::Verdict;

void refuse(ReviewRow &row, const QString &reason, Role role = Role::Refused)
{
    row.role = role;
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

// Whether the app can decode the kind to convert it (Qt's JPEG and PNG readers, libheif for HEIF; Qt on
// Debian has no WebP reader).
bool canReencode(FileKind kind)
{
    return kind == FileKind::Jpeg || kind == FileKind::Png || kind == FileKind::Heif;
}

void judgeImage(ReviewRow &row, const ReviewOptions &options)
{
    const ScannedFile &file = row.file;
    const QLocale locale;
    row.role = Role::Image;
    const ImageInfo &image = file.image;
    if (!image.problem.isEmpty()) {
        refuse(row,
               ReviewText::tr("This image cannot be read (%1). Open it in an image program and save it again.")
                   .arg(image.problem));
        return;
    }
    Preparation &prepare = row.prepare;
    if (file.kind == FileKind::Heif) {
        prepare.reencode = true;
        prepare.outputKind = image.hasAlpha ? FileKind::Png : FileKind::Jpeg;
        addNote(row,
                image.hasAlpha ? ReviewText::tr("HEIC/AVIF image with transparency, will be sent as PNG.")
                               : ReviewText::tr("HEIC photo, will be sent as JPEG."));
    }
    if (image.orientation != 1) {
        if (canReencode(file.kind)) {
            prepare.reencode = true;
            prepare.orientation = image.orientation;
            if (prepare.outputKind == FileKind::Unknown)
                prepare.outputKind = file.kind;
            addNote(row, ReviewText::tr("Stored sideways with a rotation tag; it will be sent upright."));
        } else {
            warn(row,
                 ReviewText::tr("Stored sideways with a rotation tag, which a trainer may ignore. Save it "
                                "upright as JPEG or PNG if it shows sideways."));
        }
    }
    if (file.kind == FileKind::Jpeg && image.cmyk) {
        prepare.reencode = true;
        prepare.outputKind = FileKind::Jpeg;
        addNote(row, ReviewText::tr("A JPEG in print colours (CMYK); it will be sent as an RGB JPEG."));
    }
    if (file.kind == FileKind::WebP && image.animated) {
        refuse(row,
               ReviewText::tr("This WebP is animated; Ideogram trains on still images. Save the frame you want "
                              "as JPEG, PNG or WebP."));
        return;
    }
    if (file.kind == FileKind::Png && image.animated)
        warn(row, ReviewText::tr("This PNG is animated; only its first frame is used."));
    if (file.kind == FileKind::Png && image.bitDepth == 16 && !prepare.reencode)
        addNote(row, ReviewText::tr("A 16-bit PNG; sent as it is."));

    const bool downscale = options.downscale.contains(file.key()) && canReencode(file.kind);
    if (downscale) {
        prepare.reencode = true;
        prepare.maxLongSide = UploadLimits::DownscaleLongSide;
        if (prepare.outputKind == FileKind::Unknown)
            prepare.outputKind = file.kind == FileKind::Png || image.hasAlpha ? FileKind::Png : FileKind::Jpeg;
    }
    if (prepare.reencode && prepare.outputKind == FileKind::Unknown)
        prepare.outputKind = file.kind;

    int width = image.uprightWidth();
    int height = image.uprightHeight();
    row.sendSize = file.size;
    if (prepare.reencode) {
        const auto prepared = options.prepared.constFind(file.key());
        if (prepared == options.prepared.cend()) {
            row.pending = true;
        } else if (!prepared->error.isEmpty()) {
            refuse(row, ReviewText::tr("This image could not be converted (%1).").arg(prepared->error));
            return;
        } else {
            row.sendSize = prepared->size;
            width = prepared->width;
            height = prepared->height;
        }
    }
    if (downscale && !row.pending)
        addNote(row, ReviewText::tr("Made smaller to %1 × %2 pixels.").arg(width).arg(height));

    if (!row.pending && row.sendSize > UploadLimits::MaxFileBytes) {
        row.canDownscale = !downscale && canReencode(file.kind);
        const QString size =
            ReviewText::tr("This image is %1; the limit is %2.")
                .arg(dataSizeText(row.sendSize, locale), dataSizeText(UploadLimits::MaxFileBytes, locale));
        refuse(row,
               row.canDownscale ? size + QLatin1Char(' ')
                       + ReviewText::tr("Use Make Smaller to scale it to %1 pixels on its longest side.")
                             .arg(UploadLimits::DownscaleLongSide)
                                : size + QLatin1Char(' ') + ReviewText::tr("Make it smaller in an image program."),
               Role::Image);
        return;
    }
    if (!row.pending && row.sendSize > UploadLimits::WarnFileBytes)
        warn(row,
             ReviewText::tr("This image is %1; Ideogram may refuse files over %2.")
                 .arg(dataSizeText(row.sendSize, locale), dataSizeText(UploadLimits::WarnFileBytes, locale)));
    if (image.known && std::min(width, height) > 0 && std::min(width, height) < UploadLimits::MinShortSide)
        warn(row,
             ReviewText::tr("Only %1 × %2 pixels: under %3 pixels on its short side, it teaches the model little.")
                 .arg(width)
                 .arg(height)
                 .arg(UploadLimits::MinShortSide));
    const FileKind sentKind = prepare.reencode ? prepare.outputKind : file.kind;
    const QString suffix = SendNames::suffixOf(file.sentName);
    if (!prepare.reencode && !SendNames::hasUsualSuffix(file.sentName, file.kind)) {
        if (file.kind == FileKind::Jpeg && SendNames::isJpegSuffix(suffix))
            addNote(row, ReviewText::tr("A JPEG named .%1; it will be sent as .jpg.").arg(suffix));
        else
            warn(row,
                 ReviewText::tr("Its name says .%1 but it is a %2 image; it will be sent as %2.")
                     .arg(suffix, FileSniffer::shownKindName(file.kind)));
    }
    row.sendName = SendNames::withUsualSuffix(file.sentName, sentKind);
}

void judgeCaption(ReviewRow &row, const ReviewOptions &options)
{
    const ScannedFile &file = row.file;
    const QLocale locale;
    const QString suffix = SendNames::suffixOf(file.sentName);
    row.role = Role::Caption;
    row.sendSize = file.size;
    if (file.captionTooLong) {
        refuse(
            row,
            ReviewText::tr("This caption is longer than %1.").arg(dataSizeText(UploadLimits::MaxCaptionBytes, locale)),
            Role::Caption);
        return;
    }
    const CaptionText &caption = file.caption;
    const QByteArray utf8 = caption.utf8.isEmpty() ? file.captionText.toUtf8() : caption.utf8;
    if (suffix == QLatin1String("json") && !QJsonDocument::fromJson(utf8).isObject()) {
        refuse(row, ReviewText::tr("This structured caption is not a JSON object."), Role::Caption);
        return;
    }
    if (caption.converted()) {
        row.prepare.rewriteCaption = true;
        row.sendSize = caption.utf8.size();
        if (caption.encoding == TextEncoding::Utf8)
            addNote(row, ReviewText::tr("Its Windows line ends (CRLF) will be sent as plain line ends (LF)."));
        else
            addNote(
                row,
                ReviewText::tr("Caption saved as %1; it will be sent as UTF-8.").arg(encodingName(caption.encoding)));
        if (!options.prepared.contains(file.key()))
            row.pending = true;
    }
}

} // namespace

void judgeFile(ReviewRow &row, const ReviewOptions &options)
{
    const ScannedFile &file = row.file;
    row.verdict = Verdict::Ok;
    row.sendName = file.sentName;
    const QString suffix = SendNames::suffixOf(file.sentName);
    // .caption files (kohya's scripts write them) are captions, sent as .txt.
    const bool captionName =
        suffix == QLatin1String("txt") || suffix == QLatin1String("json") || suffix == QLatin1String("caption");
    if (file.leftOut > 0) {
        refuse(row,
               ReviewText::tr("%n more file(s) in this folder were not added: at most %1 files are taken from "
                              "folders. Add them in a second upload.",
                              nullptr, file.leftOut)
                   .arg(UploadLimits::MaxFolderFiles),
               Role::Skipped);
    } else if (file.skip != SkipReason::None) {
        refuse(row, skipReasonText(file.skip), Role::Skipped);
    } else if (file.nameUnreadable) {
        refuse(row,
               ReviewText::tr("Its name is not valid text on this computer (it was probably made on a system "
                              "with another alphabet), so it cannot be opened. Rename the file, then add it "
                              "again."));
    } else if (file.brokenLink) {
        refuse(row, ReviewText::tr("This is a link to a file that no longer exists."));
    } else if (!file.readError.isEmpty()) {
        refuse(row,
               ReviewText::tr("This file could not be read (%1). Check that you may open it.").arg(file.readError));
    } else if (file.kind == FileKind::Empty) {
        refuse(row, ReviewText::tr("This file is empty."));
    } else if (FileSniffer::isImage(file.kind) || file.kind == FileKind::Heif) {
        judgeImage(row, options);
    } else if (file.kind == FileKind::Zip && file.zipEntry < 0) {
        row.role = Role::Zip;
        if (!file.zip.problem.isEmpty())
            refuse(row, ReviewText::tr("This ZIP file cannot be used: %1.").arg(file.zip.problem), Role::Zip);
    } else if (file.kind == FileKind::Zip) {
        refuse(row, ReviewText::tr("An archive inside the archive; unpack it and add its files."));
    } else if (isMetadataFileName(file.zipEntry < 0 ? file.sentName : file.zipMember)) {
        // Its captions are read by the review sheet (issue 15 item 4); the file itself is not a dataset file.
        refuse(row, ReviewText::tr("Captions for the images are read from this file; it is not sent itself."),
               Role::Skipped);
    } else if (file.kind == FileKind::Text && captionName) {
        judgeCaption(row, options);
        if (suffix == QLatin1String("caption"))
            row.sendName = SendNames::stemOf(file.sentName) + QStringLiteral(".txt");
    } else if (captionName && file.caption.problem == CaptionText::Problem::UnknownEncoding) {
        refuse(row,
               ReviewText::tr("This caption is not UTF-8 or UTF-16 text (perhaps an older Windows or Mac "
                              "encoding). Save it again as UTF-8."),
               Role::Caption);
    } else if (captionName) {
        refuse(row,
               ReviewText::tr("This caption file does not hold text (it has bytes no text file has). Open it in "
                              "a text editor and save it as UTF-8 text."),
               Role::Caption);
    } else if (file.kind == FileKind::Text || file.kind == FileKind::NonUtf8Text) {
        refuse(row, ReviewText::tr("This is a text file, not an image. Captions need the .txt extension."));
    } else if (file.kind == FileKind::Unknown) {
        refuse(row, ReviewText::tr("This is not a JPEG, PNG, WebP or HEIC image, caption or ZIP file."));
    } else {
        refuse(row,
               ReviewText::tr("This is a %1 file. Ideogram takes JPEG, PNG and WebP images; convert it first.")
                   .arg(FileSniffer::shownKindName(file.kind)));
    }
}

} // namespace Ids::Core
