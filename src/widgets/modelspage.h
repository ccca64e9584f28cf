#pragma once

#include <core/types/custommodel.h>

#include <QWidget>

class QComboBox;
class QAction;
class QLabel;
class QPushButton;
class QToolButton;
class QTableView;

namespace Ids::Models {
class ModelFilterProxy;
class ModelListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class GeneratePanel;
class ModelDetailPane;

// Every model of the account: a filterable table on the left, the chosen model's training steps and the
// generate panel with its gallery on the right.
class ModelsPage final : public QWidget
{
    Q_OBJECT
public:
    ModelsPage(Models::ModelListModel *models, Models::ModelFilterProxy *proxy, GeneratePanel *generatePanel,
               QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *filterComboBox() const { return m_filterComboBox; }
    ModelDetailPane *detailPane() const { return m_detailPane; }
    GeneratePanel *generatePanel() const { return m_generatePanel; }
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
    QPushButton *m_refreshButton;
    QTableView *m_view;
    QLabel *m_statusLabel;
    ModelDetailPane *m_detailPane;
    GeneratePanel *m_generatePanel;
    QString m_currentModelId;
};

// One model's facts and its latest training run as a list of steps.
class ModelDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ModelDetailPane(QWidget *parent = nullptr);
    void showModel(const Core::CustomModel *model);
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *stepsLabel() const { return m_stepsLabel; }
    QPushButton *datasetButton() const { return m_datasetButton; }
    QToolButton *copyIdButton() const { return m_copyIdButton; }

    // "✓ Preparing data / ● Training / ○ Finalizing…" for a run status; unknown ones shown raw.
    static QString stepsText(const QString &runStatus);

Q_SIGNALS:
    void datasetRequested(const QString &datasetId);

private:
    QString m_datasetId;
    QLabel *m_nameLabel;
    QLabel *m_statusLabel;
    QLabel *m_factsLabel;
    QLabel *m_stepsLabel;
    QPushButton *m_datasetButton;
    // The model's id and its address for scripts (custom_model_uri) are copied, not read (one click each).
    QToolButton *m_copyIdButton;
    QAction *m_copyAddressAction;
    QString m_modelId;
    QString m_modelUri;
};

} // namespace Ids::Widgets
