// Captions from metadata.jsonl / metadata.csv in the dropped folders and ZIPs (issue 15 item 4): read and
// parsed on a worker, matched with the review's images by their path under the metadata file's folder.
// Part of UploadDialog.
#include "uploaddialog.h"

#include <models/reviewcaptions.h>
#include <models/uploadreviewmodel.h>

#include <core/captions/metadatacaptions.h>
#include <core/files/zipmember.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace Ids::Widgets {

using Core::ReviewRow;

namespace {

constexpr qint64 MaxMetadataBytes = 16LL * 1024 * 1024; // a caption per image for thousands of images

// On a worker: the file's bytes (from disk or out of its ZIP), parsed.
QList<UploadDialog::MetadataSource> readMetadata(QList<UploadDialog::MetadataSource> sources)
{
    for (UploadDialog::MetadataSource &source : sources) {
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            source.captions.problems.append(file.errorString());
            continue;
        }
        QString error;
        const QByteArray bytes = source.zipEntry < 0
            ? file.read(MaxMetadataBytes)
            : Core::ZipMember::read(&file, source.entry, MaxMetadataBytes, &error);
        if (!error.isEmpty())
            source.captions.problems.append(error);
        else
            source.captions = Core::parseMetadata(source.name, bytes);
    }
    return sources;
}

QString folderOf(const QString &path)
{
    return path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) : QString();
}

} // namespace

void UploadDialog::readMetadataLater()
{
    QList<MetadataSource> sources;
    for (const Core::ScannedFile &file : std::as_const(m_files)) {
        if (file.zipEntry < 0 && file.members.isEmpty() && Core::isMetadataFileName(file.sentName)) {
            MetadataSource source;
            source.path = file.path;
            source.name = file.sentName;
            source.folder = QFileInfo(file.path).absolutePath();
            sources.append(source);
        }
        for (const Core::ScannedFile &member : file.members) {
            if (!Core::isMetadataFileName(member.zipMember) || member.zipEntry < 0
                || member.zipEntry >= file.zip.entries.size())
                continue;
            MetadataSource source;
            source.path = member.path;
            source.zipEntry = member.zipEntry;
            source.entry = file.zip.entries.at(member.zipEntry);
            source.name = member.zipMember;
            source.folder = folderOf(member.zipMember);
            sources.append(source);
        }
    }
    QStringList known;
    for (const MetadataSource &source : std::as_const(m_metadata))
        known.append(source.path + QLatin1Char('#') + QString::number(source.zipEntry));
    sources.removeIf([&](const MetadataSource &source) {
        return known.contains(source.path + QLatin1Char('#') + QString::number(source.zipEntry));
    });
    if (sources.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<MetadataSource>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_metadata.append(watcher->result());
        applyMetadata();
    });
    // Reading and inflating a file: never on the GUI thread (reliability-rules.md R34).
    watcher->setFuture(QtConcurrent::run(&readMetadata, sources));
}

void UploadDialog::applyMetadata()
{
    if (m_metadata.isEmpty())
        return;
    Core::CaptionMap captions;
    m_metadataNotes.clear();
    for (const MetadataSource &source : std::as_const(m_metadata)) {
        // The images under the metadata file's folder (in its ZIP, for one inside a ZIP), by relative path.
        QList<QPair<QString, QString>> images;
        for (const ReviewRow &row : m_model->review().rows) {
            if (row.role != ReviewRow::Role::Image || !row.isSent())
                continue;
            QString relative;
            if (source.zipEntry < 0 && row.file.zipEntry < 0) {
                relative = QDir(source.folder).relativeFilePath(row.file.path);
                if (relative.startsWith(QLatin1String("../")))
                    continue;
            } else if (source.zipEntry >= 0 && row.file.zipEntry >= 0 && row.file.path == source.path) {
                if (!source.folder.isEmpty() && !row.file.zipMember.startsWith(source.folder + QLatin1Char('/')))
                    continue;
                relative =
                    source.folder.isEmpty() ? row.file.zipMember : row.file.zipMember.mid(source.folder.size() + 1);
            } else {
                continue;
            }
            images.append({row.file.key(), relative});
        }
        const Core::MetadataMatch match = Core::matchMetadata(source.captions, images);
        for (auto it = match.captions.cbegin(); it != match.captions.cend(); ++it)
            captions.insert(it.key(), it.value());
        const QString name = source.name.section(QLatin1Char('/'), -1);
        if (!match.captions.isEmpty())
            m_metadataNotes << tr("%1: captions for %n image(s).", "", int(match.captions.size())).arg(name);
        if (!match.unknownNames.isEmpty()) {
            m_metadataNotes << tr("%1: %n name(s) match no image here: %2.", "", int(match.unknownNames.size()))
                                   .arg(name, match.unknownNames.mid(0, 5).join(QStringLiteral(", ")));
        }
        for (const QString &problem : source.captions.problems.mid(0, 3))
            m_metadataNotes << tr("%1: %2").arg(name, problem);
    }
    m_captions->setMetadata(captions);
    updateSummary();
}

} // namespace Ids::Widgets
