#pragma once

#include <QTreeView>

class QAction;
class QMenu;
class QMimeData;

namespace Ids::Widgets {

// The dataset table: one row per dataset, copying a dataset's id with Ctrl+C or the context menu, and
// tooltips that show names as typed (a name may look like HTML; it is never rendered as such).
class DatasetView final : public QTreeView
{
    Q_OBJECT
public:
    explicit DatasetView(QWidget *parent = nullptr);

    // The id of the current row, empty when there is none.
    QString currentDatasetId() const;

    // Local paths of the files and folders in a drag, or empty when it holds none.
    static QStringList localPaths(const QMimeData *mime);

Q_SIGNALS:
    void datasetIdCopied(const QString &id);
    // Enter, a double-click or the context menu.
    void openRequested(const QString &id);
    // The context menu's Export Dataset… on this row.
    void exportRequested(const QString &id);
    // Files, folders or ZIPs dropped on a dataset's row.
    void filesDropped(const QString &id, const QStringList &paths);

protected:
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void copyCurrentId();
    void showContextMenu(const QPoint &position);

    QAction *m_copyIdAction;
    QAction *m_openAction;
    QAction *m_exportAction;
    QMenu *m_contextMenu;
};

} // namespace Ids::Widgets
