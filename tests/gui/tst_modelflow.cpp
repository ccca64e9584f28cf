// Training, following and generating through the window, with the app's real object graph and its
// in-app sandbox: the Train button's rule, the confirmation dialog, the Models page and its filter, the
// notification when a training finishes, and generating into the gallery.
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/services/modelpoller.h"
#include "core/services/pricequoter.h"
#include "core/services/trainingservice.h"
#include "models/gallerymodel.h"
#include "models/modellistmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/arrivalquestion.h"
#include "widgets/datasetdetailpane.h"
#include "widgets/datasetflow.h"
#include "widgets/datasetlistpane.h"
#include "widgets/datasetview.h"
#include "widgets/gallerypane.h"
#include "widgets/generatepanel.h"
#include "widgets/imageviewer.h"
#include "widgets/mainwindow.h"
#include "widgets/modelflow.h"
#include "widgets/modelspage.h"
#include "widgets/notifier.h"
#include "widgets/traindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Ids;
using namespace std::chrono_literals;

using Ids::Tests::child;

namespace {

// Stands in for the desktop's notifications: keeps what it was asked to show.
class RecordingNotifier final : public Widgets::Notifier
{
public:
    using Widgets::Notifier::Notifier;
    void notify(const Widgets::Notification &notification) override
    {
        calls.append(notification);
        Q_EMIT shown(notification);
    }
    QList<Widgets::Notification> calls;
};

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IDS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class ModelFlowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void trainButton_enabledOnlyFrom15Images();
    void trainDialog_needsValidNameAndConfirmation_thenOneTraining();
    void unconfirmedTraining_questionClosed_unlocks_trainAnywaySendsAgain();
    void modelsPage_filter_andFinishedNotification();
    void finishedNotification_noServiceNoTray_windowKeepsTheMessage();
    void generate_imagesLandInTheGallery();
    void generate_cancelStopsAtOnce();
    void generate_refusalsHaveTheirOwnMessages_data();
    void generate_refusalsHaveTheirOwnMessages();
    void price_followsOptions_oneQuoteInFlight();
    void fourPointZero_trainAdvanced_familyColumn_stackWithPrice_viewer();

private:
    Widgets::MainWindow *window() const { return m_controller->window(); }
    Sandbox::SandboxServer *sandbox() const { return m_controller->sandbox(); }
    Widgets::DatasetDetailPane *detailPane() const
    {
        return window()->findChild<Ids::Widgets::DatasetDetailPane *>(QStringLiteral("datasetDetailPane"));
    }
    void openDatasetWithImages(int images, QString *id);
    // The Models tab, refreshed, with the sandbox's shared (finished) model chosen and ready to generate.
    void openSharedModel(Widgets::GeneratePanel **panel);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App::AppController> m_controller;
};

void ModelFlowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ModelFlowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    App::LaunchOptions options;
    options.sandbox = true;
    options.databasePath = m_dir->filePath(QStringLiteral("db.sqlite"));
    m_controller = std::make_unique<App::AppController>(options);
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(window(), 30000));
    QVERIFY(sandbox());
    QTRY_VERIFY(window()->modelFlow()); // built once the first window has painted
    // Polls every 50 ms instead of 15 s, so a training followed here finishes within the test.
    Core::ModelPoller::Intervals fast;
    fast.early = 50ms;
    fast.late = 50ms;
    m_controller->currentAccount()->poller()->setIntervals(fast);
}

void ModelFlowTest::cleanup()
{
    m_controller.reset();
    m_dir.reset();
}

void ModelFlowTest::openDatasetWithImages(int images, QString *id)
{
    *id = sandbox()->addDataset(QStringLiteral("Sneakers")).id;
    sandbox()->addImages(*id, images);
    QTest::keyClick(window(), Qt::Key_F5);
    QTRY_VERIFY(window()
                    ->findChild<Ids::Widgets::DatasetListPane *>(QStringLiteral("datasetListPane"))
                    ->view()
                    ->model()
                    ->rowCount()
                > 0);
    window()->datasetFlow()->openDataset(*id);
    QTRY_COMPARE(detailPane()->imageCount(), qint64(images));
}

