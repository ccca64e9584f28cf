#include "modellistmodel.h"

#include "roles.h"
#include "statuscolours.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Ids::Models {

ModelListModel::ModelListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ModelListModel::setModels(const QList<Core::CustomModel> &models)
{
    beginResetModel();
    m_models = models;
    endResetModel();
}

void ModelListModel::upsert(const Core::CustomModel &model)
{
    const int row = rowOf(model.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_models.prepend(model);
        endInsertRows();
        return;
    }
    Core::CustomModel &kept = m_models[row];
    const QList<Core::TrainingRun> runs = kept.trainingRuns;
    kept = model;
    if (kept.trainingRuns.isEmpty())
        kept.trainingRuns = runs; // a list answer carries no runs: keep the last known ones
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Core::CustomModel *ModelListModel::modelAt(int row) const
{
    return row >= 0 && row < m_models.size() ? &m_models.at(row) : nullptr;
}

int ModelListModel::rowOf(const QString &modelId) const
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models.at(row).id == modelId)
            return row;
    }
    return -1;
}

void ModelListModel::setFamilies(const QHash<QString, Core::ModelFamily> &families)
{
    m_families = families;
    if (!m_models.isEmpty())
        Q_EMIT dataChanged(index(0, FamilyColumn), index(int(m_models.size()) - 1, FamilyColumn));
}

void ModelListModel::setFamily(const QString &modelId, Core::ModelFamily family)
{
    m_families.insert(modelId, family);
    const int row = rowOf(modelId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, FamilyColumn), index(row, FamilyColumn));
}

QString ModelListModel::statusText(const QString &status)
{
    if (status == QLatin1String("CREATING"))
        return tr("Creating");
    if (status == QLatin1String("DRAFT"))
        return tr("Draft");
    if (status == QLatin1String("TRAINING"))
        return tr("Training");
    if (status == QLatin1String("COMPLETED"))
        return tr("Completed");
    if (status == QLatin1String("ERRORED"))
        return tr("Failed");
    if (status == QLatin1String("ARCHIVED"))
        return tr("Archived");
    if (status.isEmpty())
        return tr("Not stated"); // null: Ideogram's own examples show it (api-contract.md §3)
    return status; // unknown: as Ideogram spelled it
}

QString ModelListModel::trainingStepText(const QString &runStatus)
{
    if (runStatus == QLatin1String("PREPARING_DATA"))
        return tr("Preparing data");
    if (runStatus == QLatin1String("QUEUED"))
        return tr("Queued");
    if (runStatus == QLatin1String("TRAINING"))
        return tr("Training");
    if (runStatus == QLatin1String("FINALIZING"))
        return tr("Finalizing");
    if (runStatus == QLatin1String("COMPLETED"))
        return tr("Completed");
    if (runStatus == QLatin1String("FAILED"))
        return tr("Failed");
    return runStatus;
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString shownTime(const Core::ApiDateTime &time)
{
    if (!time.isValid())
        return time.raw;
    return QLocale().toString(time.utc.toLocalTime(), QLocale::ShortFormat);
}

QColor statusColour(const QString &status)
{
    using StatusColours::State;
    const State state = status == QLatin1String("COMPLETED") ? State::Good
        : status == QLatin1String("ERRORED")                 ? State::Bad
        : status == QLatin1String("ARCHIVED")                ? State::Quiet
                                                             : State::Moving; // still moving, or unknown
    return StatusColours::forState(state, QGuiApplication::palette());
}

} // namespace

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    const Core::CustomModel *model = index.isValid() ? modelAt(index.row()) : nullptr;
    if (!model)
        return {};
    switch (role) {
    case ModelIdRole:
        return model->id;
    case ModelStatusRole:
        return model->status;
    case ModelFamilyRole:
        return int(m_families.value(model->id));
    case DatasetIdRole:
        return model->datasetId;
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return model->creationTime.utc.toMSecsSinceEpoch();
        case UpdatedColumn:
            return model->lastUpdateTime ? model->lastUpdateTime->utc.toMSecsSinceEpoch() : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(statusColour(model->status));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DatasetColumn && !model->datasetId.isEmpty())
            return tr("Double-click to open the dataset");
        if (index.column() == FamilyColumn && m_families.value(model->id) == Core::ModelFamily::Unknown)
            return model->canGenerate() ? tr("Not trained by this app: it asks Ideogram which version the model is "
                                             "built on.")
                                        : tr("Known once the model can make images.");
        if (index.column() == StatusColumn && model->status.isEmpty())
            return tr("Ideogram sent no status for this model");
        if (index.column() == StatusColumn && statusText(model->status) == model->status)
            return tr("A status this app does not know yet, as Ideogram sent it");
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return model->owned ? model->name : tr("%1 (shared)").arg(model->name);
    case FamilyColumn:
        return m_families.value(model->id) == Core::ModelFamily::Unknown
            ? tr("Unknown")
            : Core::Family::displayName(m_families.value(model->id));
    case StatusColumn:
        return statusText(model->status);
    case CreatedColumn:
        return shownTime(model->creationTime);
    case UpdatedColumn:
        return model->lastUpdateTime ? shownTime(*model->lastUpdateTime) : QString();
    case DatasetColumn:
        if (model->datasetId.isEmpty())
            return QString();
        return m_datasetName ? m_datasetName(model->datasetId) : model->datasetId;
    case GenerateColumn:
        return model->canGenerate() ? tr("Ready") : tr("Not yet");
    default:
        return {};
    }
}

QVariant ModelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FamilyColumn:
        return tr("Family");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case DatasetColumn:
        return tr("Dataset");
    case GenerateColumn:
        return tr("Can generate");
    default:
        return {};
    }
}

} // namespace Ids::Models
