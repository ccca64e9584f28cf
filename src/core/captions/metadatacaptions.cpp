#include "metadatacaptions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ids::Core {

namespace {

QString decoded(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromUtf8(bytes);
}

QString captionOf(const QHash<QString, QString> &fields)
{
    return fields.contains(QStringLiteral("text")) ? fields.value(QStringLiteral("text"))
                                                   : fields.value(QStringLiteral("caption"));
}

// Splits CSV text into records of fields (RFC 4180).
QList<QStringList> csvRecords(const QString &text, QString *problem)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            field.clear();
            fieldStarted = false;
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && problem)
        *problem = MetadataText::tr("A quoted field is not closed before the end of the file.");
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

bool isMetadataFileName(const QString &fileName)
{
    const QString name = fileName.section(QLatin1Char('/'), -1).toLower();
    return name == QLatin1String("metadata.jsonl") || name == QLatin1String("metadata.csv");
}

MetadataCaptions parseMetadataJsonl(QByteArrayView bytes)
{
    MetadataCaptions result;
    const QStringList lines = decoded(bytes).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.problems.append(MetadataText::tr("Line %1: not a JSON object.").arg(i + 1));
            continue;
        }
        const QJsonObject object = document.object();
        const QString name = object.value(QStringLiteral("file_name")).toString();
        const QJsonValue text = object.contains(QStringLiteral("text")) ? object.value(QStringLiteral("text"))
                                                                        : object.value(QStringLiteral("caption"));
        if (name.isEmpty() || !text.isString()) {
            result.problems.append(MetadataText::tr("Line %1: no file_name and text.").arg(i + 1));
            continue;
        }
        result.entries.append({name, text.toString()});
    }
    return result;
}

MetadataCaptions parseMetadataCsv(QByteArrayView bytes)
{
    MetadataCaptions result;
    QString problem;
    const QList<QStringList> records = csvRecords(decoded(bytes), &problem);
    if (!problem.isEmpty())
        result.problems.append(problem);
    if (records.isEmpty())
        return result;
    QStringList header;
    for (const QString &column : records.first())
        header.append(column.trimmed().toLower());
    const qsizetype nameColumn = header.indexOf(QStringLiteral("file_name"));
    qsizetype textColumn = header.indexOf(QStringLiteral("text"));
    if (textColumn < 0)
        textColumn = header.indexOf(QStringLiteral("caption"));
    if (nameColumn < 0 || textColumn < 0) {
        result.problems.append(MetadataText::tr("The first line does not name the columns file_name and text."));
        return result;
    }
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &record = records.at(i);
        if (record.size() <= std::max(nameColumn, textColumn) || record.at(nameColumn).trimmed().isEmpty()) {
            result.problems.append(MetadataText::tr("Record %1: no file_name and text.").arg(i + 1));
            continue;
        }
        QHash<QString, QString> fields {{QStringLiteral("text"), record.at(textColumn)}};
        result.entries.append({record.at(nameColumn).trimmed(), captionOf(fields)});
    }
    return result;
}

MetadataCaptions parseMetadata(const QString &fileName, QByteArrayView bytes)
{
    return fileName.toLower().endsWith(QLatin1String(".csv")) ? parseMetadataCsv(bytes) : parseMetadataJsonl(bytes);
}

MetadataMatch matchMetadata(const MetadataCaptions &metadata, const QList<QPair<QString, QString>> &images)
{
    MetadataMatch match;
    QHash<QString, QString> byPath;
    QHash<QString, QStringList> byName;
    for (const auto &[key, relative] : images) {
        byPath.insert(relative, key);
        byName[relative.section(QLatin1Char('/'), -1)].append(key);
    }
    for (const auto &[name, text] : metadata.entries) {
        QString clean = name;
        clean.replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (clean.startsWith(QLatin1String("./")))
            clean = clean.mid(2);
        QString key = byPath.value(clean);
        if (key.isEmpty()) {
            const QStringList candidates = byName.value(clean.section(QLatin1Char('/'), -1));
            if (candidates.size() == 1)
                key = candidates.first();
        }
        if (key.isEmpty()) {
            match.unknownNames.append(name);
            continue;
        }
        match.captions.insert(key, CaptionEntry {text, CaptionSource::Metadata, false});
    }
    for (const auto &[key, relative] : images) {
        if (!match.captions.contains(key))
            match.imagesWithoutEntry.append(key);
    }
    return match;
}

} // namespace Ids::Core