void ModelFlowTest::openSharedModel(Widgets::GeneratePanel **panel)
{
    window()->showModelsTab();
    Widgets::ModelsPage *page = window()->modelFlow()->page();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("refreshModelsButton")), Qt::LeftButton);
    QTRY_COMPARE(page->view()->model()->rowCount(), 1);
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    *panel = child<Widgets::GeneratePanel>(page, "generatePanel");
    QTRY_VERIFY((*panel)->promptEdit()->isEnabled());
    // Shared, so not trained here: the app asks Ideogram for its family with a free quote, then shows its controls.
    QTRY_COMPARE((*panel)->family(), Core::ModelFamily::V4);
}

void ModelFlowTest::trainButton_enabledOnlyFrom15Images()
{
    QVERIFY(!detailPane()->trainButton()->isVisible() || !detailPane()->trainButton()->isEnabled());
    QString id;
    openDatasetWithImages(14, &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!detailPane()->trainButton()->isEnabled());
    QVERIFY(detailPane()->trainHintLabel()->text().contains(QStringLiteral("at least 15")));
    QVERIFY(detailPane()->trainHintLabel()->text().contains(QStringLiteral("14")));
    saveScreenshot(window(), QStringLiteral("train-button-14"));
    sandbox()->addImages(id, 15); // replaces image-01…14, adds image-15
    window()->datasetFlow()->openDataset(id);
    QTRY_COMPARE(detailPane()->imageCount(), qint64(15));
    QTRY_VERIFY(detailPane()->trainButton()->isEnabled());
    QVERIFY(detailPane()->trainHintLabel()->text().isEmpty());
}

void ModelFlowTest::trainDialog_needsValidNameAndConfirmation_thenOneTraining()
{
    QString id;
    openDatasetWithImages(20, &id);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(detailPane()->trainButton()->isEnabled());
    QTest::mouseClick(detailPane()->trainButton(), Qt::LeftButton);
    Widgets::TrainDialog *dialog = window()->modelFlow()->trainDialog();
    QVERIFY(dialog);
    QPushButton *trainButton = child<QPushButton>(dialog, "trainButton");
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!trainButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "modelNameLineEdit"), QStringLiteral("ab_c"));
    QVERIFY(!trainButton->isEnabled());
    QVERIFY(child<QLabel>(dialog, "modelNameReasonLabel")->text().contains(QStringLiteral("_")));
    child<QLineEdit>(dialog, "modelNameLineEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "modelNameLineEdit"), QStringLiteral("sneaker style"));
    QCOMPARE(child<QLabel>(dialog, "modelNameReasonLabel")->text(), QStringLiteral("This name can be used."));
    QVERIFY(!trainButton->isEnabled()); // not without the billing confirmation
    child<QCheckBox>(dialog, "confirmBillingCheckBox")->setChecked(true);
    QVERIFY(trainButton->isEnabled());
    saveScreenshot(dialog, QStringLiteral("train-dialog"));
    QTest::mouseClick(trainButton, Qt::LeftButton);
    // Locked at once: a second click cannot start a second training.
    QVERIFY(!detailPane()->trainButton()->isEnabled());
    QTest::mouseClick(detailPane()->trainButton(), Qt::LeftButton);
    Widgets::ModelsPage *page = window()->modelFlow()->page();
    QTRY_COMPARE(page->currentModelId().isEmpty(), false);
    // Ideogram 4.0 is the family the dialog starts with.
    QCOMPARE(sandbox()->requestCount("POST", QStringLiteral("/v1/ideogram-v4/train-model")), 1);
    QCOMPARE(sandbox()->models().first().datasetId, id);
    QTRY_VERIFY(detailPane()->trainButton()->isEnabled()); // confirmed: the dataset may be trained again
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("modelsStatusLabel"))->text(), QStringLiteral("2 model(s)."));
    // The open details follow at once, and name the models trained from the dataset, not their ids.
    auto *modelsLabel = detailPane()->findChild<QLabel *>(QStringLiteral("modelsLabel"));
    QVERIFY(modelsLabel);
    QTRY_COMPARE(modelsLabel->text(), QStringLiteral("sneaker style"));
}

