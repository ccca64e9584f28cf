#include "filesniffer.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Ids::Core {

namespace {

bool startsWith(QByteArrayView bytes, QByteArrayView magic)
{
    return bytes.size() >= magic.size() && bytes.first(magic.size()) == magic;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // decode() is lazy: nothing is checked until the result becomes a QString.
    [[maybe_unused]] const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// Text in some 8-bit encoding is mostly printable ASCII; binary data is not.
bool looksLikeText(QByteArrayView bytes)
{
    qsizetype printable = 0;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 0x20 && u < 0x7f) || u == '\t' || u == '\n' || u == '\r')
            ++printable;
    }
    return printable * 10 >= bytes.size() * 8;
}

bool looksLikeSvg(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(qMin<qsizetype>(bytes.size(), 1024)).toByteArray().trimmed().toLower();
    return head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"));
}

} // namespace

FileKind FileSniffer::sniff(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return FileKind::Empty;
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return FileKind::Jpeg;
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n"))
        return FileKind::Png;
    if (bytes.size() >= 12 && startsWith(bytes, "RIFF") && bytes.sliced(8, 4) == QByteArrayView("WEBP"))
        return FileKind::WebP;
    if (startsWith(bytes, QByteArrayView("PK\x03\x04", 4)) || startsWith(bytes, QByteArrayView("PK\x05\x06", 4)))
        return FileKind::Zip;
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        return FileKind::Gif;
    if (startsWith(bytes, "BM") && bytes.size() >= 14)
        return FileKind::Bmp;
    if (startsWith(bytes, QByteArrayView("II*\0", 4)) || startsWith(bytes, QByteArrayView("MM\0*", 4)))
        return FileKind::Tiff;
    if (bytes.size() >= 12 && bytes.sliced(4, 4) == QByteArrayView("ftyp"))
        return FileKind::Heif;
    if (bytes.contains('\0'))
        return FileKind::Unknown;
    if (looksLikeSvg(bytes))
        return FileKind::Svg;
    if (isValidUtf8(bytes))
        return FileKind::Text;
    return looksLikeText(bytes) ? FileKind::NonUtf8Text : FileKind::Unknown;
}

QByteArray FileSniffer::mimeType(FileKind kind)
{
    switch (kind) {
    case FileKind::Jpeg:
        return "image/jpeg";
    case FileKind::Png:
        return "image/png";
    case FileKind::WebP:
        return "image/webp";
    case FileKind::Zip:
        return "application/zip";
    case FileKind::Text:
        return "text/plain; charset=utf-8";
    default:
        return {};
    }
}

QString FileSniffer::kindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Empty:
        return QStringLiteral("empty");
    case FileKind::Jpeg:
        return QStringLiteral("JPEG");
    case FileKind::Png:
        return QStringLiteral("PNG");
    case FileKind::WebP:
        return QStringLiteral("WebP");
    case FileKind::Zip:
        return QStringLiteral("ZIP");
    case FileKind::Text:
        return QStringLiteral("text");
    case FileKind::NonUtf8Text:
        return QStringLiteral("text (not UTF-8)");
    case FileKind::Gif:
        return QStringLiteral("GIF");
    case FileKind::Bmp:
        return QStringLiteral("BMP");
    case FileKind::Heif:
        return QStringLiteral("HEIC/HEIF");
    case FileKind::Tiff:
        return QStringLiteral("TIFF");
    case FileKind::Svg:
        return QStringLiteral("SVG");
    case FileKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString FileSniffer::shownKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Empty:
        return QCoreApplication::translate("Ids::Core::FileSniffer", "empty file");
    case FileKind::Text:
        return QCoreApplication::translate("Ids::Core::FileSniffer", "text");
    case FileKind::NonUtf8Text:
        return QCoreApplication::translate("Ids::Core::FileSniffer", "text (not UTF-8)");
    case FileKind::Unknown:
        return QCoreApplication::translate("Ids::Core::FileSniffer", "unknown");
    default:
        return kindName(kind); // a format's own name (JPEG, PNG…) reads the same in every language
    }
}

} // namespace Ids::Core
