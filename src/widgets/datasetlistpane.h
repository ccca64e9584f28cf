#pragma once

#include <core/api/apierror.h>

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Ids::Models {
class DatasetFilterProxy;
class DatasetListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class DatasetView;

// The search box and the dataset table, with a sentence in place of the table when there is nothing to
// show. The sentence says only what is known: "No datasets yet" once Ideogram's list was read, "Reading…"
// before, and "Can't reach Ideogram" with a Retry button when it could not be read (an empty list then means
// nothing). None matching the search says so.
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

    // What is known of Ideogram's list for the account shown. forget(): another account (nothing read yet).
    void forgetListState();
    void onReading();
    void onRead();
    void onReadFailed(const Ids::Core::ApiError &error);

    QLineEdit *searchLineEdit() const { return m_searchLineEdit; }
    DatasetView *view() const { return m_view; }

Q_SIGNALS:
    void datasetIdCopied(const QString &id);
    // Read the list from Ideogram again (the empty state's Retry).
    void retryRequested();

private:
    void updateEmptyState();

    Models::DatasetListModel *m_model = nullptr;
    Models::DatasetFilterProxy *m_proxy = nullptr;
    QLineEdit *m_searchLineEdit;
    QStackedWidget *m_stack;
    DatasetView *m_view;
    QFrame *m_emptyPage;
    QLabel *m_emptyLabel;
    QPushButton *m_retryButton;
    enum class ListState { Unread, Read, Failed };
    ListState m_listState = ListState::Unread;
    Core::ApiError m_readError;
};

} // namespace Ids::Widgets
