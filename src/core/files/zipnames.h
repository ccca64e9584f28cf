#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ids::Core {

// How the name of a ZIP entry was read (APPNOTE.TXT 4.4.4 bit 11, 4.6.9 for the Unicode Path field).
enum class ZipNameSource {
    Ascii, // plain ASCII: every code page agrees
    Utf8Flag, // general purpose bit 11 set: UTF-8 by the standard
    UnicodePathField, // Info-ZIP Unicode Path extra field 0x7075 whose CRC matches the stored name
    Utf8Guess, // no flag, but every name of the archive is valid UTF-8 (macOS Archive Utility, Linux zip)
    CodePage, // no flag, not UTF-8: the archive's own code page, detected from all its names
};

// The code pages a ZIP made on Windows uses for its names: CP437 (the standard's default, US/Western
// Windows "OEM" page) and the East Asian ANSI pages Windows Explorer and .NET write on those systems.
enum class ZipCodePage { Cp437, ShiftJis, Gbk, Big5, Cp949 };

// Reads ZIP entry names the way the archiver wrote them. Pure functions; the fuzz target fuzz_zipnames
// calls them on arbitrary bytes.
namespace ZipNames {

// The code page of an archive's names that carry no UTF-8 flag and no Unicode Path field. Names of one
// archive come from one system, so they are judged together: each East Asian page must decode every name
// without an error, and the one whose characters look most like its script wins; otherwise CP437.
// A two-byte character whose second byte is 0x5C ('\', as in Shift_JIS 表 = 95 5C) is decoded as one
// character before any separator is looked for.
ZipCodePage detectCodePage(const QList<QByteArray> &rawNames);
// Whether this system's Qt can decode the page (through ICU); CP437 always can (its table is built in).
bool canDecode(ZipCodePage page);
QString decode(const QByteArray &raw, ZipCodePage page);
QString codePageName(ZipCodePage page); // "CP437", "Shift_JIS", … for messages and tests

// The name from an Info-ZIP Unicode Path extra field (0x7075) when the extra data holds one whose CRC-32
// matches rawName (a stale field, left when a tool renamed the entry, is ignored); empty otherwise.
QString unicodePathField(const QByteArray &extra, const QByteArray &rawName);

bool isValidUtf8(const QByteArray &bytes);

// The entry name with '/' as the only separator. A backslash is a separator in archives written on
// Windows (madeByWindows: the host byte of "version made by" is MS-DOS/FAT, NTFS or VFAT; .NET's
// ZipArchive, as used by PowerShell 5.1, writes such names); in others it is kept as part of a name.
QString normaliseSeparators(const QString &name, bool madeByWindows);
bool isWindowsHost(quint16 versionMadeBy);

// Why an entry name (already normalised) would write outside the folder it is extracted to, or name a
// device; empty when it is safe. Untranslated, for the review's sentence and logs. Checks both separators,
// whatever the host, so a Unix archive cannot hide "..\" either.
QString unsafeNameProblem(const QString &name);

} // namespace ZipNames

} // namespace Ids::Core
