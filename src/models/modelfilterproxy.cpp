#include "modelfilterproxy.h"

#include "modellistmodel.h"
#include "roles.h"

namespace Ids::Models {

ModelFilterProxy::ModelFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void ModelFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void ModelFilterProxy::setFamilyFilter(std::optional<Core::ModelFamily> family)
{
    if (family == m_family)
        return;
    m_family = family;
    invalidateFilter();
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *models = qobject_cast<const ModelListModel *>(sourceModel());
    const Core::CustomModel *model = models ? models->modelAt(sourceRow) : nullptr;
    if (!model)
        return false;
    if (m_family && models->familyOf(model->id) != *m_family)
        return false;
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::InTraining:
        return !model->isTerminal();
    case Filter::Completed:
        return model->status == QLatin1String("COMPLETED");
    case Filter::Failed:
        return model->status == QLatin1String("ERRORED");
    case Filter::Archived:
        return model->status == QLatin1String("ARCHIVED");
    case Filter::Shared:
        return !model->owned;
    }
    return true;
}

} // namespace Ids::Models
