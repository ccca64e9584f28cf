#include "datasetlistmodel.h"

#include "roles.h"

#include <QFont>
#include <QLocale>

namespace Ids::Models {

using Ids::Core::Dataset;

namespace {

// Unparsed times sort as the oldest.
qint64 creationKey(const Dataset &dataset)
{
    return dataset.creationTime.isValid() ? dataset.creationTime.utc.toMSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::min();
}

} // namespace

DatasetListModel::DatasetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DatasetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_datasets.size());
}

int DatasetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString DatasetListModel::coverText(const Dataset &dataset)
{
    if (!dataset.cover)
        return tr("No cover yet");
    // Unknown asset types are shown as the API sent them.
    return tr("%1 · %2").arg(dataset.cover->assetType, dataset.cover->assetId);
}

QVariant DatasetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dataset &dataset = m_datasets.at(index.row());
    const auto column = Column(index.column());

    const bool missing = m_missingIds.contains(dataset.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Name:
            if (missing && role == Qt::ToolTipRole)
                return tr("%1\nIdeogram no longer lists this dataset; it may have been deleted on the website. "
                          "It is kept here until you remove it.")
                    .arg(dataset.name);
            return missing ? tr("%1 (no longer on Ideogram)").arg(dataset.name) : dataset.name;
        case Column::Created:
            return dataset.creationTime.isValid()
                ? QLocale().toString(dataset.creationTime.utc.toLocalTime(), QLocale::ShortFormat)
                : dataset.creationTime.raw;
        case Column::Cover:
            return coverText(dataset);
        case Column::Id:
            return dataset.id;
        case Column::Count:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Column::Cover)
            return m_coverThumbnails.value(dataset.id);
        break;
    case Qt::FontRole:
        if (missing && column == Column::Name) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case MissingOnServerRole:
        return missing;
    case Qt::AccessibleTextRole:
        if (column == Column::Created && dataset.creationTime.isValid())
            return QLocale().toString(dataset.creationTime.utc.toLocalTime(), QLocale::LongFormat);
        return data(index, Qt::DisplayRole);
    case DatasetIdRole:
        return dataset.id;
    case SortRole:
        switch (column) {
        case Column::Name:
            return m_sortNames.at(index.row());
        case Column::Created:
            return creationKey(dataset);
        case Column::Cover:
            return coverText(dataset);
        case Column::Id:
            return dataset.id;
        case Column::Count:
            break;
        }
        break;
    case SearchTextRole:
        return QString(dataset.name + QLatin1Char('\n') + dataset.id);
    default:
        break;
    }
    return {};
}

bool DatasetListModel::lessThan(int leftRow, int rightRow, Column column) const
{
    const Dataset &left = m_datasets.at(leftRow);
    const Dataset &right = m_datasets.at(rightRow);
    switch (column) {
    case Column::Name:
        return m_sortNames.at(leftRow) < m_sortNames.at(rightRow);
    case Column::Created:
        return creationKey(left) < creationKey(right);
    case Column::Id:
        return left.id < right.id;
    case Column::Cover:
    case Column::Count:
        break;
    }
    return coverText(left) < coverText(right);
}

QVariant DatasetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Created:
        return tr("Created");
    case Column::Cover:
        return tr("Cover asset");
    case Column::Id:
        return tr("Dataset ID");
    case Column::Count:
        break;
    }
    return {};
}

void DatasetListModel::setDatasets(QList<Dataset> datasets)
{
    beginResetModel();
    m_datasets = std::move(datasets);
    rebuildIndex();
    endResetModel();
}

void DatasetListModel::mergeCached(QList<Dataset> cached)
{
    QHash<QString, int> cachedRow;
    for (int row = 0; row < cached.size(); ++row)
        cachedRow.insert(cached.at(row).id, row);
    for (const Dataset &existing : std::as_const(m_datasets)) {
        if (const auto it = cachedRow.constFind(existing.id); it != cachedRow.cend())
            cached[*it] = existing;
        else
            cached.append(existing);
    }
    setDatasets(std::move(cached));
}

int DatasetListModel::upsert(const Dataset &dataset)
{
    if (const auto it = m_rowById.constFind(dataset.id); it != m_rowById.cend()) {
        const int row = *it;
        m_datasets[row] = dataset;
        m_sortNames[row] = dataset.name.toCaseFolded();
        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
        return row;
    }
    const int row = int(m_datasets.size());
    beginInsertRows({}, row, row);
    m_datasets.append(dataset);
    m_sortNames.append(dataset.name.toCaseFolded());
    m_rowById.insert(dataset.id, row);
    endInsertRows();
    return row;
}

void DatasetListModel::clear()
{
    m_missingIds.clear();
    m_coverThumbnails.clear();
    setDatasets({});
}

void DatasetListModel::setMissingIds(const QSet<QString> &ids)
{
    const QSet<QString> changed = (m_missingIds - ids) + (ids - m_missingIds);
    m_missingIds = ids;
    for (const QString &id : changed) {
        const QModelIndex name = indexOfId(id);
        if (name.isValid())
            Q_EMIT dataChanged(name, name);
    }
}

void DatasetListModel::setCoverThumbnail(const QString &id, const QImage &image)
{
    m_coverThumbnails.insert(id, image.scaled(CoverEdge, CoverEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    const QModelIndex cover = indexOfId(id, Column::Cover);
    if (cover.isValid())
        Q_EMIT dataChanged(cover, cover, {Qt::DecorationRole});
}

QModelIndex DatasetListModel::indexOfId(const QString &id, Column column) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? QModelIndex() : index(*it, int(column));
}

void DatasetListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_datasets.size());
    m_sortNames.clear();
    m_sortNames.reserve(m_datasets.size());
    for (int row = 0; row < m_datasets.size(); ++row) {
        m_rowById.insert(m_datasets.at(row).id, row);
        m_sortNames.append(m_datasets.at(row).name.toCaseFolded());
    }
}

} // namespace Ids::Models
