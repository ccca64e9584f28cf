#include "datasetview.h"

#include <models/roles.h>

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextDocument>
#include <QToolTip>

namespace Ids::Widgets {

DatasetView::DatasetView(QWidget *parent)
    : QTreeView(parent)
    , m_copyIdAction(new QAction(tr("&Copy ID"), this))
    , m_openAction(new QAction(tr("&Open Dataset"), this))
    , m_exportAction(new QAction(tr("&Export Dataset…"), this))
    , m_contextMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("datasetTreeView"));
    setAccessibleName(tr("Datasets"));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true); // keeps 100,000 rows fast: no per-row size queries
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    header()->setSortIndicatorShown(true);
    header()->setSectionsMovable(false);

    // Widget shortcut: Ctrl+C copies the id only while the list has focus; elsewhere it copies text.
    m_copyIdAction->setObjectName(QStringLiteral("copyIdAction"));
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyIdAction->setShortcutVisibleInContextMenu(true);
    m_copyIdAction->setToolTip(tr("Copy the selected dataset's ID, for scripts or Ideogram's support"));
    addAction(m_copyIdAction);
    connect(m_copyIdAction, &QAction::triggered, this, &DatasetView::copyCurrentId);

    m_exportAction->setObjectName(QStringLiteral("exportDatasetContextAction"));
    m_exportAction->setToolTip(tr("Save this computer's copies of the dataset's images with their captions as a ZIP"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (const QString id = currentDatasetId(); !id.isEmpty())
            Q_EMIT exportRequested(id);
    });

    m_openAction->setObjectName(QStringLiteral("openDatasetAction"));
    m_openAction->setToolTip(tr("Show the dataset's files and models"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const QString id = currentDatasetId(); !id.isEmpty())
            Q_EMIT openRequested(id);
    });
    // activated() is a double-click or Enter, as the platform defines them.
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const QString id = index.siblingAtColumn(0).data(Models::DatasetIdRole).toString(); !id.isEmpty())
            Q_EMIT openRequested(id);
    });
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);

    m_contextMenu->setObjectName(QStringLiteral("datasetContextMenu"));
    m_contextMenu->addAction(m_openAction);
    m_contextMenu->addAction(m_copyIdAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_exportAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &DatasetView::showContextMenu);
}

QString DatasetView::currentDatasetId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Models::DatasetIdRole).toString() : QString();
}

void DatasetView::copyCurrentId()
{
    const QString id = currentDatasetId();
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    Q_EMIT datasetIdCopied(id);
}

void DatasetView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    // popup() rather than exec(): no nested event loop while replies may arrive.
    m_contextMenu->popup(viewport()->mapToGlobal(position));
}

QStringList DatasetView::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void DatasetView::dragEnterEvent(QDragEnterEvent *event)
{
    if (localPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void DatasetView::dragMoveEvent(QDragMoveEvent *event)
{
    // Only a row can take files: they go into that dataset.
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && !localPaths(event->mimeData()).isEmpty()) {
        setCurrentIndex(index);
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void DatasetView::dropEvent(QDropEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const QStringList paths = localPaths(event->mimeData());
    if (!index.isValid() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT filesDropped(index.siblingAtColumn(0).data(Models::DatasetIdRole).toString(), paths);
}

void DatasetView::keyPressEvent(QKeyEvent *event)
{
    // QAbstractItemView would copy the clicked cell's text; the id is what people paste elsewhere.
    if (event == QKeySequence::Copy) {
        copyCurrentId();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

bool DatasetView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QTreeView::viewportEvent(event);
    // QToolTip guesses whether text is rich; a dataset named "<b>x</b>" must show its tags. Escaping into
    // rich text we build ourselves removes the guess.
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = indexAt(help->pos());
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), viewport(),
                       visualRect(index));
    return true;
}

} // namespace Ids::Widgets
