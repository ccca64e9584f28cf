#pragma once
// Inputs built inside the tests, in the shapes real computers make them: ZIPs with the flags, "version made
// by", raw name bytes and extra fields of Finder, PowerShell and Info-ZIP; real JPEG/PNG/HEIC images;
// captions in the encodings Windows writes. Nothing is read from outside the test.

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QPainter>
#include <QString>
#include <QtEndian>

#include <libheif/heif.h>
#include <zlib.h>

namespace Fixtures {

inline QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

constexpr quint16 MadeByMsDos = 0x0014; // .NET ZipArchive (PowerShell 5.1 Compress-Archive), Explorer
constexpr quint16 MadeByUnix = 0x031E; // Info-ZIP on Linux/macOS, macOS Archive Utility (0x0315)

struct Entry
{
    Entry(QByteArray n, QByteArray d = {}, quint16 f = 0, quint16 m = MadeByUnix, QByteArray e = {})
        : name(std::move(n))
        , data(std::move(d))
        , flags(f)
        , madeBy(m)
        , extra(std::move(e))
    { }
    QByteArray name; // raw bytes, in whatever encoding the archiver used
    QByteArray data;
    quint16 flags = 0; // 0x800: the name is UTF-8
    quint16 madeBy = MadeByUnix;
    QByteArray extra;
    bool deflate = true;
};

// A ZIP as an archiver writes it: local headers, deflated (zlib raw) or stored data, central directory.
inline QByteArray zip(const QList<Entry> &entries)
{
    QByteArray body;
    QByteArray directory;
    for (const Entry &e : entries) {
        const bool isDir = e.name.endsWith('/');
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        QByteArray packed = e.data;
        quint16 method = 0;
        if (e.deflate && !isDir && !e.data.isEmpty()) {
            z_stream s {};
            deflateInit2(&s, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
            packed.resize(int(deflateBound(&s, uLong(e.data.size()))));
            s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(e.data.constData()));
            s.avail_in = uInt(e.data.size());
            s.next_out = reinterpret_cast<Bytef *>(packed.data());
            s.avail_out = uInt(packed.size());
            deflate(&s, Z_FINISH);
            packed.resize(int(s.total_out));
            deflateEnd(&s);
            method = 8;
        }
        const quint32 offset = quint32(body.size());
        body += le32(0x04034b50) + le16(20) + le16(e.flags) + le16(method) + le16(0) + le16(0x5b7e) + le32(crc)
            + le32(quint32(packed.size())) + le32(quint32(e.data.size())) + le16(quint16(e.name.size()))
            + le16(quint16(e.extra.size())) + e.name + e.extra + packed;
        directory += le32(0x02014b50) + le16(e.madeBy) + le16(20) + le16(e.flags) + le16(method) + le16(0)
            + le16(0x5b7e) + le32(crc) + le32(quint32(packed.size())) + le32(quint32(e.data.size()))
            + le16(quint16(e.name.size())) + le16(quint16(e.extra.size())) + le16(0) + le16(0) + le16(0)
            + le32(isDir ? 0x41ed0010u : 0x81a40000u) + le32(offset) + e.name + e.extra;
    }
    return body + directory + le32(0x06054b50) + le16(0) + le16(0) + le16(quint16(entries.size()))
        + le16(quint16(entries.size())) + le32(quint32(directory.size())) + le32(quint32(body.size())) + le16(0);
}

// Info-ZIP Unicode Path extra field (0x7075): version 1, CRC-32 of the stored name, the UTF-8 name.
inline QByteArray unicodePathExtra(const QByteArray &storedName, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    const quint32 crc =
        quint32(crc32(0, reinterpret_cast<const Bytef *>(storedName.constData()), uInt(storedName.size())));
    const QByteArray payload = QByteArray(1, '\1') + le32(crc) + utf8;
    return le16(0x7075) + le16(quint16(payload.size())) + payload;
}

// A real picture: a gradient with a red block in the top-left corner (so orientation can be checked).
inline QImage picture(int width, int height, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(
                x, y, qRgba(0, (x * 255) / std::max(1, width), (y * 255) / std::max(1, height), alpha ? 128 : 255));
    }
    QPainter painter(&image);
    painter.fillRect(0, 0, std::max(1, width / 4), std::max(1, height / 4), Qt::red);
    return image;
}

