#pragma once

#include <core/captions/datasetexport.h>

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QFileDialog;
class QMessageBox;
class QProgressDialog;
class QWidget;

namespace Ids::Core {
class Account;
}
namespace Ids::Models {
class DatasetExportJob;
}

namespace Ids::Widgets {

class DatasetDetailPane;
class DatasetView;

// Export Dataset… (issue 15 item 7): asks where to save, writes the ZIP on a worker thread (DatasetExportJob)
// with a progress dialog that can cancel, then says what the ZIP holds and names the files this computer has
// no copy of. Every dialog is opened with open() or show(): no nested event loop.
class DatasetExportFlow final : public QObject
{
    Q_OBJECT
public:
    explicit DatasetExportFlow(QWidget *window);
    ~DatasetExportFlow() override;

    // Where the user asks for it: the menu's action exports the open dataset, else the one selected in the list;
    // the list's context menu exports the row clicked. account() names the account shown.
    void attach(QAction *action, DatasetDetailPane *detail, DatasetView *list,
                std::function<Core::Account *()> account);
    // Exports the account's dataset from its stored details and local copies; with nothing to export (no
    // dataset, no stored details, no local copy) it says why instead.
    void exportDataset(Core::Account *account, const QString &datasetId);
    // Starts writing at once (the file dialog's answer, and tests).
    void exportTo(const Core::DatasetExportPlan &plan, const QString &zipPath);

    QFileDialog *fileDialog() const;
    QProgressDialog *progressDialog() const;
    QMessageBox *report() const;
    Models::DatasetExportJob *job() const { return m_job; }

    // What the report says: a sentence and the files left out, by reason (for the message box and tests).
    static QString summary(const Core::DatasetExportResult &result);
    static QString leftOut(const Core::DatasetExportResult &result);

Q_SIGNALS:
    // A short message for the status bar (nothing to export, cancelled).
    void message(const QString &text);
    void finished(const Ids::Core::DatasetExportResult &result);

private:
    void onFinished(const Core::DatasetExportResult &result, const QString &zipPath);
    void showReport(const QString &text, const QString &details, bool problem);

    QWidget *m_window;
    Models::DatasetExportJob *m_job;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_report;
};

} // namespace Ids::Widgets
