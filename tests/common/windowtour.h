#pragma once

// Every window and dialog of the app, one after the other, each in the state a person sees it in: the app's
// real object graph in the sandbox account (as tst_mainwindow starts it), with a dataset of 20 images open, a
// trained 3.0 and a 4.0 model, a picture made with it in the gallery and the viewer, the Train dialog (with its
// advanced settings), a review sheet with files, Accounts, About, Getting Started and the "did it arrive?"
// question. The accessibility, mnemonic and pseudo-localisation tests walk the same tour, so a dialog added
// here is checked by all of them.
#include "activewindow.h"
#include "app/appcontroller.h"
#include "core/api/proxycredentials.h"
#include "models/datasetlistmodel.h"
#include "models/modellistmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgetchild.h"
#include "widgets/aboutdialog.h"
#include "widgets/accountsdialog.h"
#include "widgets/arrivalquestion.h"
#include "widgets/datasetdetailpane.h"
#include "widgets/datasetflow.h"
#include "widgets/gallerypane.h"
#include "widgets/generateflow.h"
#include "widgets/generatepanel.h"
#include "widgets/gettingstarted.h"
#include "widgets/imageviewer.h"
#include "widgets/mainwindow.h"
#include "widgets/modelflow.h"
#include "widgets/modelspage.h"
#include "widgets/proxypassworddialog.h"
#include "widgets/stackeditor.h"
#include "widgets/traindialog.h"
#include "widgets/uploaddialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

namespace Ids::Tests {

class WindowTour
{
public:
    struct Stop
    {
        QString name;
        // Brings the window or dialog on screen and returns it (nullptr when it could not be reached).
        std::function<QWidget *()> show;
    };

    // Starts the app and prepares its data. Returns an empty string or what went wrong.
    QString start()
    {
        using namespace std::chrono_literals;
        QStandardPaths::setTestModeEnabled(true);
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        App::LaunchOptions options;
        options.sandbox = true;
        options.databasePath = m_dir.filePath(QStringLiteral("db.sqlite"));
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        options.reconcileTiming = {50ms, 100ms, std::chrono::minutes(2)};
        m_controller = std::make_unique<App::AppController>(options);
        QString error;
        if (!m_controller->start(&error))
            return error;
        Widgets::MainWindow *main = window();
        main->resize(1100, 700);
        main->show();
        if (!QTest::qWaitForWindowExposed(main, 30000) || !activate(main))
            return QStringLiteral("the main window never showed");
        Sandbox::SandboxServer *sandbox = m_controller->sandbox();
        m_datasetId = sandbox->addDataset(QStringLiteral("Summer shoes")).id;
        sandbox->addImages(m_datasetId, 20);
        m_modelId = sandbox->addCompletedModel(QStringLiteral("Shoe model"), m_datasetId).id;
        m_model4Id =
            sandbox->addCompletedModel(QStringLiteral("Shoe model 4"), m_datasetId, 60, Core::ModelFamily::V4).id;
        if (!QTest::qWaitFor([main] { return main->modelFlow() != nullptr; }, 10000))
            return QStringLiteral("the Models page was never built");
        main->datasetFlow()->refresh();
        main->modelFlow()->refresh();
        const QString id = m_datasetId;
        if (!QTest::qWaitFor([main, id] { return main->datasetFlow()->model()->indexOfId(id).isValid(); }, 10000))
            return QStringLiteral("the dataset never arrived in the list");
        main->datasetFlow()->openDataset(m_datasetId);
        auto *detail = main->findChild<Widgets::DatasetDetailPane *>(QStringLiteral("datasetDetailPane"));
        if (!detail || !QTest::qWaitFor([detail] { return detail->imageCount() == 20; }, 10000))
            return QStringLiteral("the dataset's 20 images never showed");
        for (const char *name : {"sunset.jpg", "beach.png"}) {
            QImage image(640, 480, QImage::Format_RGB32);
            image.fill(QColor(200, 120, 40));
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            if (!image.save(path))
                return QStringLiteral("could not write a test image");
            m_files << path;
        }
        m_files << m_dir.filePath(QStringLiteral("missing.gif"));
        return {};
    }

    Widgets::MainWindow *window() const { return m_controller ? m_controller->window() : nullptr; }
    App::AppController *controller() const { return m_controller.get(); }
    QString datasetId() const { return m_datasetId; }

