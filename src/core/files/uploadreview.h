#pragma once

#include "filesniffer.h"
#include "zipdirectory.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ids::Core {

// One file as found on disk, before any verdict.
struct ScannedFile
{
    QString path;
    QString sentName; // sanitised (FileNameSanitiser)
    qint64 size = 0;
    QDateTime modified;
    FileKind kind = FileKind::Unknown;
    QString captionText; // the whole text, for a small Text file only
    bool captionTooLong = false;
    ZipListing zip; // for a ZIP only
    QString readError;
};

// Expands folders (recursively, sorted, hidden files skipped, capped at UploadLimits::MaxFolderFiles),
// reads what each file is from its bytes, and lists ZIPs without extracting them. Touches the disk: call it
// on a worker thread.
QList<ScannedFile> scanPaths(const QStringList &paths);

struct ReviewRow
{
    enum class Role { Image, Caption, Zip, Refused };
    enum class Verdict { Ok, Warning, Refused };

    ScannedFile file;
    Role role = Role::Refused;
    Verdict verdict = Verdict::Refused;
    QString reason; // a translated sentence; empty when Ok
    int pairedWith = -1; // the row of the image for a caption, of the caption for an image
};

struct UploadReview
{
    QList<ReviewRow> rows;
    int existingImages = 0;
    int newImages = 0; // images in this batch, those inside ZIPs included
    QStringList problems; // blocking: nothing is sent until they are solved
    QStringList warnings;

    bool canUpload() const;
};

// The rules applied before anything is sent (reliability-rules.md R23–R26): a pure function of its input, cheap
// enough to run again each time the user removes a row.
UploadReview reviewFiles(const QList<ScannedFile> &files, int existingImageCount);

} // namespace Ids::Core
