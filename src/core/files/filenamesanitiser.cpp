#include "filenamesanitiser.h"

#include <QList>

namespace Ids::Core {

namespace {

bool isUnwanted(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Cuts a string to at most maxBytes of UTF-8 without splitting a code point.
QString cutToBytes(const QString &text, qsizetype maxBytes)
{
    QString result;
    qsizetype bytes = 0;
    for (const char32_t c : text.toUcs4()) {
        const qsizetype size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        result += QString::fromUcs4(&c, 1);
    }
    return result;
}

} // namespace

QString FileNameSanitiser::sanitise(const QString &pathOrName)
{
    // Both separators: a name from another system may carry either.
    QString name = pathOrName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString cleaned;
    for (const char32_t c : name.toUcs4()) {
        if (isUnwanted(c))
            continue;
        if (c == U'"' || c == U'\\' || c == U'/' || c == U':')
            cleaned += QLatin1Char('_');
        else if (c <= 0xffff && !QChar::isSurrogate(c))
            cleaned += QChar(char16_t(c));
        else
            cleaned += QString::fromUcs4(&c, 1);
    }
    cleaned = cleaned.trimmed();

    const qsizetype dot = cleaned.lastIndexOf(QLatin1Char('.'));
    QString stem = dot >= 0 ? cleaned.left(dot) : cleaned;
    QString extension = dot >= 0 ? cleaned.mid(dot) : QString();
    if (extension.toUtf8().size() > 16) {
        // Not an extension anyone pairs or sniffs by: part of the name.
        stem = cleaned;
        extension.clear();
    }
    // A leading dot would make a hidden file of it on many systems; spaces it uncovers go too, as the
    // trim above would take them on a second pass (found by fuzz_files).
    while (!stem.isEmpty() && (stem.front() == QLatin1Char('.') || stem.front().isSpace()))
        stem.remove(0, 1);
    if (stem.isEmpty())
        stem = QStringLiteral("file");
    QString cut = cutToBytes(stem, MaxBytes - extension.toUtf8().size());
    // A cut may end on a space, which a second pass would trim: trimmed now, so the rule is stable
    // (found by fuzz_files).
    if (cut.size() < stem.size())
        cut = cut.trimmed();
    return cut + extension;
}

} // namespace Ids::Core
