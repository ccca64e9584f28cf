#pragma once

#include <QByteArrayView>
#include <QString>

namespace Ids::Core {

// What a file is, found from its bytes and never from its name (reliability-rules.md R23).
enum class FileKind {
    Empty,
    Jpeg,
    Png,
    WebP,
    Zip,
    Text, // valid UTF-8 without NUL: a caption candidate
    NonUtf8Text, // no NUL, but not valid UTF-8 (Latin-1, UTF-16 without NUL…)
    Gif,
    Bmp,
    Heif, // HEIC/HEIF/AVIF: an ISO-BMFF "ftyp" box
    Tiff,
    Svg,
    Unknown,
};

// Bytes needed to tell every kind apart. Text is judged on what it is given: pass the whole file for
// captions (they are small), or the head for a verdict that the rest may still overturn.
constexpr qsizetype SniffHeadBytes = 64;

class FileSniffer final
{
public:
    static FileKind sniff(QByteArrayView bytes);
    static bool isImage(FileKind kind)
    {
        return kind == FileKind::Jpeg || kind == FileKind::Png || kind == FileKind::WebP;
    }
    // The MIME type the API expects for an accepted kind; empty for the others.
    static QByteArray mimeType(FileKind kind);
    // A short name for a kind, untranslated ("JPEG", "HEIC/HEIF"), for messages and logs.
    static QString kindName(FileKind kind);
    // The same name for people, translated: "empty file", "text" and "unknown" are words, format names stay.
    static QString shownKindName(FileKind kind);
};

} // namespace Ids::Core
