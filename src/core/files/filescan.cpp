// The first step of the pipeline: what each path the user gave is. Nothing is dropped without a row.
#include "uploadreview.h"

#include "filenamesanitiser.h"
#include "uploadlimits.h"
#include "zipmember.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#endif

namespace Ids::Core {

namespace {

// Whole HEIF files are read to probe them (their properties may follow the pixels); larger ones are
// refused by size anyway.
constexpr qint64 MaxHeifProbeBytes = 64LL * 1024 * 1024;

QString nfcName(const QString &name)
{
    return FileNameSanitiser::sanitise(name.normalized(QString::NormalizationForm_C));
}

// Sniffs, probes and (for a caption) decodes the bytes read from a file's head. whole: head is the file.
void judgeBytes(ScannedFile &file, const QByteArray &head, bool whole)
{
    file.kind = FileSniffer::sniff(head.first(std::min<qsizetype>(head.size(), UploadLimits::MaxCaptionBytes)));
    // UTF-16 text has NUL bytes the sniffer counts as binary: a caption decides by its own rules.
    if ((file.kind == FileKind::Unknown || file.kind == FileKind::NonUtf8Text || file.kind == FileKind::Text)
        && file.size <= UploadLimits::MaxCaptionBytes && whole) {
        file.caption = decodeCaption(head);
        if (file.caption.ok()) {
            file.kind = FileKind::Text;
            file.captionText = file.caption.text;
        }
    } else if (file.kind == FileKind::Text || file.kind == FileKind::NonUtf8Text) {
        file.captionTooLong = true;
    }
    if (FileSniffer::isImage(file.kind))
        file.image = ImageProbe::probe(head, file.kind);
    else if (file.kind == FileKind::Heif && whole)
        file.image = ImageProbe::probeHeif(head);
}

void scanZipMembers(ScannedFile &zip, QIODevice *device)
{
    const QList<ZipEntry> &entries = zip.zip.entries;
    for (int i = 0; i < entries.size(); ++i) {
        const ZipEntry &entry = entries.at(i);
        if (entry.isDirectory) {
            const bool empty = std::none_of(entries.cbegin(), entries.cend(), [&](const ZipEntry &other) {
                return &other != &entry && other.name.startsWith(entry.name);
            });
            if (empty && skipReasonFor(entry.name) != SkipReason::MacMetadata)
                zip.emptyFolders.append(entry.name);
            continue;
        }
        ScannedFile member;
        member.path = zip.path;
        member.givenPath = zip.givenPath + QLatin1Char('/') + entry.name;
        member.zipMember = entry.name;
        member.zipEntry = i;
        member.sentName = nfcName(entry.name.section(QLatin1Char('/'), -1));
        member.size = entry.uncompressedSize;
        member.modified = zip.modified;
        member.skip = skipReasonFor(entry.name);
        if (member.skip == SkipReason::None) {
            if (member.size == 0) {
                member.kind = FileKind::Empty;
            } else {
                const bool small = member.size <= UploadLimits::MaxCaptionBytes;
                QByteArray head =
                    ZipMember::read(device, entry, small ? member.size : ProbeHeadBytes, &member.readError);
                // A HEIF photo is probed whole; other images need only their head.
                if (member.readError.isEmpty() && FileSniffer::sniff(head) == FileKind::Heif
                    && member.size <= MaxHeifProbeBytes)
                    head = ZipMember::read(device, entry, member.size, &member.readError);
                if (member.readError.isEmpty())
                    judgeBytes(member, head, head.size() == member.size);
            }
        }
        zip.members.append(member);
    }
}

ScannedFile unreadableName(const QString &path, const QString &givenPath)
{
    ScannedFile file;
    file.path = path;
    file.givenPath = givenPath;
    file.sentName = nfcName(QFileInfo(path).fileName());
    file.nameUnreadable = true;
    file.readError =
        QCoreApplication::translate("Ids::Core::FileScan", "the file name is not valid text on this system");
    return file;
}

struct Walk
{
    QList<ScannedFile> files;
    int taken = 0;
    int leftOut = 0;
};

// One folder, recursively, sorted by name; hidden folders are listed, not entered. On Unix the names are
// read as bytes, so a name that is not valid in the system's encoding (which Qt's own listing drops when
// it filters by type) is listed with its reason.
void walk(const QString &folder, const QString &givenFolder, Walk &out)
{
    struct Entry
    {
        QString name;
        bool decodable = true;
    };
    QList<Entry> entries;
#ifdef Q_OS_UNIX
    if (DIR *dir = opendir(QFile::encodeName(folder).constData())) {
        while (const dirent *entry = readdir(dir)) {
            const QByteArray raw(entry->d_name);
            if (raw == "." || raw == "..")
                continue;
            const QString name = QFile::decodeName(raw);
            entries.append({name, QFile::encodeName(name) == raw});
        }
        closedir(dir);
    } else {
        ScannedFile file;
        file.path = folder;
        file.givenPath = givenFolder;
        file.sentName = nfcName(QFileInfo(folder).fileName());
        file.readError = QString::fromLocal8Bit(strerror(errno));
        out.files.append(file);
        return;
    }
#else
    for (const QString &name :
         QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        entries.append({name, true});
#endif
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    for (const Entry &entry : std::as_const(entries)) {
        const QString path = folder + QLatin1Char('/') + entry.name;
        const QString given = givenFolder + QLatin1Char('/') + entry.name;
        const QFileInfo info(path);
        if (entry.decodable && info.isDir() && !info.isSymLink()) {
            if (entry.name.startsWith(QLatin1Char('.'))) {
                ScannedFile hidden;
                hidden.path = path;
                hidden.givenPath = given;
                hidden.sentName = nfcName(entry.name);
                hidden.skip = SkipReason::Hidden;
                out.files.append(hidden);
            } else {
                walk(path, given, out);
            }
            continue;
        }
        if (out.taken >= UploadLimits::MaxFolderFiles) {
            ++out.leftOut;
            continue;
        }
        ++out.taken;
        if (!entry.decodable) {
            out.files.append(unreadableName(path, given));
        } else if (skipReasonFor(entry.name) == SkipReason::Hidden) {
            ScannedFile hidden;
            hidden.path = path;
            hidden.givenPath = given;
            hidden.sentName = nfcName(entry.name);
            hidden.size = info.size();
            hidden.skip = SkipReason::Hidden;
            out.files.append(hidden);
        } else if (info.isDir()) {
            continue; // a link to a folder: not followed (it may loop)
        } else {
            out.files.append(scanFile(path, given));
        }
    }
}

} // namespace

QString ScannedFile::displayName() const
{
    if (!zipMember.isEmpty())
        return zipMember;
    return QFileInfo(path).fileName();
}

ScannedFile scanFile(const QString &path, const QString &givenPath)
{
    const QFileInfo info(path);
    ScannedFile file;
    file.path = info.absoluteFilePath();
    file.givenPath = givenPath;
    file.sentName = nfcName(info.fileName());
    file.size = info.size();
    file.modified = info.lastModified();
    // A hidden file chosen by name is taken; in a folder walk it is skipped (see walk()).
    file.skip = skipReasonFor(info.fileName());
    if (file.skip == SkipReason::Hidden)
        file.skip = SkipReason::None;
    if (file.skip != SkipReason::None)
        return file;
    if (info.isSymLink() && !info.exists()) {
        file.brokenLink = true;
        file.readError =
            QCoreApplication::translate("Ids::Core::FileScan", "the link points to a file that does not exist");
        return file;
    }
    if (!info.exists() && path.contains(QChar::ReplacementCharacter))
        return unreadableName(path, givenPath);
    QFile device(file.path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.readError = device.errorString();
        return file;
    }
    // A caption is read whole (it is small); an image far enough to read its header.
    const bool small = file.size <= UploadLimits::MaxCaptionBytes;
    QByteArray head = device.read(small ? UploadLimits::MaxCaptionBytes : ProbeHeadBytes);
    if (FileSniffer::sniff(head) == FileKind::Heif && file.size <= MaxHeifProbeBytes) {
        device.seek(0);
        head = device.readAll();
    }
    judgeBytes(file, head, head.size() == file.size);
    if (file.kind == FileKind::Zip) {
        device.seek(0);
        file.zip = ZipDirectory::read(&device);
        if (file.zip.problem.isEmpty())
            scanZipMembers(file, &device);
    }
    return file;
}

QList<ScannedFile> scanPaths(const QStringList &paths)
{
    Walk out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const int before = out.leftOut;
            walk(QDir::cleanPath(info.absoluteFilePath()), QDir::cleanPath(path), out);
            if (out.leftOut > before) {
                ScannedFile marker;
                marker.path = info.absoluteFilePath();
                marker.givenPath = path;
                marker.sentName = nfcName(info.fileName());
                marker.leftOut = out.leftOut - before;
                out.files.append(marker);
            }
        } else {
            out.files.append(scanFile(path, path));
        }
    }
    return out.files;
}

} // namespace Ids::Core
