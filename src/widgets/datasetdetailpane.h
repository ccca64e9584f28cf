#pragma once

#include <core/api/apierror.h>
#include <core/health/datasethealth.h>
#include <core/types/datasetdetail.h>

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Ids::Models {
class DatasetFilesModel;
}

namespace Ids::Widgets {

// One dataset opened: its facts, its health in one line (each part a link that shows its files), its files
// (with the thumbnails this computer kept) and the models trained from it. The id is one click away (Copy
// ID), never a line to read. Shows the saved copy at once and says so until the server's answer replaces it.
// Files, folders and ZIPs dropped here go into this dataset.
class DatasetDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetDetailPane(QWidget *parent = nullptr);

    void setFilesModel(Models::DatasetFilesModel *model);

    QString datasetId() const { return m_datasetId; }
    QString datasetName() const;
    // No dataset open (another account is shown): the pane's invitation to open one.
    void showNothing();
    // Clears the pane for a dataset whose details are on their way.
    void showLoading(const Core::Dataset &dataset);
    void showDetail(const Core::DatasetDetail &detail, bool fromServer);
    void showLoadError(const Core::ApiError &error);
    // The server's image count, or -1 when not known yet.
    qint64 imageCount() const { return m_imageCount; }

    // Model id → a name to show instead (the models of the account); unknown ids are shown as they are.
    void setModelNameLookup(std::function<QString(const QString &)> lookup) { m_modelName = std::move(lookup); }

    // Why the open dataset cannot be trained now (shown beside the button), or empty to enable Train.
    void setTrainBlocker(const QString &reason);
    // The health of the open dataset (DatasetHealthReader); ignored when for another one.
    void showHealth(const QString &datasetId, const Core::DatasetHealth &health);
    // Selects the files one part of the health line names ("nocaption", "duplicates", "smallest", "images").
    void showHealthPart(const QString &part);

    QPushButton *addImagesButton() const { return m_addImagesButton; }
    QPushButton *trainButton() const { return m_trainButton; }
    QLabel *trainHintLabel() const { return m_trainHintLabel; }

Q_SIGNALS:
    void addImagesRequested(const QString &datasetId);
    void addFolderRequested(const QString &datasetId);
    void datasetIdCopied(const QString &datasetId);
    void trainRequested(const QString &datasetId);
    // The image count became known or changed: the Train button's rule needs checking again.
    void imageCountChanged(qint64 count);
    void filesDropped(const QString &datasetId, const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDataset(const Core::Dataset &dataset);
    void showImageCount();

    QString m_datasetId;
    qint64 m_imageCount = -1;
    std::function<QString(const QString &)> m_modelName;
    QStackedWidget *m_stack;
    QLabel *m_placeholderLabel;
    Core::DatasetHealth m_health;
    bool m_healthKnown = false;
    QLabel *m_nameLabel;
    QToolButton *m_copyIdButton;
    QLabel *m_createdLabel;
    QLabel *m_healthLabel;
    QLabel *m_modelsLabel;
    QLabel *m_statusLabel;
    QTreeView *m_filesView;
    QPushButton *m_addImagesButton;
    QPushButton *m_addFolderButton;
    QPushButton *m_trainButton;
    QLabel *m_trainHintLabel;
};

} // namespace Ids::Widgets
