// ZIP entry names as archivers write them: the code-page detection over a set of raw names, each decoding,
// the Info-ZIP Unicode Path field, the separator and safety rules. Never a crash, and the promises below.
#include "fuzzoracle.h"

#include <core/files/zipnames.h>

IDS_FUZZ_PROMISES("a CP437 name keeps one character per byte",
                  "a name decoded with the detected page never holds U+FFFD where CP437 would not",
                  "a name called safe has no '..' part, no absolute start and no control character",
                  "a Unicode Path field is only taken when it is valid UTF-8",
                  "a Windows name has no backslash left once separators are normalised");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Ids::Core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Up to 16 names, separated by NUL bytes (a NUL never occurs in a stored name).
    const QList<QByteArray> names = bytes.split('\0').mid(0, 16);
    const ZipCodePage page = ZipNames::detectCodePage(names);
    for (const QByteArray &raw : names) {
        const QString cp437 = ZipNames::decode(raw, ZipCodePage::Cp437);
        IDS_FUZZ_KEEPS("a CP437 name keeps one character per byte", cp437.size() == raw.size());
        const QString decoded = ZipNames::decode(raw, page);
        IDS_FUZZ_KEEPS("a name decoded with the detected page never holds U+FFFD where CP437 would not",
                       !decoded.contains(QChar::ReplacementCharacter) || cp437.contains(QChar::ReplacementCharacter));
        const bool windows = !raw.isEmpty() && (raw.at(0) & 1);
        const QString name = ZipNames::normaliseSeparators(decoded, windows);
        if (windows)
            IDS_FUZZ_KEEPS("a Windows name has no backslash left once separators are normalised",
                           !name.contains(QLatin1Char('\\')));
        if (ZipNames::unsafeNameProblem(decoded).isEmpty()) {
            QString unified = name;
            unified.replace(QLatin1Char('\\'), QLatin1Char('/'));
            const bool control = std::any_of(unified.cbegin(), unified.cend(),
                                             [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
            IDS_FUZZ_KEEPS("a name called safe has no '..' part, no absolute start and no control character",
                           !unified.split(QLatin1Char('/')).contains(QStringLiteral(".."))
                               && !unified.startsWith(QLatin1Char('/')) && !control && !name.isEmpty());
        }
        const QString unicode = ZipNames::unicodePathField(bytes, raw);
        if (!unicode.isEmpty())
            IDS_FUZZ_KEEPS("a Unicode Path field is only taken when it is valid UTF-8",
                           ZipNames::isValidUtf8(unicode.toUtf8()) && !unicode.contains(QChar::ReplacementCharacter));
    }
    return 0;
}
