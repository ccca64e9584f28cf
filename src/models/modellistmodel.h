#pragma once

#include <core/types/custommodel.h>
#include <core/types/modelfamily.h>

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace Ids::Models {

// The account's models as a table: name, family (Ideogram 4.0 or 3.0, or not known yet), status, creation and
// update time, the dataset it came from and whether it can make images. Rows are replaced in place when a poll
// brings news.
class ModelListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FamilyColumn,
        StatusColumn,
        CreatedColumn,
        UpdatedColumn,
        DatasetColumn,
        GenerateColumn,
        ColumnCount
    };

    explicit ModelListModel(QObject *parent = nullptr);

    // Dataset id → its name, for the dataset column; unknown ids are shown as the id.
    void setDatasetNameLookup(std::function<QString(const QString &)> lookup) { m_datasetName = std::move(lookup); }

    void setModels(const QList<Core::CustomModel> &models);
    // Updates the row of this model, or adds it at the top.
    void upsert(const Core::CustomModel &model);
    const Core::CustomModel *modelAt(int row) const;
    int rowOf(const QString &modelId) const;
    // What the app knows of each model's family (ModelFamilyStore); a model without an entry is unknown.
    void setFamilies(const QHash<QString, Core::ModelFamily> &families);
    void setFamily(const QString &modelId, Core::ModelFamily family);
    Core::ModelFamily familyOf(const QString &modelId) const { return m_families.value(modelId); }

    // "Training", "Completed"… for known statuses; unknown ones as the server sent them.
    static QString statusText(const QString &status);
    static QString trainingStepText(const QString &runStatus);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::CustomModel> m_models;
    QHash<QString, Core::ModelFamily> m_families;
    std::function<QString(const QString &)> m_datasetName;
};

} // namespace Ids::Models
