#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Ids::Core {

// Where an image's caption came from (issue 15): the review shows it beside the caption, and the draft
// store keeps it, so that "from Ideogram" stays marked until the user changes the words.
enum class CaptionSource {
    None, // no caption
    File, // a sidecar next to the image (.txt, .json, .caption)
    Metadata, // a line of metadata.jsonl or metadata.csv (Hugging Face image folders)
    Typed, // written or changed in the app (by hand or by a bulk edit)
    Ideogram, // a draft from Ideogram's describe operation (api-contract.md §11)
};

// One image's caption as the app holds it before upload.
struct CaptionEntry
{
    QString text; // as shown and sent: UTF-8 on the wire, LF line ends
    CaptionSource source = CaptionSource::None;
    bool structured = false; // an Ideogram 4.0 structured caption: sent as a .json sidecar, not .txt

    bool operator==(const CaptionEntry &other) const = default;
};

// The captions of one review: by image, keyed by ScannedFile::key() (a file's path, or a ZIP entry's key).
using CaptionMap = QHash<QString, CaptionEntry>;

QString captionSourceId(CaptionSource source); // "file", "metadata", "typed", "ideogram", "" (stable: drafts)
CaptionSource captionSourceFromId(const QString &id); // None for an unknown id

// For the draft store: {key: {"text", "source", "structured"?}}. Entries fromJson cannot read are dropped.
QJsonObject captionsToJson(const CaptionMap &captions);
CaptionMap captionsFromJson(const QJsonObject &object);

} // namespace Ids::Core