    QList<Stop> stops()
    {
        Widgets::MainWindow *main = window();
        return {
            {QStringLiteral("main window, Datasets"),
             [main]() -> QWidget * {
                 main->showDatasetsTab();
                 return main;
             }},
            // A 3.0 model with its own rows (leave out, aspect, remix), once the app knows its family.
            {QStringLiteral("main window, Models, a 3.0 model"),
             [this, main]() -> QWidget * { return showModel(main, m_modelId, "aspectComboBox"); }},
            // A 4.0 model (size, stack), and a picture made with it in the gallery.
            // …with the shared 4.0 model stacked under it, and the price of that request.
            {QStringLiteral("main window, Models, a 4.0 model"),
             [this, main]() -> QWidget * {
                 QWidget *shown = showModel(main, m_model4Id, "shapeComboBox");
                 if (!shown || !generateOnce(main))
                     return nullptr;
                 Widgets::GeneratePanel *panel = main->modelFlow()->generateFlow()->panel();
                 // The shared model stacked once the app knows it is a 4.0 one (asked with a free quote).
                 Widgets::StackEditor *stack = panel->findChild<Widgets::StackEditor *>();
                 const bool stacked = QTest::qWaitFor(
                     [stack] {
                         QComboBox *add = stack->addComboBox();
                         for (int row = 1; row < add->count() && stack->count() == 0; ++row)
                             stack->add(add->itemData(row).toString()); // the 3.0 one is refused, and says why
                         return stack->count() > 0;
                     },
                     10000);
                 if (!stacked)
                     return nullptr;
                 auto *price = panel->findChild<QLabel *>(QStringLiteral("priceLabel"));
                 // The price of the request with the stack: a stop that never shows it was not reached.
                 const bool priced =
                     QTest::qWaitFor([price] { return price->text().contains(QLatin1Char('$')); }, 10000);
                 return priced ? shown : nullptr;
             }},
            {QStringLiteral("image viewer"),
             [this, main]() -> QWidget * {
                 if (!showModel(main, m_model4Id, "shapeComboBox") || !generateOnce(main))
                     return nullptr;
                 Widgets::GalleryPane *gallery = main->modelFlow()->generateFlow()->gallery();
                 gallery->openViewer(0);
                 return gallery->window()->findChild<Widgets::ImageViewer *>(QStringLiteral("imageViewer"));
             }},
            {QStringLiteral("Getting Started"),
             [main]() -> QWidget * {
                 main->showGettingStarted();
                 return main->gettingStartedDialog();
             }},
            {QStringLiteral("main window, a question"),
             [main]() -> QWidget * {
                 main->showDatasetsTab();
                 auto *question = main->findChild<Widgets::ArrivalQuestion *>();
                 if (!question)
                     return nullptr;
                 Widgets::ArrivalQuestion::Question asked;
                 asked.key = QStringLiteral("tour");
                 asked.text = QStringLiteral("Ideogram did not say whether the dataset “Shoes” was created.");
                 asked.risk = QStringLiteral("Creating it again may make a second one.");
                 asked.anywayText = QStringLiteral("Create Anyway");
                 question->ask(asked, main, [](Widgets::ArrivalQuestion::Answer) {});
                 return main;
             }},
            {QStringLiteral("Train dialog"),
             [main]() -> QWidget * {
                 main->showDatasetsTab();
                 main->modelFlow()->openTrainDialog();
                 return main->modelFlow()->trainDialog();
             }},
            {QStringLiteral("Train dialog, advanced settings"),
             [main]() -> QWidget * {
                 main->showDatasetsTab();
                 main->modelFlow()->openTrainDialog();
                 QWidget *dialog = main->modelFlow()->trainDialog();
                 if (auto *advanced =
                         dialog ? dialog->findChild<QToolButton *>(QStringLiteral("advancedButton")) : nullptr)
                     advanced->setChecked(true);
                 return dialog;
             }},
            {QStringLiteral("review sheet"),
             [this, main]() -> QWidget * {
                 main->showDatasetsTab();
                 main->datasetFlow()->addFiles(m_datasetId, m_files);
                 Widgets::UploadDialog *dialog = main->datasetFlow()->uploadDialog();
                 // Scanned, and the near-duplicate search (the two same-coloured pictures) done and shown: its
                 // line in the summary comes from workers, after the scan.
                 if (!dialog
                     || !QTest::qWaitFor(
                         [dialog] {
                             return !dialog->isScanning() && !dialog->isFindingDuplicates()
                                 && !dialog->duplicates().isEmpty();
                         },
                         10000))
                     return nullptr;
                 // The size it takes on a 1280 × 800 desktop (the sheet follows the screen; offscreen's is 800 × 600).
                 dialog->resize(1100, 700);
                 return dialog;
             }},
            {QStringLiteral("Accounts dialog"),
             [main]() -> QWidget * {
                 main->openAccounts();
                 QWidget *dialog = main->accountsDialog();
                 // Every field shown, the advanced ones too.
                 if (auto *advanced =
                         dialog ? dialog->findChild<QToolButton *>(QStringLiteral("advancedToolButton")) : nullptr)
                     advanced->setChecked(true);
                 return dialog;
             }},
            {QStringLiteral("proxy password question"),
             [this, main]() -> QWidget * {
                 return Widgets::ProxyPasswordDialog::ask(&m_proxyCredentials, QStringLiteral("proxy.example:3128"),
                                                          main);
             }},
            {QStringLiteral("About"),
             [main]() -> QWidget * {
                 main->showAbout();
                 return main->aboutDialog();
             }},
        };
    }

