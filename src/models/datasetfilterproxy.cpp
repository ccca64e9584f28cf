#include "datasetfilterproxy.h"

#include "datasetlistmodel.h"
#include "roles.h"

namespace Ids::Models {

DatasetFilterProxy::DatasetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void DatasetFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_datasets = qobject_cast<DatasetListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void DatasetFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    m_foldedWords.clear();
    for (const QString &word : words)
        m_foldedWords.append(word.toCaseFolded());
    // invalidate(), not invalidateFilter(): the mapping is built anew (filter, then one sort of what is
    // left) instead of thousands of scattered rows removed and inserted one run at a time. 100,000
    // datasets, one keystroke: 79 → 27 ms with a bare proxy over the same strings (Qt 6.4). Selection and
    // current row survive as persistent indexes, as with invalidateFilter().
    invalidate();
}

bool DatasetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    if (m_datasets)
        return m_datasets->matchesSearch(sourceRow, m_foldedWords);
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DatasetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *datasets = qobject_cast<const DatasetListModel *>(sourceModel()))
        return datasets->lessThan(left.row(), right.row(), DatasetListModel::Column(left.column()));
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Ids::Models
