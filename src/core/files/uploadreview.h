#pragma once

#include "captiontext.h"
#include "filesniffer.h"
#include "imageprobe.h"
#include "skippedfiles.h"
#include "zipdirectory.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ids::Core {

// One file as found on disk or in a ZIP, before any verdict: the first step of the pipeline
// scan → judge (reviewFiles) → convert/repack (prepareFile, a worker task) → send plan (planUpload).
struct ScannedFile
{
    QString path; // absolute path on disk; for a ZIP member, the ZIP's path
    QString givenPath; // as the user gave it: the argument, or the argument joined with the path below it
    QString zipMember; // for a ZIP member: its name inside the archive, '/' separated; empty otherwise
    int zipEntry = -1; // for a ZIP member: its index in the ZIP's listing
    QString sentName; // FileNameSanitiser on the name in Unicode NFC (macOS writes decomposed names)
    qint64 size = 0; // bytes (uncompressed, for a ZIP member)
    QDateTime modified;
    FileKind kind = FileKind::Unknown;
    ImageInfo image; // for JPEG, PNG, WebP and HEIF
    CaptionText caption; // for a text file up to UploadLimits::MaxCaptionBytes
    QString captionText; // caption.text, kept for callers that only need the words
    bool captionTooLong = false;
    ZipListing zip; // for a ZIP only
    QList<ScannedFile> members; // for a ZIP only: each file entry, scanned (folders are not listed)
    QStringList emptyFolders; // for a ZIP only: folder entries with nothing in them
    SkipReason skip = SkipReason::None;
    bool nameUnreadable = false; // the name is not valid in the system's encoding: the file cannot be opened
    bool brokenLink = false;
    int leftOut = 0; // > 0: a marker row for a folder walk that hit UploadLimits::MaxFolderFiles
    int membersRemoved = 0; // for a ZIP: entries the user took out of the upload (the rest go one by one)
    QString readError; // untranslated

    // Identifies the file within one review (a ZIP member by its archive and entry).
    QString key() const { return zipEntry < 0 ? path : path + QLatin1Char('#') + QString::number(zipEntry); }
    // For a ZIP: takes one entry out of the upload (the user removed its row).
    void removeMember(int entry)
    {
        membersRemoved +=
            int(members.removeIf([entry](const ScannedFile &member) { return member.zipEntry == entry; }));
    }
    QString displayName() const;
};

// Reads what each path is (folders expanded recursively and sorted, ZIPs listed and their entries read),
// without losing any: what cannot be used is still listed, with why. Touches the disk and inflates ZIP
// entries: call it on a worker thread.
QList<ScannedFile> scanPaths(const QStringList &paths);
// One file (not a folder), as scanPaths reads it; givenPath is kept as given.
ScannedFile scanFile(const QString &path, const QString &givenPath);

// What the app does to a file before it is sent (see prepareFile in src/imaging).
struct Preparation
{
    bool reencode = false; // decoded and encoded again as outputKind
    FileKind outputKind = FileKind::Unknown; // JPEG or PNG when reencode
    int orientation = 1; // EXIF orientation to apply while re-encoding (the result is upright)
    int maxLongSide = 0; // > 0: scaled down to fit this many pixels on its longest side
    bool rewriteCaption = false; // written again as UTF-8 without BOM, LF line ends
    bool extract = false; // a ZIP member sent on its own: its bytes are copied out of the archive
    bool needed() const { return reencode || rewriteCaption || extract; }
};

// The result of a preparation, fed back into the review (sizes are checked after conversion).
struct PreparedFile
{
    QString path; // the file to send
    qint64 size = 0;
    int width = 0; // of the image sent
    int height = 0;
    QString error; // untranslated; the row is refused with it
};

struct ReviewRow
{
    enum class Role { Image, Caption, Zip, Skipped, Refused };
    enum class Verdict { Ok, Warning, Refused };
    enum class ZipSend { AsIs, OneByOne };

    ScannedFile file; // for a ZIP row, without its members (they are rows of their own)
    int zipRow = -1; // for a ZIP member: the row of its ZIP
    Role role = Role::Refused;
    Verdict verdict = Verdict::Refused;
    QString reason; // a translated sentence: why refused, what to look at, or why skipped; empty when Ok
    QString note; // a translated sentence saying what the app does to the file (converts, renames…)
    QString sendName; // the name it is sent under: NFC, the suffix of what it is, clashes solved
    Preparation prepare;
    bool pending = false; // its preparation has not finished: nothing can be sent yet
    qint64 sendSize = 0; // bytes sent: after conversion when known, else the file's size
    bool canDownscale = false; // too large, and a one-click downscale (UploadLimits::DownscaleLongSide) helps
    int pairedWith = -1; // the row of the image for a caption, of the caption for an image
    ZipSend zipSend = ZipSend::AsIs; // for a ZIP row
    int zipImages = 0; // for a ZIP row: images it adds
    int zipSkipped = 0; // for a ZIP row: entries skipped

    // Something of this row goes to Ideogram (as itself, or inside the ZIP that is sent as it is).
    bool isSent() const { return verdict != Verdict::Refused && (role == Role::Image || role == Role::Caption); }
};

struct ReviewOptions
{
    int existingImages = 0;
    QSet<QString> downscale; // ScannedFile::key() of the images the user asked to make smaller
    QHash<QString, PreparedFile> prepared; // by ScannedFile::key(), as the preparations finish
    // ZIPs (by path) holding an image whose caption was changed in the app: their files go one by one, so the
    // new caption can travel instead of the archive's (issue 15).
    QSet<QString> unpackZips;
};

struct UploadReview
{
    QList<ReviewRow> rows;
    int existingImages = 0;
    int newImages = 0; // images in this batch, those inside ZIPs included
    int pending = 0; // rows waiting for their preparation
    QStringList problems; // blocking: nothing is sent until they are solved
    QStringList warnings;

    bool canUpload() const;
};

// The rules applied before anything is sent (reliability-rules.md R23–R26, README "Add images"): a pure function
// of its input, cheap enough to run again each time the user removes a row or a preparation finishes.
UploadReview reviewFiles(const QList<ScannedFile> &files, const ReviewOptions &options);
UploadReview reviewFiles(const QList<ScannedFile> &files, int existingImageCount);

} // namespace Ids::Core