void ModelFlowTest::unconfirmedTraining_questionClosed_unlocks_trainAnywaySendsAgain()
{
    QString id;
    openDatasetWithImages(15, &id);
    if (QTest::currentTestFailed())
        return;
    m_controller->currentAccount()->training()->setReconcileTiming({10ms, 20ms, std::chrono::minutes(2)});
    const QString trainPath = QStringLiteral("/v1/ideogram-v4/train-model");
    Sandbox::SandboxServer::Fault lost;
    lost.action = Sandbox::SandboxServer::Fault::Action::DropBeforeApply;
    sandbox()->injectFault("POST", trainPath, lost, 2);
    const auto train = [&] {
        QTRY_VERIFY(detailPane()->trainButton()->isEnabled());
        QTest::mouseClick(detailPane()->trainButton(), Qt::LeftButton);
        QTRY_VERIFY(window()->modelFlow()->trainDialog());
        Widgets::TrainDialog *dialog = window()->modelFlow()->trainDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "modelNameLineEdit"), QStringLiteral("lost training"));
        child<QCheckBox>(dialog, "confirmBillingCheckBox")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "trainButton"), Qt::LeftButton);
    };

    // The request never arrives: the app looks twice, then asks. Escape closes the question and unlocks.
    auto *question = window()->findChild<Widgets::ArrivalQuestion *>(QStringLiteral("arrivalQuestion"));
    QVERIFY(question);
    train();
    QTRY_COMPARE(question->currentKey(), QStringLiteral("train"));
    QVERIFY(question->isVisible());
    QVERIFY(question->findChild<QLabel *>(QStringLiteral("riskLabel"))->text().contains(QStringLiteral("bill")));
    QVERIFY(!detailPane()->trainButton()->isEnabled()); // locked while unresolved
    saveScreenshot(window(), QStringLiteral("training-not-confirmed"));
    QTest::keyClick(question, Qt::Key_Escape);
    QVERIFY(!question->isVisible());
    QTRY_VERIFY(detailPane()->trainButton()->isEnabled());
    QCOMPARE(sandbox()->requestCount("POST", trainPath), 1);

    // Again lost; this time the user chooses Train Anyway: only then does a second request go out.
    train();
    QTRY_COMPARE(question->currentKey(), QStringLiteral("train"));
    QCOMPARE(sandbox()->requestCount("POST", trainPath), 2);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("anywayButton")), Qt::LeftButton);
    QTRY_COMPARE(sandbox()->requestCount("POST", trainPath), 3);
    const auto owned = [&] {
        const QList<Core::CustomModel> models = sandbox()->models();
        return std::count_if(models.cbegin(), models.cend(), [](const Core::CustomModel &m) { return m.owned; });
    };
    QTRY_COMPARE(owned(), 1); // the sandbox's shared model aside, exactly the one the user asked for
    QTRY_VERIFY(detailPane()->trainButton()->isEnabled());
}

