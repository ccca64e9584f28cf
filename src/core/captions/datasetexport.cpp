#include "datasetexport.h"

#include "../files/zipwriter.h"
#include "structuredcaption.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace Ids::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::DatasetExport)
};

const QString MetadataName = QStringLiteral("metadata.jsonl");

QString stemOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

} // namespace

DatasetExportPlan DatasetExportPlan::make(const DatasetDetail &detail, const QList<LocalFile> &local)
{
    QHash<QString, const LocalFile *> byName;
    for (const LocalFile &file : local) {
        if (file.datasetId == detail.dataset.id && !file.originalPath.isEmpty())
            byName.insert(file.fileName, &file);
    }
    DatasetExportPlan plan;
    QSet<QString> seen;
    for (const DatasetFile &file : detail.files) {
        if (!file.fileName || file.fileName->isEmpty() || seen.contains(*file.fileName))
            continue;
        seen.insert(*file.fileName);
        if (const LocalFile *copy = byName.value(*file.fileName))
            plan.images.append({*file.fileName, copy->originalPath, file.caption});
        else
            plan.withoutLocalCopy.append(*file.fileName);
    }
    return plan;
}

QString DatasetExport::entryName(const QString &fileName)
{
    QString name = fileName;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return name;
}

QByteArray DatasetExport::metadataJsonl(const QList<ExportImage> &images)
{
    QByteArray out;
    for (const ExportImage &image : images) {
        // QJsonObject sorts its keys, and file_name < text: the order the convention shows.
        QJsonObject line;
        line.insert(QStringLiteral("file_name"), entryName(image.fileName));
        line.insert(QStringLiteral("text"), image.caption.value_or(QString()));
        out.append(QJsonDocument(line).toJson(QJsonDocument::Compact));
        out.append('\n');
    }
    return out;
}

DatasetExportResult DatasetExport::write(const DatasetExportPlan &plan, const QString &zipPath,
                                         const std::function<bool(int, int)> &progress)
{
    DatasetExportResult result;
    result.withoutLocalCopy = plan.withoutLocalCopy;
    QSaveFile zip(zipPath);
    if (!zip.open(QIODevice::WriteOnly)) {
        result.error = Text::tr("The ZIP could not be created at %1: %2").arg(zipPath, zip.errorString());
        return result;
    }
    ZipWriter writer(&zip);
    QString error;
    const int total = int(plan.images.size());
    bool cancelled = false; // progress() is asked after each image
    QSet<QString> names {MetadataName};
    QList<ExportImage> written;
    for (int i = 0; i < total; ++i) {
        const ExportImage &image = plan.images.at(i);
        const QString name = entryName(image.fileName);
        QFile original(image.originalPath);
        if (names.contains(name) || !original.open(QIODevice::ReadOnly)) {
            result.unreadable.append(image.fileName);
        } else if (!writer.add(name, &original, &error)) {
            break;
        } else {
            names.insert(name);
            written.append(image);
        }
        if (progress && !progress(i + 1, total)) {
            cancelled = true;
            break;
        }
    }
    // Sidecars after the images: a sidecar name never takes an image's, and an image is never dropped for a
    // sidecar's sake.
    if (!cancelled && error.isEmpty()) {
        for (const ExportImage &image : std::as_const(written)) {
            if (!image.caption || image.caption->isEmpty())
                continue;
            const bool structured = StructuredCaption::parse(*image.caption).has_value();
            const QString sidecar =
                stemOf(entryName(image.fileName)) + (structured ? QStringLiteral(".json") : QStringLiteral(".txt"));
            if (names.contains(sidecar)) {
                result.sharedStem.append(image.fileName);
                continue;
            }
            names.insert(sidecar);
            if (!writer.add(sidecar, image.caption->toUtf8(), &error))
                break;
        }
    }
    if (!cancelled && error.isEmpty() && writer.add(MetadataName, metadataJsonl(written), &error)
        && writer.finish(&error) && zip.commit()) {
        result.imagesWritten = int(written.size());
        return result;
    }
    zip.cancelWriting();
    if (cancelled) {
        result.cancelled = true;
        return result;
    }
    if (error.isEmpty())
        error = zip.errorString();
    result.error = Text::tr("The ZIP could not be written to %1 (%2). Check that the folder is writable and the "
                            "disk has room, then export again.")
                       .arg(zipPath, error);
    return result;
}

} // namespace Ids::Core
