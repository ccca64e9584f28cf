#include "prepare.h"

#include "imagedecoder.h"

#include <core/files/uploadlimits.h>
#include <core/files/zipmember.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QSaveFile>

namespace Ids::Imaging {

using Core::FileKind;
using Core::PreparedFile;

namespace {

// Entries larger than this are not decoded from memory (no image within the limits is anywhere near).
constexpr qint64 MaxDecodeBytes = 512LL * 1024 * 1024;

PreparedFile failed(const QString &error)
{
    PreparedFile result;
    result.error = error;
    return result;
}

QString targetPath(const Core::ReviewRow &row, const QString &workDir)
{
    const QByteArray id = QCryptographicHash::hash(row.file.key().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString folder = workDir + QLatin1Char('/') + QString::fromLatin1(id);
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + row.sendName;
}

// The file's bytes, from disk or from its ZIP.
bool readSource(const Core::ScannedFile &file, QByteArray *bytes, QString *error)
{
    QFile source(file.path);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    if (file.zipEntry < 0) {
        if (source.size() > MaxDecodeBytes) {
            *error = QCoreApplication::translate("Ids::Imaging::Prepare", "the file is too large to convert");
            return false;
        }
        *bytes = source.readAll();
        return true;
    }
    const Core::ZipListing listing = Core::ZipDirectory::read(&source);
    if (!listing.problem.isEmpty() || file.zipEntry >= listing.entries.size()) {
        *error = listing.problem.isEmpty()
            ? QCoreApplication::translate("Ids::Imaging::Prepare", "the archive changed since it was checked")
            : listing.problem;
        return false;
    }
    const Core::ZipEntry &entry = listing.entries.at(file.zipEntry);
    if (entry.uncompressedSize > MaxDecodeBytes) {
        *error = QCoreApplication::translate("Ids::Imaging::Prepare", "the file is too large to convert");
        return false;
    }
    *bytes = Core::ZipMember::read(&source, entry, entry.uncompressedSize, error);
    return error->isEmpty();
}

bool writeAll(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

PreparedFile reencode(const Core::ReviewRow &row, const QString &path)
{
    QString error;
    QByteArray bytes;
    if (!readSource(row.file, &bytes, &error))
        return failed(error);
    QImage image = ImageDecoder::decode(bytes, row.file.kind, &error);
    if (image.isNull())
        return failed(error.isEmpty()
                          ? QCoreApplication::translate("Ids::Imaging::Prepare", "the image could not be decoded")
                          : error);
    bytes.clear();
    image = ImageDecoder::upright(image, row.prepare.orientation);
    const int limit = row.prepare.maxLongSide;
    if (limit > 0 && std::max(image.width(), image.height()) > limit)
        image = image.scaled(limit, limit, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const bool png = row.prepare.outputKind == FileKind::Png;
    if (!png && image.hasAlphaChannel())
        image = image.convertToFormat(QImage::Format_RGB888); // JPEG has no transparency
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed(out.errorString());
    QImageWriter writer(&out, png ? "png" : "jpeg");
    if (!png)
        writer.setQuality(Core::UploadLimits::JpegQuality);
    if (!writer.write(image))
        return failed(writer.errorString());
    if (!out.commit())
        return failed(out.errorString());
    PreparedFile result;
    result.path = path;
    result.size = QFileInfo(path).size();
    result.width = image.width();
    result.height = image.height();
    return result;
}

PreparedFile extract(const Core::ReviewRow &row, const QString &path)
{
    QFile source(row.file.path);
    if (!source.open(QIODevice::ReadOnly))
        return failed(source.errorString());
    const Core::ZipListing listing = Core::ZipDirectory::read(&source);
    if (!listing.problem.isEmpty() || row.file.zipEntry >= listing.entries.size())
        return failed(QCoreApplication::translate("Ids::Imaging::Prepare", "the archive changed since it was checked"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed(out.errorString());
    QString error;
    // Streamed: memory stays at one chunk, whatever the entry's size.
    if (!Core::ZipMember::extract(&source, listing.entries.at(row.file.zipEntry), &out, &error))
        return failed(error);
    if (!out.commit())
        return failed(out.errorString());
    PreparedFile result;
    result.path = path;
    result.size = QFileInfo(path).size();
    result.width = row.file.image.uprightWidth();
    result.height = row.file.image.uprightHeight();
    return result;
}

} // namespace

Core::PreparedFile prepareFile(const Core::ReviewRow &row, const QString &workDir)
{
    const QString path = targetPath(row, workDir);
    if (row.prepare.reencode)
        return reencode(row, path);
    if (row.prepare.rewriteCaption) {
        QString error;
        if (!writeAll(path, row.file.caption.utf8, &error))
            return failed(error);
        PreparedFile result;
        result.path = path;
        result.size = row.file.caption.utf8.size();
        return result;
    }
    if (row.prepare.extract)
        return extract(row, path);
    return failed(QCoreApplication::translate("Ids::Imaging::Prepare", "nothing to prepare"));
}

} // namespace Ids::Imaging