void ModelFlowTest::modelsPage_filter_andFinishedNotification()
{
    QString id;
    openDatasetWithImages(15, &id);
    if (QTest::currentTestFailed())
        return;
    const Core::CustomModel training = sandbox()->addTrainingModel(QStringLiteral("sneaker style"), id);
    sandbox()->scriptModelStatuses(
        training.id, {QStringLiteral("TRAINING"), QStringLiteral("WARMING_UP"), QStringLiteral("COMPLETED")});
    auto *notifier = new RecordingNotifier(window());
    window()->modelFlow()->setNotifier(notifier);
    window()->showModelsTab();
    Widgets::ModelsPage *page = window()->modelFlow()->page();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("refreshModelsButton")), Qt::LeftButton);
    QTableView *view = page->view();
    QTRY_COMPARE(view->model()->rowCount(), 2); // ours (training) and the sandbox's shared one
    QComboBox *filter = child<QComboBox>(page, "modelFilterComboBox");
    const auto rowsFor = [&](const QString &label) {
        filter->setCurrentIndex(filter->findText(label));
        return view->model()->rowCount();
    };
    QCOMPARE(rowsFor(QStringLiteral("Shared with me")), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Studio house style (shared)"));
    QCOMPARE(rowsFor(QStringLiteral("In training")), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("sneaker style"));
    QCOMPARE(rowsFor(QStringLiteral("Failed")), 0);
    QCOMPARE(rowsFor(QStringLiteral("All models")), 2);
    page->selectModel(training.id);
    saveScreenshot(window(), QStringLiteral("models-page-training"));
    QPushButton *generate = child<QPushButton>(page, "generateButton");
    QTest::qWait(50);
    const QPoint generateAt = generate->mapTo(window(), QPoint());

    // The poller follows it through an unknown status (shown raw) to the end, and says so once.
    QTRY_COMPARE(notifier->calls.size(), 1);
    QTest::qWait(50);
    // Generate stays under the pointer as the training finishes (the steps and status lines keep their room).
    QCOMPARE(generate->mapTo(window(), QPoint()), generateAt);
    QCOMPARE(notifier->calls.first().title, QStringLiteral("Model ready"));
    QCOMPARE(notifier->calls.first().body,
             QStringLiteral("“sneaker style” has finished training and can make images."));
    QCOMPARE(notifier->calls.first().subject, training.id);
    QCOMPARE(window()->statusBar()->currentMessage(), notifier->calls.first().body);
    QCOMPARE(rowsFor(QStringLiteral("Completed")), 2);
    QTest::qWait(200);
    QCOMPARE(notifier->calls.size(), 1);
    QCOMPARE(sandbox()->requestCount("GET", QStringLiteral("/models/") + training.id), 3);
    filter->setCurrentIndex(0);
    page->selectModel(training.id);
    QVERIFY(child<QLabel>(page, "trainingStepsLabel")->text().contains(QStringLiteral("✓ Finalizing")));

    // The dataset column leads back to the dataset.
    const int datasetColumn = Models::ModelListModel::DatasetColumn;
    QModelIndex cell;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == QLatin1String("sneaker style"))
            cell = view->model()->index(row, datasetColumn);
    }
    QCOMPARE(cell.data().toString(), QStringLiteral("Sneakers"));
    Q_EMIT view->activated(cell);
    QTRY_COMPARE(detailPane()->datasetId(), id);

    // A click on the notification brings the model's page to the front, with that model chosen.
    QVERIFY(!page->isVisible());
    page->selectModel(QString());
    Q_EMIT notifier->activated(training.id);
    QVERIFY(page->isVisible());
    QCOMPARE(page->currentModelId(), training.id);
}

