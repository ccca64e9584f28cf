#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Ids::Core {

// The encodings a caption file is read in. Windows PowerShell 5.1 writes UTF-16 LE with a BOM
// ("Unicode"), Notepad UTF-8 with a BOM, scripts UTF-16 without one.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LeBom, Utf16BeBom, Utf16Le, Utf16Be };

// A caption file read as text, or why it is not text.
struct CaptionText
{
    enum class Problem {
        None,
        Binary, // NUL bytes or other control characters that no text has
        UnknownEncoding, // bytes that are not UTF-8 or UTF-16 (Latin-1, a legacy code page…)
    };
    Problem problem = Problem::None;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadCrlf = false; // CRLF or CR line ends, sent as LF
    QString text; // without BOM, every line end (CRLF, CR) as LF
    QByteArray utf8; // what is sent: UTF-8 without BOM, LF line ends

    bool ok() const { return problem == Problem::None; }
    // The bytes sent differ from the file's: the review says so, the file is written anew.
    bool converted() const { return ok() && (encoding != TextEncoding::Utf8 || hadCrlf); }
};

// Reads caption bytes: UTF-8 with or without BOM, UTF-16 LE/BE with a BOM, and UTF-16 without a BOM when
// the bytes say so (most code units of a Latin-script text have a zero high byte: zeros in one of the two
// byte columns and none in the other). Decoding is strict: an unpaired surrogate or an invalid UTF-8
// sequence is not text. A pure function; fuzz_captions calls it on arbitrary bytes.
CaptionText decodeCaption(QByteArrayView bytes);

QString encodingName(TextEncoding encoding); // "UTF-16 LE with BOM", for the review's sentence

} // namespace Ids::Core
