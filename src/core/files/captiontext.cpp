#include "captiontext.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Ids::Core {

namespace {

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

// Every high surrogate followed by a low one, and no low one alone.
bool surrogatesPaired(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return false;
    }
    return true;
}

std::optional<QString> strict(QByteArrayView bytes, QStringDecoder::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    // Qt's UTF-16 decoder copies an unpaired surrogate through, which toUtf8() would then replace: not text
    // (found by fuzz_captions).
    if (!surrogatesPaired(text))
        return std::nullopt;
    // An odd byte count leaves half a code unit that the stateless decoder drops without an error.
    if (decoder.hasError()
        || ((encoding == QStringDecoder::Utf16LE || encoding == QStringDecoder::Utf16BE) && bytes.size() % 2 != 0))
        return std::nullopt;
    return text;
}

// UTF-16 without a BOM, told by where the zero bytes are. A Latin-script text has a zero high byte in most
// code units; a UTF-8 or 8-bit text has no zero at all.
std::optional<TextEncoding> utf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? evenZeros : oddZeros);
    }
    const qsizetype units = bytes.size() / 2;
    // At least a third of the units look like Latin text; the other column has no zero (a NUL character
    // would put zeros in both).
    if (oddZeros * 3 >= units && evenZeros == 0)
        return TextEncoding::Utf16Le;
    if (evenZeros * 3 >= units && oddZeros == 0)
        return TextEncoding::Utf16Be;
    return std::nullopt;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f;
    });
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QCoreApplication::translate("Ids::Core::CaptionText", "UTF-8 with BOM");
    case TextEncoding::Utf16LeBom:
        return QCoreApplication::translate("Ids::Core::CaptionText", "UTF-16 LE with BOM");
    case TextEncoding::Utf16BeBom:
        return QCoreApplication::translate("Ids::Core::CaptionText", "UTF-16 BE with BOM");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16 BE");
    }
    return {};
}

CaptionText decodeCaption(QByteArrayView bytes)
{
    CaptionText result;
    std::optional<QString> text;
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        result.encoding = TextEncoding::Utf8Bom;
        text = strict(bytes.sliced(3), QStringDecoder::Utf8);
    } else if (startsWith(bytes, "\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16LeBom;
        text = strict(bytes.sliced(2), QStringDecoder::Utf16LE);
    } else if (startsWith(bytes, "\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16BeBom;
        text = strict(bytes.sliced(2), QStringDecoder::Utf16BE);
    } else if (!bytes.contains('\0')) {
        result.encoding = TextEncoding::Utf8;
        text = strict(bytes, QStringDecoder::Utf8);
        if (!text) {
            result.problem = CaptionText::Problem::UnknownEncoding;
            return result;
        }
    } else if (const std::optional<TextEncoding> utf16 = utf16WithoutBom(bytes)) {
        result.encoding = *utf16;
        text = strict(bytes, *utf16 == TextEncoding::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    }
    // More than one BOM (an editor that added one to a file that had one): none of them is text, and one left
    // at the start would be read as a BOM again (found by fuzz_captions).
    while (text && text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    if (!text || text->isEmpty() || hasControlCharacters(*text)) {
        result.problem = CaptionText::Problem::Binary;
        return result;
    }
    // Every line end becomes LF: CRLF (Windows), then a CR left alone (classic Mac, or "\r\r\n", which one
    // pass of CRLF → LF would turn into a CRLF again; found by fuzz_captions).
    result.hadCrlf = text->contains(QLatin1Char('\r'));
    if (result.hadCrlf) {
        text->replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text->replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    result.text = *text;
    result.utf8 = text->toUtf8();
    return result;
}

} // namespace Ids::Core
