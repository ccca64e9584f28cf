#include "datasetlistmodel.h"

#include "roles.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

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
    return tr("Has a cover picture");
}

QString DatasetListModel::coverDescription(const Dataset &dataset) const
{
    if (m_coverThumbnails.contains(dataset.id))
        return tr("The first image added from this computer");
    if (!dataset.cover)
        return tr("No images yet: the first image you add becomes the cover.");
    // The API names the cover but cannot send its picture (api-contract.md §6): only uploads made here have one.
    return tr("The cover was added from another computer or the website; Ideogram does not send its picture.");
}

QImage DatasetListModel::placeholderCover()
{
    static const QImage placeholder = [] {
        QImage image(CoverEdge, CoverEdge, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // Mid grey works on light and dark rows alike.
        const QColor line(128, 128, 128, 200);
        painter.setPen(QPen(line, 1.5));
        painter.setBrush(QColor(128, 128, 128, 40));
        const QRectF frame(2.5, 4.5, CoverEdge - 5, CoverEdge - 9);
        painter.drawRoundedRect(frame, 3, 3);
        painter.setBrush(line);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(frame.right() - 7, frame.top() + 7), 2.5, 2.5);
        QPainterPath hills;
        hills.moveTo(frame.left() + 3, frame.bottom() - 3);
        hills.lineTo(frame.left() + 10, frame.top() + 9);
        hills.lineTo(frame.left() + 16, frame.bottom() - 7);
        hills.lineTo(frame.left() + 19, frame.bottom() - 10);
        hills.lineTo(frame.right() - 3, frame.bottom() - 3);
        hills.closeSubpath();
        painter.drawPath(hills);
        return image;
    }();
    return placeholder;
}

QImage DatasetListModel::coverPicture(const QString &id) const
{
    const auto it = m_coverThumbnails.constFind(id);
    return it != m_coverThumbnails.cend() ? *it : placeholderCover();
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
            // A picture, not words: the words are its tooltip.
            return role == Qt::ToolTipRole ? coverDescription(dataset) : QString();
        case Column::Id:
            return dataset.id;
        case Column::Count:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Column::Cover)
            return coverPicture(dataset.id);
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
        if (column == Column::Cover)
            return coverDescription(dataset);
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
        return m_sortTimes.at(leftRow) < m_sortTimes.at(rightRow);
    case Column::Id:
        return left.id < right.id;
    case Column::Cover:
    case Column::Count:
        break;
    }
    return coverText(left) < coverText(right);
}

bool DatasetListModel::matchesSearch(int row, const QStringList &foldedWords) const
{
    const QString &name = m_sortNames.at(row);
    const QString &id = m_datasets.at(row).id;
    for (const QString &word : foldedWords) {
        if (!name.contains(word) && !id.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
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
        return tr("Cover");
    case Column::Id:
        return tr("ID");
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
    // At start the list is empty: nothing to merge (an index of 100,000 ids built for nothing cost ~10 ms).
    if (m_datasets.isEmpty()) {
        setDatasets(std::move(cached));
        return;
    }
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
        m_sortTimes[row] = creationKey(dataset);
        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
        return row;
    }
    const int row = int(m_datasets.size());
    beginInsertRows({}, row, row);
    m_datasets.append(dataset);
    m_sortNames.append(dataset.name.toCaseFolded());
    m_sortTimes.append(creationKey(dataset));
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

QString DatasetListModel::newestNamed(const QString &name) const
{
    const QString folded = name.toCaseFolded();
    int newest = -1;
    for (int row = 0; row < m_datasets.size(); ++row) {
        if (m_sortNames.at(row) == folded
            && (newest < 0 || creationKey(m_datasets.at(newest)) < creationKey(m_datasets.at(row))))
            newest = row;
    }
    return newest < 0 ? QString() : m_datasets.at(newest).id;
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
    m_sortTimes.clear();
    m_sortTimes.reserve(m_datasets.size());
    for (int row = 0; row < m_datasets.size(); ++row) {
        m_rowById.insert(m_datasets.at(row).id, row);
        m_sortNames.append(m_datasets.at(row).name.toCaseFolded());
        m_sortTimes.append(creationKey(m_datasets.at(row)));
    }
}

} // namespace Ids::Models