void ModelFlowTest::finishedNotification_noServiceNoTray_windowKeepsTheMessage()
{
    // The app's own notifier, on a desktop with neither a notification service (no session bus here) nor a tray
    // (the offscreen platform has none).
    Widgets::Notifier *notifier = window()->modelFlow()->notifier();
    QVERIFY(notifier);
    QSignalSpy failed(notifier, &Widgets::Notifier::failed);
    QString id;
    openDatasetWithImages(15, &id);
    if (QTest::currentTestFailed())
        return;
    const Core::CustomModel training = sandbox()->addTrainingModel(QStringLiteral("bare desktop"), id);
    sandbox()->scriptModelStatuses(training.id, {QStringLiteral("TRAINING"), QStringLiteral("ERRORED")});
    window()->showModelsTab();
    QTest::mouseClick(window()->modelFlow()->page()->findChild<QPushButton *>(QStringLiteral("refreshModelsButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    const auto notification = failed.first().first().value<Widgets::Notification>();
    QCOMPARE(notification.title, QStringLiteral("Training failed"));
    QCOMPARE(notification.subject, training.id);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("no system tray")),
             qPrintable(failed.first().at(1).toString()));
    // The window keeps saying it, with no time limit, until the next message.
    QCOMPARE(window()->statusBar()->currentMessage(), notification.body);
    QTest::qWait(300);
    QCOMPARE(window()->statusBar()->currentMessage(), notification.body);
}

void ModelFlowTest::generate_imagesLandInTheGallery()
{
    Widgets::GeneratePanel *panel = nullptr;
    openSharedModel(&panel);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!child<QPushButton>(panel, "generateButton")->isEnabled()); // nothing to draw yet
    QTest::keyClicks(panel->promptEdit(), QStringLiteral("a <b>bold</b> sneaker on a table"));
    child<QSpinBox>(panel, "imageCountSpinBox")->setValue(3);
    QVERIFY(child<QPushButton>(panel, "generateButton")->isEnabled());
    sandbox()->withholdNextImages(1);
    QTest::mouseClick(child<QPushButton>(panel, "generateButton"), Qt::LeftButton);
    QTRY_VERIFY2(child<QLabel>(panel, "generateMessageLabel")->text().contains(QStringLiteral("Saved 2 image")),
                 qPrintable(child<QLabel>(panel, "generateMessageLabel")->text()));
    QVERIFY(child<QLabel>(panel, "generateMessageLabel")->text().contains(QStringLiteral("withheld by Ideogram")));
    QListView *gallery = child<QListView>(window()->modelFlow()->page(), "galleryView");
    QTRY_COMPARE(gallery->model()->rowCount(), 2);
    QVERIFY(gallery->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("<b>bold</b>")));
    QVERIFY(child<QPushButton>(panel, "generateButton")->isEnabled());
    saveScreenshot(window(), QStringLiteral("models-page-gallery"));
}

void ModelFlowTest::generate_cancelStopsAtOnce()
{
    // Ideogram takes its time: the answer comes 3 s after the request.
    Sandbox::SandboxServer::Fault slow;
    slow.action = Sandbox::SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 3000;
    // (The shared model is an Ideogram 4.0 one.)
    sandbox()->injectFault("POST", QStringLiteral("/v2/image/generate/ideogram-4-custom-model"), slow);
    Widgets::GeneratePanel *panel = nullptr;
    openSharedModel(&panel);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!child<QPushButton>(panel, "cancelGenerateButton")->isVisible());
    QTest::keyClicks(panel->promptEdit(), QStringLiteral("a slow sneaker"));
    QTest::mouseClick(child<QPushButton>(panel, "generateButton"), Qt::LeftButton);
    QVERIFY(child<QPushButton>(panel, "cancelGenerateButton")->isVisible());
    QVERIFY(!child<QPushButton>(panel, "generateButton")->isEnabled());
    QTRY_COMPARE(sandbox()->requestCount("POST", QStringLiteral("/v2/image/generate/ideogram-4-custom-model")), 1);
    // At once: the panel says so within the click, before any event (or the answer, 3 s away) is processed.
    QTest::mouseClick(child<QPushButton>(panel, "cancelGenerateButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(panel, "generateMessageLabel")->text(), QStringLiteral("Cancelled."));
    QVERIFY(!child<QPushButton>(panel, "cancelGenerateButton")->isVisible());
    QVERIFY(child<QPushButton>(panel, "generateButton")->isEnabled());
    QCOMPARE(child<QListView>(window()->modelFlow()->page(), "galleryView")->model()->rowCount(), 0);
}

void ModelFlowTest::generate_refusalsHaveTheirOwnMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("422 safety") << 422 << "safety check refused this prompt";
    QTest::newRow("402 billing") << 402 << "balance does not cover these images";
}

