#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QtEndian>

#include <algorithm>

// Small real images made in the test, for upload fixtures: a file that only starts with a format's magic
// bytes passes a client and a sandbox that share one sniffer, and nothing else (issue 11, item 3). JPEG and
// PNG come from Qt's own writers; WebP, which Qt 6.4 on Debian cannot write without an extra plugin, is built
// here as a lossless (VP8L) bitstream of one colour, per Google's "WebP Lossless Bitstream Specification".
namespace TestImages {

inline QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A width × height picture with a colour ramp (so that it is not trivially compressible).
inline QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x * 255 / std::max(1, width - 1), y * 255 / std::max(1, height - 1), 96));
    }
    return image;
}

inline QByteArray jpeg(int width = 16, int height = 12)
{
    return encoded(picture(width, height), "JPEG");
}

inline QByteArray png(int width = 16, int height = 12)
{
    return encoded(picture(width, height), "PNG");
}

// A lossless WebP of one colour: the header, no transforms, no colour cache, and five one-symbol prefix codes
// (green, red, blue, alpha, distance), so that every pixel costs zero bits.
inline QByteArray webp(int width = 16, int height = 12, QColor colour = QColor(40, 120, 200))
{
    QByteArray bits;
    quint64 accumulator = 0;
    int used = 0;
    const auto put = [&](quint32 value, int count) {
        for (int i = 0; i < count; ++i) {
            accumulator |= quint64((value >> i) & 1u) << used;
            if (++used == 8) {
                bits.append(char(accumulator));
                accumulator = 0;
                used = 0;
            }
        }
    };
    const auto oneSymbol = [&](int symbol) {
        put(1, 1); // simple code
        put(0, 1); // one symbol
        put(1, 1); // written in 8 bits
        put(quint32(symbol), 8);
    };
    bits.append(char(0x2f)); // VP8L signature
    put(quint32(width - 1), 14);
    put(quint32(height - 1), 14);
    put(0, 1); // no alpha
    put(0, 3); // version 0
    put(0, 1); // no transform
    put(0, 1); // no colour cache
    put(0, 1); // no meta prefix codes
    oneSymbol(colour.green());
    oneSymbol(colour.red());
    oneSymbol(colour.blue());
    oneSymbol(255); // alpha
    oneSymbol(0); // distance (never used)
    if (used > 0)
        bits.append(char(accumulator));
    QByteArray chunk = "VP8L";
    chunk.append(4, '\0');
    qToLittleEndian<quint32>(quint32(bits.size()), chunk.data() + 4); // the size before padding
    chunk += bits;
    if (bits.size() % 2)
        chunk.append('\0'); // chunks are padded to an even size
    QByteArray file = "RIFF";
    file.append(4, '\0');
    file += "WEBP";
    file += chunk;
    qToLittleEndian<quint32>(quint32(file.size() - 8), file.data() + 4);
    return file;
}

} // namespace TestImages
