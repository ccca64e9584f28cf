#pragma once

#include <QTreeView>

class QAction;
class QMenu;

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
    QAction *copyIdAction() const { return m_copyIdAction; }

Q_SIGNALS:
    void datasetIdCopied(const QString &id);

protected:
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void copyCurrentId();
    void showContextMenu(const QPoint &position);

    QAction *m_copyIdAction;
    QMenu *m_contextMenu;
};

} // namespace Ids::Widgets
