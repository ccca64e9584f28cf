#pragma once

#include "../storage/contentstore.h"
#include "../types/datasetdetail.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Ids::Core {

// One image of an export: the name Ideogram lists it under, where this computer keeps its original, and the
// caption Ideogram returned for it (absent when it has none).
struct ExportImage
{
    QString fileName;
    QString originalPath;
    std::optional<QString> caption;
};

// What an export holds, decided before any file is read (issue 15 item 7): the dataset's files as Ideogram
// lists them, those uploaded from this computer (ContentStore::localFiles, with an original path) to be
// written, the others named in withoutLocalCopy (the API cannot give an image back, api-contract.md §12).
struct DatasetExportPlan
{
    QList<ExportImage> images; // in the dataset's order
    QStringList withoutLocalCopy; // file names, in the dataset's order; "(no name)" entries are left out

    static DatasetExportPlan make(const DatasetDetail &detail, const QList<LocalFile> &local);
};

// What an export did. error is a sentence for the user (empty when the ZIP was written); cancelled: stopped
// by the user, nothing written.
struct DatasetExportResult
{
    QString error;
    bool cancelled = false;
    int imagesWritten = 0;
    QStringList withoutLocalCopy; // from the plan
    QStringList unreadable; // had a local copy that is gone or cannot be read now: not in the ZIP
    QStringList sharedStem; // their sidecar's name was taken by another image's: caption in metadata.jsonl only

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Writes a dataset as an image folder in a ZIP: each image under its Ideogram file name, its caption beside it
// with the same stem (`.txt`; `.json` for a 4.0 structured caption, as the app sends those, so a new upload of
// the folder trains on the same captions), and a metadata.jsonl with one {"file_name", "text"} line per image
// (the image-folder convention of Hugging Face datasets; text is the caption as Ideogram returned it, "" when
// none). Blocking: run it on a worker thread.
class DatasetExport final
{
public:
    // progress(done, total) after each image (total: the plan's images); returning false cancels. The ZIP is
    // written through QSaveFile: it appears at zipPath complete, or not at all (failure, cancel).
    static DatasetExportResult write(const DatasetExportPlan &plan, const QString &zipPath,
                                     const std::function<bool(int done, int total)> &progress = {});

    // One JSON object per line, UTF-8, LF after every line; keys in this order: file_name, text.
    static QByteArray metadataJsonl(const QList<ExportImage> &images);
    // A file name from the server as a ZIP entry name: no folders ('/' and '\' become '_'), never "." or "..".
    static QString entryName(const QString &fileName);
};

} // namespace Ids::Core