inline QByteArray encode(const QImage &image, const char *format, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

inline QByteArray jpeg(int width = 640, int height = 640, const QByteArray &label = {})
{
    QByteArray bytes = encode(picture(width, height), "jpeg");
    if (!label.isEmpty()) // a comment segment, so that files differ
        bytes.insert(2, QByteArray("\xFF\xFE", 2) + be16(quint16(label.size() + 2)) + label);
    return bytes;
}

inline QByteArray png(int width = 640, int height = 640, bool alpha = false)
{
    return encode(picture(width, height, alpha), "png");
}

// A JPEG with an EXIF APP1 block holding only the Orientation tag, placed first as cameras do.
inline QByteArray jpegWithOrientation(const QImage &stored, int orientation)
{
    const QByteArray tiff = QByteArray("II*\0", 4) + le32(8) + le16(1) + le16(0x0112) + le16(3) + le32(1)
        + le16(quint16(orientation)) + le16(0) + le32(0);
    const QByteArray exif = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray bytes = encode(stored, "jpeg");
    bytes.insert(2, QByteArray("\xFF\xE1", 2) + be16(quint16(exif.size() + 2)) + exif);
    return bytes;
}

// A HEIC (x265) or AVIF (aom) file encoded with libheif, as a phone would write it.
inline QByteArray heif(const QImage &source, bool avif = false)
{
    const bool alpha = source.hasAlphaChannel();
    const QImage rgb = source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    heif_context *context = heif_context_alloc();
    heif_encoder *encoder = nullptr;
    heif_context_get_encoder_for_format(context, avif ? heif_compression_AV1 : heif_compression_HEVC, &encoder);
    heif_encoder_set_lossy_quality(encoder, 80);
    heif_image *image = nullptr;
    heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB,
                      alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, &image);
    heif_image_add_plane(image, heif_channel_interleaved, rgb.width(), rgb.height(), 8);
    int stride = 0;
    uint8_t *plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
    for (int y = 0; y < rgb.height(); ++y)
        memcpy(plane + y * stride, rgb.constScanLine(y),
               size_t(rgb.bytesPerLine() < stride ? rgb.bytesPerLine() : stride));
    heif_context_encode_image(context, image, encoder, nullptr, nullptr);
    heif_encoder_release(encoder);
    heif_image_release(image);
    QByteArray out;
    heif_writer writer {};
    writer.writer_api_version = 1;
    writer.write = [](heif_context *, const void *data, size_t size, void *userdata) {
        static_cast<QByteArray *>(userdata)->append(static_cast<const char *>(data), qsizetype(size));
        heif_error ok {heif_error_Ok, heif_suberror_Unspecified, ""};
        return ok;
    };
    heif_context_write(context, &writer, &out);
    heif_context_free(context);
    return out;
}

inline QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out += littleEndian ? le16(u) : be16(u);
    }
    return out;
}

// An AppleDouble file as macOS puts beside each file in __MACOSX/ (the header is what matters here).
inline QByteArray appleDouble()
{
    QByteArray bytes(4096, '\0');
    qToBigEndian<quint32>(0x00051607, bytes.data());
    qToBigEndian<quint32>(0x00020000, bytes.data() + 4);
    bytes.replace(8, 16, "Mac OS X        ");
    return bytes;
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// What macOS Finder's "Compress" makes of a folder "Dataset" of n JPEGs: a folder entry, __MACOSX/ with an
// AppleDouble twin of every file, .DS_Store, names in UTF-8 (decomposed, NFD) without the UTF-8 flag.
inline QByteArray macFinderZip(int images, bool junk = true, int nfdNames = 2)
{
    QList<Entry> entries {Entry("Dataset/")};
    if (junk)
        entries += QList<Entry> {Entry("__MACOSX/"), Entry("__MACOSX/Dataset/")};
    for (int i = 1; i <= images; ++i) {
        QByteArray name = "IMG_48" + QByteArray::number(i).rightJustified(2, '0') + ".jpeg";
        if (i == 3 && nfdNames > 0)
            name = QString::fromUtf8("cafe\u0301 terrasse 03.jpeg").toUtf8(); // NFD: e + combining acute
        if (i == 4 && nfdNames > 1)
            name = QString::fromUtf8("Mu\u0308nchen 04.jpeg").toUtf8();
        entries.append({"Dataset/" + name, jpeg(640, 640, name)});
        if (junk)
            entries.append({"__MACOSX/Dataset/._" + name, appleDouble()});
    }
    if (junk) {
        entries.append({"Dataset/.DS_Store", QByteArray("\0\0\0\1Bud1", 8) + QByteArray(6140, '\0')});
        entries.append({"__MACOSX/Dataset/._.DS_Store", appleDouble()});
    }
    return zip(entries);
}

// What Windows PowerShell 5.1's Compress-Archive makes of a folder: '\' between folder and file name,
// "version made by" MS-DOS, no UTF-8 flag.
inline QByteArray powerShell51Zip(int pairs, const QByteArray &extraName = {})
{
    QList<Entry> entries;
    for (int i = 1; i <= pairs; ++i) {
        const QByteArray stem = "dataset\\" + QByteArray::number(i).rightJustified(4, '0');
        entries.append({stem + ".jpg", jpeg(640, 640, stem), 0, MadeByMsDos});
        entries.append({stem + ".txt", "a photo number " + QByteArray::number(i) + " of the set", 0, MadeByMsDos});
    }
    if (!extraName.isEmpty())
        entries.append({extraName, jpeg(640, 640, extraName), 0, MadeByMsDos});
    return zip(entries);
}

} // namespace Fixtures
