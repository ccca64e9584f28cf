#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Ids::Models {
class DatasetFilterProxy;
class DatasetListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class DatasetView;

// The search box and the dataset table, with a sentence in place of the table when there is nothing to
// show (no datasets yet, or none matching the search).
class DatasetListPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetListPane(QWidget *parent = nullptr);

    void setModels(Ids::Models::DatasetListModel *model, Ids::Models::DatasetFilterProxy *proxy);

    // Selects the dataset's row and scrolls to it, clearing a search that hides it. False when the model has
    // no such row (the flow adds a row before it selects it).
    bool selectDataset(const QString &id);
    void focusSearch();

    QLineEdit *searchLineEdit() const { return m_searchLineEdit; }
    DatasetView *view() const { return m_view; }
    QLabel *emptyLabel() const { return m_emptyLabel; }

Q_SIGNALS:
    void datasetIdCopied(const QString &id);

private:
    void updateEmptyState();

    Models::DatasetListModel *m_model = nullptr;
    Models::DatasetFilterProxy *m_proxy = nullptr;
    QLineEdit *m_searchLineEdit;
    QStackedWidget *m_stack;
    DatasetView *m_view;
    QLabel *m_emptyLabel;
};

} // namespace Ids::Widgets
