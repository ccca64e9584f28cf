#include "datasetlistpane.h"

#include "datasetview.h"
#include "headerfit.h"
#include "lazyclearbutton.h"

#include <models/datasetfilterproxy.h>
#include <models/datasetlistmodel.h>

#include <algorithm>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ids::Widgets {

using Models::DatasetListModel;
using Column = Models::DatasetListModel::Column;

DatasetListPane::DatasetListPane(QWidget *parent)
    : QWidget(parent)
    , m_searchLineEdit(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new DatasetView(m_stack))
    , m_emptyPage(new QFrame(m_stack))
    , m_emptyLabel(new QLabel(m_emptyPage))
    , m_retryButton(new QPushButton(tr("Try A&gain"), m_emptyPage))
{
    setObjectName(QStringLiteral("datasetListPane"));

    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search datasets"));
    enableClearButtonWhenTyped(m_searchLineEdit);
    m_searchLineEdit->setAccessibleName(tr("Search datasets"));
    m_searchLineEdit->setAccessibleDescription(tr("Shows only datasets whose name or ID contains every word typed"));

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText); // may quote the search text
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    m_retryButton->setObjectName(QStringLiteral("listRetryButton"));
    m_retryButton->setToolTip(tr("Read your datasets from Ideogram again"));
    m_retryButton->setVisible(false);
    connect(m_retryButton, &QPushButton::clicked, this, &DatasetListPane::retryRequested);
    // Framed like the table it stands in for, so the page keeps its shape when the list is empty.
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    m_emptyPage->setFrameShape(QFrame::StyledPanel);
    m_emptyPage->setBackgroundRole(QPalette::Base);
    m_emptyPage->setAutoFillBackground(true);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_searchLineEdit, m_view);
    connect(m_view, &DatasetView::datasetIdCopied, this, &DatasetListPane::datasetIdCopied);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_proxy)
            m_proxy->setSearchText(text);
        updateEmptyState();
    });
    // Escape in the search box gives the whole list back, as in most search fields.
    auto *clearSearch = new QAction(m_searchLineEdit);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_searchLineEdit->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_searchLineEdit, &QLineEdit::clear);
    updateEmptyState();
}

void DatasetListPane::setModels(DatasetListModel *model, Models::DatasetFilterProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    m_view->setModel(proxy);
    m_view->sortByColumn(int(Column::Created), Qt::DescendingOrder);

    // Fixed starting widths: ResizeToContents would measure every row, which is slow at 100,000 rows.
    const QFontMetrics metrics = fontMetrics();
    QHeaderView *header = m_view->header();
    header->resizeSection(int(Column::Name), metrics.horizontalAdvance(QLatin1Char('x')) * 40);
    // As wide as the widest date this locale writes (a late-December evening, two-digit everything).
    const QString widestDate =
        QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    header->resizeSection(int(Column::Created), metrics.horizontalAdvance(widestDate) + 3 * metrics.averageCharWidth());
    // The cover first, as a picture (file managers and photo apps put it there); the id is for copying
    // (Ctrl+C, the context menu, the details' Copy ID), not for reading, so its column stays hidden.
    m_view->setIconSize(QSize(DatasetListModel::CoverEdge, DatasetListModel::CoverEdge));
    header->moveSection(header->visualIndex(int(Column::Cover)), 0);
    // As wide as the picture, or as its title where the language's word is wider ("[Cover]", "Titelbild").
    header->resizeSection(int(Column::Cover),
                          std::max(DatasetListModel::CoverEdge + 3 * metrics.averageCharWidth(),
                                   header->sectionSizeHint(int(Column::Cover))));
    header->setSectionResizeMode(int(Column::Cover), QHeaderView::Fixed);
    header->setSectionHidden(int(Column::Id), true);
    stretchLastColumnKeepingItsTitle(header);

    for (QAbstractItemModel *watched :
         {static_cast<QAbstractItemModel *>(model), static_cast<QAbstractItemModel *>(proxy)}) {
        connect(watched, &QAbstractItemModel::rowsInserted, this, &DatasetListPane::updateEmptyState);
        connect(watched, &QAbstractItemModel::rowsRemoved, this, &DatasetListPane::updateEmptyState);
        connect(watched, &QAbstractItemModel::modelReset, this, &DatasetListPane::updateEmptyState);
        connect(watched, &QAbstractItemModel::layoutChanged, this, &DatasetListPane::updateEmptyState);
    }
    updateEmptyState();
}

void DatasetListPane::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

bool DatasetListPane::selectDataset(const QString &id)
{
    if (!m_model || !m_proxy)
        return false;
    const QModelIndex source = m_model->indexOfId(id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // The search hides the dataset; showing it matters more than keeping the filter.
        m_searchLineEdit->clear();
        index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void DatasetListPane::forgetListState()
{
    m_listState = ListState::Unread;
    updateEmptyState();
}

void DatasetListPane::onReading()
{
    // A failure stays said until the answer is in: "Reading…" would hide why the list is empty.
    if (m_listState == ListState::Failed)
        m_retryButton->setEnabled(false);
}

void DatasetListPane::onRead()
{
    m_listState = ListState::Read;
    updateEmptyState();
}

void DatasetListPane::onReadFailed(const Core::ApiError &error)
{
    // Once read, an empty list is known to be empty; a later failure does not make it unknown again.
    if (m_listState == ListState::Read)
        return;
    m_listState = ListState::Failed;
    m_readError = error;
    updateEmptyState();
}

void DatasetListPane::updateEmptyState()
{
    const bool noDatasets = !m_model || m_model->rowCount() == 0;
    const bool noMatches = !noDatasets && m_proxy && m_proxy->rowCount() == 0;
    bool offerRetry = false;
    if (noDatasets) {
        switch (m_listState) {
        case ListState::Read:
            m_emptyLabel->setText(tr("No datasets yet. Type a name above and press Enter to create one."));
            break;
        case ListState::Unread:
            m_emptyLabel->setText(tr("Reading your datasets from Ideogram…"));
            break;
        case ListState::Failed:
            m_emptyLabel->setText(
                m_readError.isUnreachable()
                    ? tr("Can't reach Ideogram; your datasets will show when you're back online.")
                    : tr("Your datasets could not be read from Ideogram. %1").arg(m_readError.headline()));
            offerRetry = true;
            break;
        }
    } else if (noMatches) {
        m_emptyLabel->setText(tr("No dataset matches “%1”.").arg(m_searchLineEdit->text().simplified()));
    }
    m_emptyLabel->setAccessibleName(m_emptyLabel->text());
    m_retryButton->setVisible(offerRetry);
    m_retryButton->setEnabled(true);
    const bool showEmpty = noDatasets || noMatches;
    // Keep keyboard focus somewhere visible when the table is swapped for the sentence.
    const bool viewHadFocus = m_view->hasFocus();
    m_stack->setCurrentWidget(showEmpty ? static_cast<QWidget *>(m_emptyPage) : m_view);
    m_emptyLabel->setVisible(showEmpty);
    if (showEmpty && viewHadFocus)
        m_searchLineEdit->setFocus();
}

} // namespace Ids::Widgets