void ModelFlowTest::generate_refusalsHaveTheirOwnMessages()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    Sandbox::SandboxServer::Fault refusal;
    refusal.status = status;
    refusal.body = R"({"error":"<b>refused</b>"})";
    sandbox()->injectFault("POST", QStringLiteral("/v2/image/generate/ideogram-4-custom-model"), refusal);
    Widgets::GeneratePanel *panel = nullptr;
    openSharedModel(&panel);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClicks(panel->promptEdit(), QStringLiteral("a sneaker"));
    QTest::mouseClick(child<QPushButton>(panel, "generateButton"), Qt::LeftButton);
    QTRY_VERIFY2(child<QLabel>(panel, "generateMessageLabel")->text().contains(expected),
                 qPrintable(child<QLabel>(panel, "generateMessageLabel")->text()));
    QCOMPARE(child<QLabel>(panel, "generateMessageLabel")->textFormat(), Qt::PlainText);
    QVERIFY(child<QPushButton>(panel, "generateButton")->isEnabled()); // the prompt is kept: change it and try again
    QCOMPARE(panel->promptEdit()->toPlainText(), QStringLiteral("a sneaker"));
    QCOMPARE(sandbox()->requestCount("POST", QStringLiteral("/v2/image/generate/ideogram-4-custom-model")), 1);
}

void ModelFlowTest::price_followsOptions_oneQuoteInFlight()
{
    Widgets::GeneratePanel *panel = nullptr;
    openSharedModel(&panel);
    if (QTest::currentTestFailed())
        return;
    Core::PriceQuoter *quoter = m_controller->currentAccount()->quoter();
    quoter->setDebounce(10ms);
    const QString path = QStringLiteral("/v2/image/generate/ideogram-4-custom-model");
    child<QComboBox>(panel, "speedComboBox")
        ->setCurrentIndex(child<QComboBox>(panel, "speedComboBox")->findData(QStringLiteral("default")));
    // The first quote is slow to come back: while it is out, changes of the options send nothing more.
    Sandbox::SandboxServer::Fault slow;
    slow.action = Sandbox::SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 3000;
    slow.applies = Sandbox::SandboxServer::Fault::Applies::Quotes;
    sandbox()->injectFault("POST", path, slow);
    const int before = sandbox()->quoteRequestCount(path); // the family was asked with quotes too
    panel->promptEdit()->setPlainText(QStringLiteral("a red shoe"));
    QTRY_COMPARE(sandbox()->quoteRequestCount(path), before + 1);
    QVERIFY(quoter->isInFlight());
    QVERIFY2(child<QLabel>(panel, "priceLabel")->text().contains(QStringLiteral("Asking")),
             qPrintable(child<QLabel>(panel, "priceLabel")->text()));
    for (int count = 2; count <= 4; ++count) {
        child<QSpinBox>(panel, "imageCountSpinBox")->setValue(count);
        QTest::qWait(40); // longer than the debounce: each change would be sent at once if one could be
    }
    QVERIFY(quoter->isInFlight()); // still the first (3 s)
    QCOMPARE(sandbox()->quoteRequestCount(path), before + 1);
    // The first answer is for 1 image, no longer the request: not shown; only the newest is asked next.
    QTRY_VERIFY2_WITH_TIMEOUT(child<QLabel>(panel, "priceLabel")->text().contains(QStringLiteral(" · $0.24")),
                              qPrintable(child<QLabel>(panel, "priceLabel")->text()), 15000);
    QVERIFY(child<QLabel>(panel, "priceLabel")->text().contains(QStringLiteral("4 image")));
    QCOMPARE(sandbox()->quoteRequestCount(path), before + 2);
    QCOMPARE(
        QJsonDocument::fromJson(sandbox()->lastQuoteBody(path)).object().value(QStringLiteral("num_images")).toInt(),
        4);
    // A generation is not a quote: nothing was made.
    QCOMPARE(sandbox()->requestCount("POST", path), 0);
}

