#include "pngmaker.h"

#include <QtEndian>

#include <array>

namespace Ids::Sandbox {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return be32(quint32(data.size())) + typed + be32(crc32(typed));
}

} // namespace

QByteArray makePng(int width, int height, quint32 seed)
{
    const quint8 r1 = quint8(seed * 37), g1 = quint8(seed * 91), b1 = quint8(seed * 53);
    const quint8 r2 = quint8(255 - r1), g2 = quint8(180 - g1 / 2), b2 = quint8(b1 / 2 + 100);
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x) {
            const int t = (x + y) * 255 / std::max(1, width + height - 2);
            raw.append(char(r1 + (r2 - r1) * t / 255));
            raw.append(char(g1 + (g2 - g1) * t / 255));
            raw.append(char(b1 + (b2 - b1) * t / 255));
        }
    }
    QByteArray header = be32(quint32(width)) + be32(quint32(height));
    header += char(8); // bit depth
    header += char(2); // colour type: RGB
    header += QByteArray(3, '\0'); // compression, filter, interlace
    // qCompress gives a zlib stream after a 4-byte length of its own: PNG wants the zlib stream.
    const QByteArray zlib = qCompress(raw).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", {});
}

} // namespace Ids::Sandbox
