#pragma once

#include <QSortFilterProxyModel>

namespace Ids::Models {

// Shows the models of one status group, sorted by the model's SortRole.
class ModelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter { All, InTraining, Completed, Failed, Archived, Shared };
    Q_ENUM(Filter)

    explicit ModelFilterProxy(QObject *parent = nullptr);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace Ids::Models
