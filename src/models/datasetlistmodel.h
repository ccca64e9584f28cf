#pragma once

#include <core/types/dataset.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>

namespace Ids::Models {

// All datasets of the current account, one row each. Holds value types only; rows are appended, and the
// proxy decides the order, so the id → row index stays valid without rebuilding on every insert.
class DatasetListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The Id column is for the search and for copying, not for reading: the view hides it.
    enum class Column { Name, Created, Cover, Id, Count };
    // Big enough to tell pictures apart, small enough that 100,000 uniform rows stay light.
    static constexpr int CoverEdge = 32;

    explicit DatasetListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDatasets(QList<Ids::Core::Dataset> datasets);
    // The rows read from the database, for a list that may already hold rows that arrived meanwhile (a
    // create or a refresh that finished first): those are newer and win.
    void mergeCached(QList<Ids::Core::Dataset> cached);
    // Updates the row with the same id, or appends one. Returns the row.
    int upsert(const Ids::Core::Dataset &dataset);
    void clear();
    // Datasets the server stopped returning: kept and marked, never silently dropped.
    void setMissingIds(const QSet<QString> &ids);
    bool isMissing(const QString &id) const { return m_missingIds.contains(id); }
    // The picture this computer kept of a dataset's first upload (the API has none to give).
    void setCoverThumbnail(const QString &id, const QImage &image);
    bool hasCoverThumbnail(const QString &id) const { return m_coverThumbnails.contains(id); }
    // The picture shown for a dataset (its cover, or the placeholder), CoverEdge square at most.
    QImage coverPicture(const QString &id) const;
    // Shown where a dataset has no picture on this computer: a neutral frame with a landscape sign.
    static QImage placeholderCover();

    QModelIndex indexOfId(const QString &id, Column column = Column::Name) const;
    // The id of the newest dataset with this name, ignoring case (what a person calls "the same name"), or
    // empty. name is compared as typed; the caller normalises it first (DatasetName::check).
    QString newestNamed(const QString &name) const;
    const Ids::Core::Dataset &datasetAt(int row) const { return m_datasets.at(row); }

    // In words, for tooltips and screen readers: whether there is a cover and where its picture comes from.
    // Never the asset's type or id (those mean nothing to a person).
    static QString coverText(const Ids::Core::Dataset &dataset);
    QString coverDescription(const Ids::Core::Dataset &dataset) const;

    // Typed sort keys: sorting 100,000 rows through QVariant data() calls costs several times more.
    bool lessThan(int leftRow, int rightRow, Column column) const;
    // Whether every word appears in the row's name or id, ignoring case (what SearchTextRole holds, read
    // without a QVariant per row). foldedWords: case-folded (QString::toCaseFolded), none empty.
    bool matchesSearch(int row, const QStringList &foldedWords) const;

private:
    void rebuildIndex();

    QList<Ids::Core::Dataset> m_datasets;
    QList<QString> m_sortNames; // case-folded names, computed once: sorting 100,000 rows compares often
    QList<qint64> m_sortTimes; // creation times in ms since the epoch, the oldest value when unparsed
    QHash<QString, int> m_rowById;
    QSet<QString> m_missingIds;
    QHash<QString, QImage> m_coverThumbnails;
};

} // namespace Ids::Models
