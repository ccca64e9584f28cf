#include "fingerprint.h"

#include "imagedecoder.h"
#include "smallpicture.h"

#include <core/files/zipdirectory.h>
#include <core/files/zipmember.h>

#include <QCryptographicHash>
#include <QFile>
#include <QLibrary>
#include <QPainter>

namespace Ids::Imaging::Fingerprint {

namespace {

// Larger files are not read whole to be fingerprinted (no image within the upload limits comes near).
constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
// The decoded size (SmallPicture::Edge, 128) is enough for 72 × 64 grey pixels and small enough that JPEG
// decodes at 1/8 scale.
static_assert(SmallPicture::Edge >= GreyWidth && SmallPicture::Edge >= GreyHeight);

QByteArray readBytes(const QString &path, int zipEntry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    if (zipEntry < 0)
        return file.readAll();
    const Core::ZipListing listing = Core::ZipDirectory::read(&file);
    if (!listing.problem.isEmpty() || zipEntry >= listing.entries.size())
        return {};
    const Core::ZipEntry &entry = listing.entries.at(zipEntry);
    if (entry.uncompressedSize > MaxFileBytes)
        return {};
    QString error;
    return Core::ZipMember::read(&file, entry, entry.uncompressedSize, &error);
}

// OpenSSL's SHA-256 uses the processor's SHA instructions: 1,965 MB/s here against 241 MB/s for
// QCryptographicHash in Qt 6.4, and every photo dropped is hashed whole (bench/run.sh, photos-jpeg). Its
// libcrypto is loaded on the first hash, as Qt's own TLS backend loads it, so that start-up neither pays for
// it (linked, it added 1.4 MiB to the memory at start) nor needs it; without it, Qt's SHA-256 serves.
struct Libcrypto
{
    // EVP_Digest(data, count, md, size, type, engine) and EVP_sha256(), OpenSSL 3 (<openssl/evp.h>).
    int (*digest)(const void *, size_t, unsigned char *, unsigned int *, const void *, void *) = nullptr;
    const void *(*sha256)() = nullptr;
};

const Libcrypto &libcrypto()
{
    static const Libcrypto loaded = [] {
        Libcrypto crypto;
        QLibrary library(QStringLiteral("crypto"), 3); // stays loaded: QLibrary unloads only when asked
        if (library.load()) {
            crypto.digest = reinterpret_cast<decltype(crypto.digest)>(library.resolve("EVP_Digest"));
            crypto.sha256 = reinterpret_cast<decltype(crypto.sha256)>(library.resolve("EVP_sha256"));
        }
        return crypto;
    }();
    return loaded;
}

} // namespace

Core::GreyImage greyImage(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    const QImage grey = flat.scaled(GreyWidth, GreyHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .convertToFormat(QImage::Format_Grayscale8);
    Core::GreyImage result;
    result.width = grey.width();
    result.height = grey.height();
    result.pixels.reserve(qsizetype(result.width) * result.height);
    for (int y = 0; y < grey.height(); ++y)
        result.pixels.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
    return result;
}

std::optional<quint64> perceptualHash(const QImage &image)
{
    return Core::PerceptualHash::dHash(greyImage(image));
}

std::optional<quint64> perceptualHashOfPng(const QByteArray &png)
{
    return perceptualHash(QImage::fromData(png, "PNG"));
}

QByteArray contentHash(const QByteArray &bytes)
{
    const Libcrypto &crypto = libcrypto();
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (crypto.digest && crypto.sha256
        && crypto.digest(bytes.constData(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()),
                         &length, crypto.sha256(), nullptr)
            == 1
        && length == 32)
        return digest;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool contentHashUsesLibcrypto()
{
    return libcrypto().digest && libcrypto().sha256;
}

Core::ImageFingerprint ofFile(const QString &key, const QString &path, int zipEntry)
{
    Core::ImageFingerprint fingerprint;
    fingerprint.key = key;
    const QByteArray bytes = readBytes(path, zipEntry);
    if (bytes.isEmpty())
        return fingerprint;
    fingerprint.contentHash = contentHash(bytes);
    // Upright, as the file is sent and shown: a photo stored sideways matches its upright copy. The same
    // small picture as the thumbnail's, decoded once for both.
    QString error;
    fingerprint.dHash = perceptualHash(SmallPicture::of(
        path, zipEntry, [&bytes] { return bytes; }, &error));
    return fingerprint;
}

} // namespace Ids::Imaging::Fingerprint
