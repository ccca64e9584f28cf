#pragma once

#include <core/types/custommodel.h>
#include <core/types/modelfamily.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ids::Models {
class ModelFilterProxy;
class ModelListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class GalleryPane;
class GeneratePanel;
class ModelDetailPane;

// Every model of the account: a table filterable by status and family on the left; on the right the chosen model's
// facts and the generate panel above the gallery, which takes the rest of the height. Both splitters are named,
// so the window remembers where the user dragged them (WindowMemory).
class ModelsPage final : public QWidget
{
    Q_OBJECT
public:
    ModelsPage(Models::ModelListModel *models, Models::ModelFilterProxy *proxy, GeneratePanel *generatePanel,
               GalleryPane *gallery, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString currentModelId() const { return m_currentModelId; }
    void selectModel(const QString &modelId);
    // The list's sentence under the table: refreshing, empty, failed.
    void setStatusText(const QString &text);

Q_SIGNALS:
    void refreshRequested();
    void datasetRequested(const QString &datasetId);
    void currentModelChanged(const Ids::Core::CustomModel &model);

private:
    void onCurrentChanged();
    void showCurrent();

    Models::ModelListModel *m_models;
    Models::ModelFilterProxy *m_proxy;
    QComboBox *m_filterComboBox;
    QComboBox *m_familyComboBox;
    QPushButton *m_refreshButton;
    QTableView *m_view;
    QLabel *m_statusLabel;
    ModelDetailPane *m_detailPane;
    GeneratePanel *m_generatePanel;
    GalleryPane *m_gallery;
    QString m_currentModelId;
};

// One model's facts and its latest training run as a row of steps, always the same height: nothing under it moves
// when a training finishes. Ids and addresses are one click away (Copy ID), not in the text.
class ModelDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ModelDetailPane(QWidget *parent = nullptr);
    void showModel(const Core::CustomModel *model, Core::ModelFamily family = Core::ModelFamily::Unknown);

    // "✓ Preparing data / ● Training / ○ Finalizing…" for a run status; unknown ones shown raw.
    static QString stepsText(const QString &runStatus);

Q_SIGNALS:
    void datasetRequested(const QString &datasetId);

private:
    QString m_datasetId;
    QLabel *m_nameLabel;
    QLabel *m_statusLabel;
    QLabel *m_familyLabel;
    QLabel *m_stepsLabel;
    QPushButton *m_datasetButton;
    QPushButton *m_copyIdButton;
    QString m_modelId;
};

} // namespace Ids::Widgets
