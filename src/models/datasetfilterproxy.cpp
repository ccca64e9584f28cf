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

void DatasetFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the supported way.
    m_words = words;
    invalidateFilter();
}

bool DatasetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
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