// The whole 4.0 walk through the window, with the screenshots the README's claims rest on (IDS_SCREENSHOT_DIR):
// the Train dialog with 4.0's Advanced settings, the Models page with its family column and filter, a 4.0
// generation with a stack of two and its price, and the viewer.
void ModelFlowTest::fourPointZero_trainAdvanced_familyColumn_stackWithPrice_viewer()
{
    window()->resize(1280, 800);
    QString id;
    openDatasetWithImages(20, &id);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(detailPane()->trainButton()->isEnabled());
    QTest::mouseClick(detailPane()->trainButton(), Qt::LeftButton);
    Widgets::TrainDialog *dialog = window()->modelFlow()->trainDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "modelNameLineEdit"), QStringLiteral("sneaker style"));
    child<QToolButton>(dialog, "advancedButton")->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("trainingStepsLineEdit"))->setText(QStringLiteral("2000"));
    auto *batch = dialog->findChild<QComboBox *>(QStringLiteral("batchSizeComboBox"));
    batch->setCurrentIndex(batch->findData(8));
    child<QCheckBox>(dialog, "confirmBillingCheckBox")->setChecked(true);
    QVERIFY(child<QPushButton>(dialog, "trainButton")->isEnabled());
    QTest::qWait(50);
    saveScreenshot(dialog, QStringLiteral("train-dialog-4.0-advanced"));
    QTest::mouseClick(child<QPushButton>(dialog, "trainButton"), Qt::LeftButton);
    const QString advanced = QStringLiteral("/v1/ideogram-v4/train-model-advanced");
    QTRY_COMPARE(sandbox()->requestCount("POST", advanced), 1);
    const QJsonObject sent = QJsonDocument::fromJson(sandbox()->lastBody(advanced)).object();
    QCOMPARE(sent.value(QStringLiteral("training_steps")).toInt(), 2000);
    QCOMPARE(sent.value(QStringLiteral("batch_size")).toInt(), 8);
    Widgets::ModelsPage *page = window()->modelFlow()->page();
    QTRY_COMPARE(page->currentModelId().isEmpty(), false);
    window()->showModelsTab();

    // Finished models of both families, and the shared one whose family the app must ask for.
    const Core::CustomModel main =
        sandbox()->addCompletedModel(QStringLiteral("acme sneakers"), id, 3600, Core::ModelFamily::V4);
    const Core::CustomModel light =
        sandbox()->addCompletedModel(QStringLiteral("studio light"), id, 7200, Core::ModelFamily::V4);
    const Core::CustomModel paper =
        sandbox()->addCompletedModel(QStringLiteral("paper texture"), id, 9000, Core::ModelFamily::V4);
    sandbox()->addCompletedModel(QStringLiteral("older look"), id, 12000, Core::ModelFamily::V3);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("refreshModelsButton")), Qt::LeftButton);
    QAbstractItemModel *rows = page->view()->model();
    QTRY_COMPARE(rows->rowCount(), 6);
    int familyColumn = -1;
    for (int column = 0; column < rows->columnCount(); ++column) {
        if (rows->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Family"))
            familyColumn = column;
    }
    QVERIFY(familyColumn >= 0);
    const auto rowOf = [rows](const QString &name) {
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    };
    // Not trained here: asked for with free quotes (4.0 refused, then 3.0 quoted).
    QTRY_COMPARE(rows->index(rowOf(QStringLiteral("older look")), familyColumn).data().toString(),
                 QStringLiteral("Ideogram 3.0"));
    QCOMPARE(rows->index(rowOf(QStringLiteral("sneaker style")), familyColumn).data().toString(),
             QStringLiteral("Ideogram 4.0")); // trained here: known without asking, though not finished
    // The shared model (trained elsewhere) is asked for with a free quote: 4.0.
    QTRY_COMPARE(rows->index(rowOf(QStringLiteral("Studio house style (shared)")), familyColumn).data().toString(),
                 QStringLiteral("Ideogram 4.0"));
    QComboBox *familyFilter = child<QComboBox>(page, "familyFilterComboBox");
    familyFilter->setCurrentIndex(familyFilter->findText(QStringLiteral("Ideogram 3.0")));
    QTRY_COMPARE(rows->rowCount(), 1);
    familyFilter->setCurrentIndex(0);
    QTRY_COMPARE(rows->rowCount(), 6);
    page->view()->setCurrentIndex(rows->index(rowOf(QStringLiteral("acme sneakers")), 0));
    QTRY_COMPARE(page->currentModelId(), main.id);
    QTest::qWait(50);
    saveScreenshot(window(), QStringLiteral("models-page-family"));

    Widgets::GeneratePanel *panel = child<Widgets::GeneratePanel>(page, "generatePanel");
    QTRY_COMPARE(panel->family(), Core::ModelFamily::V4);
    QVERIFY(!child<QLineEdit>(panel, "negativePromptEdit")->isVisible());
    m_controller->currentAccount()->quoter()->setDebounce(10ms);
    QTest::keyClicks(panel->promptEdit(), QStringLiteral("a red sneaker on a white table, soft light"));
    child<QSpinBox>(panel, "imageCountSpinBox")->setValue(4);
    child<QComboBox>(panel, "speedComboBox")
        ->setCurrentIndex(child<QComboBox>(panel, "speedComboBox")->findData(QStringLiteral("default")));
    QCOMPARE(child<Widgets::StackEditor>(panel, "stackEditor")->add(light.id, 0.6), QString());
    QCOMPARE(child<Widgets::StackEditor>(panel, "stackEditor")->add(paper.id), QString());
    QTRY_VERIFY2(child<QLabel>(panel, "priceLabel")->text().contains(QStringLiteral("$0.24")),
                 qPrintable(child<QLabel>(panel, "priceLabel")->text()));
    QTest::qWait(50);
    saveScreenshot(window(), QStringLiteral("generate-4.0-stack-price"));
    QApplication::setActiveWindow(window());
    QVERIFY(QTest::qWaitForWindowActive(window()));
    panel->promptEdit()->setFocus();
    QTRY_VERIFY(panel->promptEdit()->hasFocus());
    QTest::keyClick(panel->promptEdit(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter generates
    const QString generate = QStringLiteral("/v2/image/generate/ideogram-4-custom-model");
    QTRY_VERIFY2(sandbox()->requestCount("POST", generate) == 1,
                 qPrintable(child<QLabel>(panel, "generateMessageLabel")->text()));
    QVERIFY(panel->promptEdit()->hasFocus()); // the focus stays where the user works
    const QJsonObject body = QJsonDocument::fromJson(sandbox()->lastBody(generate)).object();
    QCOMPARE(body.value(QStringLiteral("stacked_custom_models")).toArray().size(), 2);
    QCOMPARE(body.value(QStringLiteral("stacked_custom_models"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("weight"))
                 .toDouble(),
             0.6);
    Widgets::GalleryPane *gallery = child<Widgets::GalleryPane>(page, "galleryPane");
    QTRY_COMPARE_WITH_TIMEOUT(child<QListView>(gallery, "galleryView")->model()->rowCount(), 4, 15000);
    QTest::qWait(300);
    saveScreenshot(window(), QStringLiteral("gallery-after-generation"));
    gallery->openViewer(0);
    // A window of its own, parented to the main window.
    auto *viewer = child<Widgets::ImageViewer>(gallery->window(), "imageViewer");
    QTRY_VERIFY(viewer->isVisible());
    QVERIFY2(viewer->detailsText().contains(QStringLiteral("studio light")), qPrintable(viewer->detailsText()));
    QTest::qWait(300);
    saveScreenshot(viewer, QStringLiteral("viewer"));
    viewer->close();
}

QTEST_MAIN(ModelFlowTest)
#include "tst_modelflow.moc"
