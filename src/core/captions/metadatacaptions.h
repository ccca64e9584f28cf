#pragma once

#include "captionset.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QStringList>

namespace Ids::Core {

// Captions kept in one file beside the images (issue 15 item 4), the convention of Hugging Face image folders
// ("ImageFolder"): metadata.jsonl, one JSON object a line, or metadata.csv with a header row, each naming an
// image by `file_name` (relative to the metadata file's folder) and its caption by `text` (`caption` is
// accepted too). UTF-8, a BOM allowed.
struct MetadataCaptions
{
    QList<QPair<QString, QString>> entries; // (file_name as written, '/' separated; caption), in file order
    QStringList problems; // translated: "Line 4: not a JSON object." — the rest of the file is still used
};

struct MetadataText
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::MetadataCaptions)
};

// "metadata.jsonl" or "metadata.csv", any case: the file holds captions and is not sent itself.
bool isMetadataFileName(const QString &fileName);

MetadataCaptions parseMetadataJsonl(QByteArrayView bytes);
// RFC 4180: fields in double quotes may hold commas, line breaks and "" for a quote; CRLF or LF line ends.
MetadataCaptions parseMetadataCsv(QByteArrayView bytes);
// By the name's suffix.
MetadataCaptions parseMetadata(const QString &fileName, QByteArrayView bytes);

// The metadata's captions matched with the review's images: by the path relative to the metadata file's
// folder, else by file name alone when that is unique.
struct MetadataMatch
{
    CaptionMap captions; // by image key, source Metadata
    QStringList unknownNames; // file_name values no image of the review has
    QStringList imagesWithoutEntry; // image keys the metadata does not name
};

// images: (key, path relative to the metadata file's folder, '/' separated).
MetadataMatch matchMetadata(const MetadataCaptions &metadata, const QList<QPair<QString, QString>> &images);

} // namespace Ids::Core
