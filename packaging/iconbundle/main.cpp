// ids-iconbundle: renders the app's SVG icon at every size Windows and macOS ask for and writes the two icon
// containers, at build time on every platform (Qt is the one tool all three build machines have):
//
//   ids-iconbundle <icon.svg> <out.ico> <out.icns>
//
// .ico (Windows: the program's icon, the installer's, the Start menu's): 16, 20, 24, 32, 40, 48, 64, 96, 128
// and 256 pixels (Microsoft's icon guidelines: 16-256 for every scale factor of the shell). Entries below 256
// are 32-bit DIBs, the 256 one is a PNG, as Windows' own tools write them (ICONDIR/ICONDIRENTRY layout).
// .icns (macOS: the bundle's icon): 16 to 512 points at 1x and 2x, each a PNG (icp4, icp5, ic11, ic12, ic07,
// ic13, ic08, ic14, ic09, ic10), as Apple's iconutil writes them.
//
// Both containers are simple enough to write here; a ready-made converter would be one more tool to install on
// three kinds of build machine (ImageMagick and icnsutils exist on Debian only as such). Tests read the results
// back with other readers (Qt's ICO plugin, makensis, icnsutils).
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// A 32-bit BGRA DIB as an icon wants it: BITMAPINFOHEADER with twice the height (image + mask), rows bottom
// up, then a 1-bit AND mask, all zero (the alpha channel decides), each row padded to 32 bits.
QByteArray dib(const QImage &image)
{
    const int size = image.width();
    QByteArray out;
    put32(out, 40); // biSize
    put32(out, quint32(size)); // biWidth
    put32(out, quint32(size * 2)); // biHeight: XOR image and AND mask
    put16(out, 1); // biPlanes
    put16(out, 32); // biBitCount
    put32(out, 0); // biCompression: BI_RGB
    put32(out, 0); // biSizeImage (may be 0 for BI_RGB)
    put32(out, 0);
    put32(out, 0);
    put32(out, 0);
    put32(out, 0);
    for (int y = size - 1; y >= 0; --y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x) {
            const char bgra[4] = {char(qBlue(row[x])), char(qGreen(row[x])), char(qRed(row[x])), char(qAlpha(row[x]))};
            out.append(bgra, 4);
        }
    }
    const int maskRowBytes = ((size + 31) / 32) * 4;
    out.append(QByteArray(maskRowBytes * size, '\0'));
    return out;
}

QByteArray ico(QSvgRenderer &svg)
{
    const QList<int> sizes {16, 20, 24, 32, 40, 48, 64, 96, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images << (size >= 256 ? png(render(svg, size)) : dib(render(svg, size)));
    QByteArray out;
    put16(out, 0); // reserved
    put16(out, 1); // type: icon
    put16(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size >= 256 ? 0 : size)); // width; 0 means 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append('\0'); // no palette
        out.append('\0'); // reserved
        put16(out, 1); // colour planes
        put16(out, 32); // bits per pixel
        put32(out, quint32(images.at(i).size()));
        put32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

QByteArray icns(QSvgRenderer &svg)
{
    const struct
    {
        const char *type;
        int pixels;
    } entries[] = {
        {"icp4", 16},  {"icp5", 32},  {"ic11", 32},  {"ic12", 64},  {"ic07", 128},
        {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024},
    };
    QByteArray body;
    for (const auto &entry : entries) {
        const QByteArray data = png(render(svg, entry.pixels));
        char length[4];
        qToBigEndian(quint32(8 + data.size()), length);
        body.append(entry.type, 4).append(length, 4).append(data);
    }
    char length[4];
    qToBigEndian(quint32(8 + body.size()), length);
    return QByteArray("icns", 4).append(length, 4).append(body);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush())
        return true;
    std::fprintf(stderr, "ids-iconbundle: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering needs QtGui's painter, not a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: ids-iconbundle <icon.svg> <out.ico> <out.icns>\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "ids-iconbundle: %s is not a readable SVG file\n", qPrintable(arguments.at(1)));
        return 1;
    }
    return write(arguments.at(2), ico(svg)) && write(arguments.at(3), icns(svg)) ? 0 : 1;
}
