#include "sandboxfilecheck.h"

#include <QtEndian>

#include <zlib.h>

namespace Ids::Sandbox::FileCheck {

namespace {

bool fail(QString *why, const char *text)
{
    if (why)
        *why = QString::fromLatin1(text);
    return false;
}

// CP437 0x80–0xFF, as Python's cp437 codec maps them.
constexpr char16_t Cp437[128] = {
    0xC7,   0xFC,   0xE9,   0xE2,   0xE4,   0xE0,   0xE5,   0xE7,   0xEA,   0xEB,   0xE8,   0xEF,   0xEE,
    0xEC,   0xC4,   0xC5,   0xC9,   0xE6,   0xC6,   0xF4,   0xF6,   0xF2,   0xFB,   0xF9,   0xFF,   0xD6,
    0xDC,   0xA2,   0xA3,   0xA5,   0x20A7, 0x192,  0xE1,   0xED,   0xF3,   0xFA,   0xF1,   0xD1,   0xAA,
    0xBA,   0xBF,   0x2310, 0xAC,   0xBD,   0xBC,   0xA1,   0xAB,   0xBB,   0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C,
    0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x3B1,  0xDF,   0x393,  0x3C0,  0x3A3,  0x3C3,  0xB5,   0x3C4,
    0x3A6,  0x398,  0x3A9,  0x3B4,  0x221E, 0x3C6,  0x3B5,  0x2229, 0x2261, 0xB1,   0x2265, 0x2264, 0x2320,
    0x2321, 0xF7,   0x2248, 0xB0,   0x2219, 0xB7,   0x221A, 0x207F, 0xB2,   0x25A0, 0xA0,
};

QString cp437(QByteArrayView bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        out += u < 0x80 ? QChar(char16_t(u)) : QChar(Cp437[u - 0x80]);
    }
    return out;
}

std::optional<QByteArray> inflateRaw(QByteArrayView packed, qint64 expected)
{
    QByteArray out(qsizetype(expected), Qt::Uninitialized);
    z_stream stream {};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.data()));
    stream.avail_in = uInt(packed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = inflate(&stream, Z_FINISH);
    const bool ok = status == Z_STREAM_END && stream.total_out == uLong(expected);
    inflateEnd(&stream);
    return ok ? std::optional<QByteArray>(out) : std::nullopt;
}

} // namespace

Kind kindOf(QByteArrayView b)
{
    if (b.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return Kind::Jpeg;
    if (b.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return Kind::Png;
    if (b.size() >= 12 && b.startsWith(QByteArrayView("RIFF", 4)) && b.sliced(8, 4) == QByteArrayView("WEBP", 4))
        return Kind::WebP;
    if (b.startsWith(QByteArrayView("PK\x03\x04", 4)) || b.startsWith(QByteArrayView("PK\x05\x06", 4)))
        return Kind::Zip;
    return Kind::Other;
}

bool isImage(Kind kind)
{
    return kind == Kind::Jpeg || kind == Kind::Png || kind == Kind::WebP;
}

std::optional<QString> strictUtf8(QByteArrayView b)
{
    QString out;
    qsizetype i = 0;
    while (i < b.size()) {
        const auto c = quint8(b[i]);
        char32_t cp = 0;
        int extra = 0;
        char32_t minimum = 0;
        if (c < 0x80) {
            out += QChar(char16_t(c));
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            cp = c & 0x1F, extra = 1, minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            cp = c & 0x0F, extra = 2, minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            cp = c & 0x07, extra = 3, minimum = 0x10000;
        } else {
            return std::nullopt; // 80–C1 (continuation or overlong lead), F5–FF
        }
        if (i + extra >= b.size())
            return std::nullopt; // cut in the middle of a character
        for (int k = 1; k <= extra; ++k) {
            const auto next = quint8(b[i + k]);
            if ((next & 0xC0) != 0x80)
                return std::nullopt;
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        // Code units appended by hand: QString::fromUcs4 would take a U+FEFF for a byte-order mark and drop
        // it (found by fuzz_captions).
        if (cp < 0x10000) {
            out += QChar(char16_t(cp));
        } else {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        }
        i += extra + 1;
    }
    return out;
}

std::optional<QList<ZipFile>> readZip(QByteArrayView b, qint64 maxTotal, QString *why)
{
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(b.data() + at); };
    auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(b.data() + at); };
    qsizetype end = -1;
    for (qsizetype at = b.size() - 22; at >= 0 && at >= b.size() - 22 - 0xFFFF; --at) {
        if (u32(at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(why, "no end of central directory"), std::nullopt;
    const qsizetype count = u16(end + 10);
    const qsizetype dirSize = u32(end + 12);
    const qsizetype dirOffset = u32(end + 16);
    if (count == 0xFFFF || dirOffset == qsizetype(0xFFFFFFFF) || dirOffset + dirSize > end)
        return fail(why, "ZIP64 or damaged directory"), std::nullopt;
    QList<ZipFile> files;
    qint64 total = 0;
    qsizetype at = dirOffset;
    for (qsizetype i = 0; i < count; ++i) {
        if (at + 46 > end || u32(at) != 0x02014b50)
            return fail(why, "damaged directory entry"), std::nullopt;
        const quint16 flags = u16(at + 8);
        const quint16 method = u16(at + 10);
        const quint32 crc = u32(at + 16);
        const qsizetype packedSize = u32(at + 20);
        const qsizetype size = u32(at + 24);
        const qsizetype nameLength = u16(at + 28);
        const qsizetype skip = nameLength + u16(at + 30) + u16(at + 32);
        const qsizetype local = u32(at + 42);
        if (at + 46 + skip > end)
            return fail(why, "damaged directory entry"), std::nullopt;
        const QByteArrayView rawName = b.sliced(at + 46, nameLength);
        at += 46 + skip;
        if (flags & 1)
            return fail(why, "encrypted"), std::nullopt;
        std::optional<QString> name = (flags & 0x800) ? strictUtf8(rawName) : std::optional<QString>(cp437(rawName));
        if (!name)
            return fail(why, "a name flagged UTF-8 is not"), std::nullopt;
        if (name->startsWith(QLatin1Char('/')) || name->split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return fail(why, "an unsafe name"), std::nullopt;
        if (name->endsWith(QLatin1Char('/')))
            continue;
        if (local + 30 > b.size() || u32(local) != 0x04034b50)
            return fail(why, "damaged local header"), std::nullopt;
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        if (data + packedSize > b.size())
            return fail(why, "an entry is cut short"), std::nullopt;
        total += size;
        if (total > maxTotal)
            return fail(why, "too large when unpacked"), std::nullopt;
        std::optional<QByteArray> content;
        if (method == 0 && packedSize == size)
            content = b.sliced(data, size).toByteArray();
        else if (method == 8)
            content = inflateRaw(b.sliced(data, packedSize), size);
        if (!content
            || quint32(crc32(0, reinterpret_cast<const Bytef *>(content->constData()), uInt(content->size()))) != crc)
            return fail(why, "an entry cannot be read"), std::nullopt;
        files.append({name->section(QLatin1Char('/'), -1), *content});
    }
    return files;
}

} // namespace Ids::Sandbox::FileCheck
