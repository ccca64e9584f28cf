#include "datasetexportflow.h"

#include <core/accounts/account.h>
#include <core/storage/contentstore.h>
#include <models/datasetexportjob.h>

#include "datasetdetailpane.h"
#include "datasetview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace Ids::Widgets {

namespace {

// A dataset's name as a file name: no folder separators or characters Windows refuses.
QString zipNameFor(const QString &datasetName)
{
    QString name = datasetName.simplified();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("dataset"));
    return name + QStringLiteral(".zip");
}

// At most this many names in the message itself; all of them under Show Details.
constexpr int NamesShown = 12;

QString listed(const QStringList &names)
{
    QStringList lines;
    for (qsizetype i = 0; i < names.size() && i < NamesShown; ++i)
        lines.append(QStringLiteral("• ") + names.at(i));
    if (names.size() > NamesShown)
        lines.append(DatasetExportFlow::tr("…and %n more (see Show Details)", "", int(names.size() - NamesShown)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DatasetExportFlow::DatasetExportFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_job(new Models::DatasetExportJob(this))
{
    connect(m_job, &Models::DatasetExportJob::finished, this, &DatasetExportFlow::onFinished);
    connect(m_job, &Models::DatasetExportJob::progressed, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
}

DatasetExportFlow::~DatasetExportFlow() = default;

QFileDialog *DatasetExportFlow::fileDialog() const
{
    return m_fileDialog;
}

QProgressDialog *DatasetExportFlow::progressDialog() const
{
    return m_progress;
}

QMessageBox *DatasetExportFlow::report() const
{
    return m_report;
}

void DatasetExportFlow::attach(QAction *action, DatasetDetailPane *detail, DatasetView *list,
                               std::function<Core::Account *()> account)
{
    action->setStatusTip(action->toolTip());
    connect(action, &QAction::triggered, this, [this, detail, list, account] {
        const QString open = detail->datasetId();
        exportDataset(account(), open.isEmpty() ? list->currentDatasetId() : open);
    });
    connect(list, &DatasetView::exportRequested, this,
            [this, account](const QString &id) { exportDataset(account(), id); });
}

void DatasetExportFlow::exportDataset(Core::Account *account, const QString &datasetId)
{
    if (m_job->isRunning()) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    if (!account || datasetId.isEmpty()) {
        Q_EMIT message(tr("Select a dataset in the list first, then export it."));
        return;
    }
    const std::optional<Core::DatasetDetail> detail = account->content()->detail(datasetId);
    if (!detail) {
        Q_EMIT message(tr("Open the dataset first: its list of files has not been read from Ideogram yet."));
        return;
    }
    const Core::DatasetExportPlan plan =
        Core::DatasetExportPlan::make(*detail, account->content()->localFiles(datasetId));
    if (plan.images.isEmpty()) {
        Core::DatasetExportResult nothing;
        nothing.withoutLocalCopy = plan.withoutLocalCopy;
        showReport(tr("There is nothing to export: this computer has no copy of any image of this dataset. "
                      "Ideogram cannot send images back, so only images uploaded from this computer can be "
                      "exported."),
                   leftOut(nothing), false);
        return;
    }
    if (m_fileDialog)
        m_fileDialog->close();
    auto *dialog = new QFileDialog(m_window, tr("Export Dataset"));
    dialog->setObjectName(QStringLiteral("exportDatasetFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("ZIP archives (*.zip)"));
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setDirectory(QDir(documents).exists() ? documents : QDir::homePath());
    dialog->selectFile(zipNameFor(detail->dataset.name));
    connect(dialog, &QFileDialog::fileSelected, this, [this, plan](const QString &path) { exportTo(plan, path); });
    m_fileDialog = dialog;
    // open(), not exec(): no nested event loop while replies keep arriving.
    dialog->open();
}

void DatasetExportFlow::exportTo(const Core::DatasetExportPlan &plan, const QString &zipPath)
{
    if (!m_job->start(plan, zipPath))
        return;
    delete m_progress;
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(zipPath)), tr("Cancel"), 0,
                                     int(plan.images.size()), m_window);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Export Dataset"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // Non-modal: the window stays usable while a large dataset is copied; a short export never flashes it.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(500);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job, &Models::DatasetExportJob::cancel);
}

void DatasetExportFlow::onFinished(const Core::DatasetExportResult &result, const QString &zipPath)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->disconnect(m_job);
        m_progress->deleteLater();
    }
    Q_EMIT finished(result);
    if (result.cancelled) {
        Q_EMIT message(tr("Export cancelled; no ZIP was written."));
        return;
    }
    if (!result.error.isEmpty()) {
        showReport(result.error, {}, true);
        return;
    }
    showReport(summary(result) + QStringLiteral("\n\n") + QDir::toNativeSeparators(zipPath), leftOut(result), false);
    const QStringList all = result.withoutLocalCopy + result.unreadable + result.sharedStem;
    if (m_report && all.size() > NamesShown)
        m_report->setDetailedText(all.join(QLatin1Char('\n')));
}

QString DatasetExportFlow::summary(const Core::DatasetExportResult &result)
{
    return tr("The ZIP holds %n image(s) with their captions and a metadata.jsonl.", "", result.imagesWritten);
}

QString DatasetExportFlow::leftOut(const Core::DatasetExportResult &result)
{
    QStringList parts;
    if (!result.withoutLocalCopy.isEmpty())
        parts.append(tr("%n file(s) are not in it: this computer has no copy of them (they were uploaded from "
                        "elsewhere), and Ideogram cannot send images back:",
                        "", int(result.withoutLocalCopy.size()))
                     + QLatin1Char('\n') + listed(result.withoutLocalCopy));
    if (!result.unreadable.isEmpty())
        parts.append(tr("%n file(s) uploaded from here were moved, renamed or deleted since, so they are not in it:",
                        "", int(result.unreadable.size()))
                     + QLatin1Char('\n') + listed(result.unreadable));
    if (!result.sharedStem.isEmpty())
        parts.append(tr("%n caption(s) are only in metadata.jsonl: another image has the same name before its "
                        "extension, and its caption file took that name:",
                        "", int(result.sharedStem.size()))
                     + QLatin1Char('\n') + listed(result.sharedStem));
    return parts.join(QStringLiteral("\n\n"));
}

void DatasetExportFlow::showReport(const QString &text, const QString &details, bool problem)
{
    if (m_report)
        m_report->close();
    m_report = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information, tr("Export Dataset"), text,
                               QMessageBox::Ok, m_window);
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    m_report->setInformativeText(details);
    m_report->open();
}

} // namespace Ids::Widgets
