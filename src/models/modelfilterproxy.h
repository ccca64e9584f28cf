#pragma once

#include <core/types/modelfamily.h>

#include <QSortFilterProxyModel>

#include <optional>

namespace Ids::Models {

// Shows the models of one status group and, if chosen, one family, sorted by the model's SortRole.
class ModelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter { All, InTraining, Completed, Failed, Archived, Shared };
    Q_ENUM(Filter)

    explicit ModelFilterProxy(QObject *parent = nullptr);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // nullopt: every family; Unknown: those the app does not know yet.
    void setFamilyFilter(std::optional<Core::ModelFamily> family);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
    std::optional<Core::ModelFamily> m_family;
};

} // namespace Ids::Models