    // Brings the stop on screen, active and laid out. nullptr when it could not.
    static QWidget *visit(const Stop &stop)
    {
        QWidget *shown = stop.show();
        if (!shown)
            return nullptr;
        if (!shown->isVisible())
            shown->show();
        if (!QTest::qWaitForWindowExposed(shown, 30000))
            return nullptr;
        activate(shown);
        QCoreApplication::processEvents();
        // Texts set while showing (a summary, a count) laid out before anything is measured.
        if (shown->layout())
            shown->layout()->activate();
        QCoreApplication::processEvents();
        return shown;
    }

    // Closes what a stop opened (dialogs; the main window stays).
    void leave(QWidget *shown)
    {
        if (shown && shown != window()) {
            shown->close();
            QCoreApplication::processEvents();
        }
        if (auto *question = window()->findChild<Widgets::ArrivalQuestion *>())
            question->withdrawAll();
    }

private:
    // The Models page with this model chosen, once the row named fieldName (a family's own) is shown.
    QWidget *showModel(Widgets::MainWindow *main, const QString &modelId, const char *fieldName)
    {
        main->showModelsTab();
        Widgets::ModelsPage *page = main->modelFlow()->page();
        if (!QTest::qWaitFor([page] { return page->view()->model()->rowCount() > 1; }, 10000))
            return nullptr;
        page->selectModel(modelId);
        auto *field = main->modelFlow()->generateFlow()->panel()->findChild<QWidget *>(QLatin1String(fieldName));
        if (!field || !QTest::qWaitFor([field] { return field->isVisible(); }, 10000))
            return nullptr;
        return main;
    }

    // One picture made with the chosen model (once per tour), so the gallery and the viewer have one to show.
    bool generateOnce(Widgets::MainWindow *main)
    {
        Widgets::GalleryPane *gallery = main->modelFlow()->generateFlow()->gallery();
        if (child<QListView>(gallery, "galleryView")->model()->rowCount() > 0)
            return true;
        Widgets::GeneratePanel *panel = main->modelFlow()->generateFlow()->panel();
        panel->promptEdit()->setPlainText(QStringLiteral("A red sneaker on a white table"));
        auto *generate = panel->findChild<QPushButton *>(QStringLiteral("generateButton"));
        if (!generate || !QTest::qWaitFor([generate] { return generate->isEnabled(); }, 10000))
            return false;
        generate->click();
        return QTest::qWaitFor([gallery] { return child<QListView>(gallery, "galleryView")->model()->rowCount() > 0; },
                               20000);
    }

    QTemporaryDir m_dir;
    Core::ProxyCredentials m_proxyCredentials;
    std::unique_ptr<App::AppController> m_controller;
    QString m_datasetId;
    QString m_modelId;
    QString m_model4Id;
    QStringList m_files;
};

} // namespace Ids::Tests
