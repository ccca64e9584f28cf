#include "datasetfilesmodel.h"

#include "roles.h"
#include "thumbnailer.h"
#include <core/captions/structuredcaption.h>
#include <core/text/datasize.h>

#include <QLocale>

namespace Ids::Models {

using Ids::Core::DatasetFile;

DatasetFilesModel::DatasetFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DatasetFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int DatasetFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DatasetFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatasetFile &file = m_files.at(index.row());
    const QString name = file.fileName.value_or(QString());
    switch (Column(index.column())) {
    case Column::Name:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return file.fileName ? name : tr("(no name)");
        if (role == Qt::DecorationRole)
            return m_thumbnails.value(name);
        if (role == SortRole)
            return name.toCaseFolded();
        break;
    case Column::Size:
        if (role == Qt::DisplayRole)
            return file.sizeBytes ? Core::dataSizeText(*file.sizeBytes) : tr("unknown");
        if (role == SortRole)
            return file.sizeBytes.value_or(-1);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Column::Caption:
        // A 4.0 structured caption arrives as JSON text (api-contract.md §12): its description in the cell,
        // every field on its own line in the tooltip, never the raw JSON.
        if (role == Qt::DisplayRole)
            return file.caption ? Core::StructuredCaption::summary(*file.caption) : tr("No caption");
        if (role == Qt::ToolTipRole)
            return file.caption ? Core::StructuredCaption::readable(*file.caption) : QString();
        if (role == SortRole)
            return file.caption ? Core::StructuredCaption::summary(*file.caption).toCaseFolded() : QString();
        break;
    case Column::Count:
        break;
    }
    return {};
}

QVariant DatasetFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("File");
    case Column::Size:
        return tr("Size");
    case Column::Caption:
        return tr("Caption");
    case Column::Count:
        break;
    }
    return {};
}

void DatasetFilesModel::setFiles(const QString &datasetId, const QList<DatasetFile> &files,
                                 const QList<Ids::Core::LocalFile> &localFiles)
{
    beginResetModel();
    if (datasetId != m_datasetId)
        m_thumbnails.clear();
    m_datasetId = datasetId;
    m_files = files;
    m_local.clear();
    for (const Ids::Core::LocalFile &local : localFiles)
        m_local.insert(local.fileName, local);
    endResetModel();
}

void DatasetFilesModel::setStoredThumbnail(const QString &key, const QImage &image)
{
    const QString prefix = Thumbnailer::storedKey(m_datasetId, {});
    if (!m_datasetId.isEmpty() && key.startsWith(prefix))
        setThumbnail(key.mid(prefix.size()), image);
}

void DatasetFilesModel::setThumbnail(const QString &fileName, const QImage &image)
{
    m_thumbnails.insert(fileName, image.scaled(IconEdge, IconEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    for (int row = 0; row < m_files.size(); ++row) {
        if (m_files.at(row).fileName == fileName)
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {Qt::DecorationRole});
    }
}

QString DatasetFilesModel::originalPath(int row) const
{
    return m_local.value(m_files.at(row).fileName.value_or(QString())).originalPath;
}

} // namespace Ids::Models
