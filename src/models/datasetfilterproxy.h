#pragma once

#include <QSortFilterProxyModel>

namespace Ids::Models {

// Sorts the dataset list (by default newest first) and filters it by the search box: every word typed must
// appear in the name or the id, ignoring case.
class DatasetFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DatasetFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QStringList m_foldedWords;
    class DatasetListModel *m_datasets = nullptr; // the source, when it is one: read without QVariant
};

} // namespace Ids::Models
