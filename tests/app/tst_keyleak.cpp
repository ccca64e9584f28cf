// A whole sandbox session of the real app object graph with debug logging on everywhere: enter the key in
// Settings, test it, save it, create datasets, upload files, train, generate, meet a server error and a
// rejected key. The wrapper script
// (tests/secrets/run_with_temp_home.sh) then searches everything written under the throw-away home, and this
// process's output, for the key in plain, base64 and percent-encoded form. CTest runs it with
// -maxwarnings 0 (Qt Test would stop printing after 2,000 messages, about a third of the session) and the
// wrapper fails unless the output holds SessionOverLine, this test's last line.
#include "../common/requirement.h"
#include "app/appcontroller.h"
#include "core/logging/logredactor.h"
#include "sandbox/sandboxserver.h"
#include "widgets/datasetdetailpane.h"
#include "widgets/errorbanner.h"
#include "widgets/generatepanel.h"
#include "widgets/mainwindow.h"
#include "widgets/modelflow.h"
#include "widgets/modelspage.h"
#include "widgets/settingsdialog.h"
#include "widgets/traindialog.h"
#include "widgets/uncertaincreatepanel.h"
#include "widgets/uploaddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {
// Printed once everything above has run and the app's objects are gone; tests/CMakeLists.txt passes the same
// text to the wrapper's --last-line.
constexpr char SessionOverLine[] = "keyleak: the session is over";
} // namespace

class KeyLeakTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sandboxSession_keyAppearsNowhere();
};

void KeyLeakTest::initTestCase()
{
    IDS_REQUIRE(qEnvironmentVariableIsSet("IDS_TEST_SANDBOX_HOME"),
                "to run through tests/secrets/run_with_temp_home.sh, which searches what was written");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    Ids::Core::LogRedactor::install();
}

void KeyLeakTest::sandboxSession_keyAppearsNowhere()
{
    const QString key = qEnvironmentVariable("IDS_TEST_KEY");
    QVERIFY(key.size() >= 16);
    SandboxServer server;
    server.setAcceptedApiKey(key);
    QVERIFY(server.start());

    Ids::App::LaunchOptions options;
    options.baseUrlOverride = server.baseUrl();
    options.databasePath =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/datasets.sqlite");
    // A create whose answer is lost is looked for after 200 ms and 400 ms instead of 5 s and 10 s, so that
    // the whole reconciliation runs (and logs) inside the session.
    options.reconcileTiming = {200ms, 400ms, std::chrono::minutes(2)};
    {
        Ids::App::AppController controller(options);
        QString error;
        QVERIFY2(controller.start(&error), qPrintable(error));
        Ids::Widgets::MainWindow *window = controller.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(!window->hasApiKey()); // a fresh keyring holds no key

        // Enter, test and save the key the way a person does.
        window->openSettings();
        QTRY_VERIFY(window->settingsDialog());
        Ids::Widgets::SettingsDialog *dialog = window->settingsDialog();
        auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyLineEdit"));
        QVERIFY(keyEdit);
        QTest::keyClicks(keyEdit, QStringLiteral("  ") + key + QStringLiteral(" "));
        auto *testButton = dialog->findChild<QPushButton *>(QStringLiteral("testKeyButton"));
        QVERIFY(testButton);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_COMPARE(server.requestCount("GET", QStringLiteral("/datasets")), 1);
        auto *saveButton = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(saveButton);
        QTRY_VERIFY(saveButton->isEnabled());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_VERIFY(window->hasApiKey());

        // Create twice: one success, one server error; then the key is revoked.
        auto *nameEdit = window->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        QVERIFY(nameEdit);
        QTest::keyClicks(nameEdit, QStringLiteral("Leak check"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(server.datasets().size(), 1); // the key really went to the server
        // The app has the answer once the new row is in the list; files can only be dropped on a row.
        const QString datasetId = server.datasets().first().id;
        auto *list = window->findChild<QAbstractItemView *>(QStringLiteral("datasetTreeView"));
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Leak check"));

        // Upload two images with a caption through the review sheet: the multipart path, the upload journal,
        // the thumbnails in the database.
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        QStringList paths;
        for (const char *name : {"leak-a.png", "leak-b.png"}) {
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(Qt::darkGreen);
            const QString path = pictures + QLatin1Char('/') + QLatin1String(name);
            QVERIFY(image.save(path));
            paths.append(path);
        }
        QFile caption(pictures + QStringLiteral("/leak-a.txt"));
        QVERIFY(caption.open(QIODevice::WriteOnly));
        caption.write("a green rectangle");
        caption.close();
        paths.append(caption.fileName());
        window->addFiles(datasetId, paths);
        QTRY_VERIFY(window->uploadDialog() && !window->uploadDialog()->isScanning()
                    && window->uploadDialog()->uploadButton()->isEnabled());
        window->uploadDialog()->startUpload();
        QTRY_COMPARE_WITH_TIMEOUT(server.files(datasetId).size(), 2, 10000);
        QTRY_VERIFY(window->uploadDialog()->closeButton()->isEnabled());
        window->uploadDialog()->close();

        // Train from the dataset and generate with a finished model: the training journal, the models table,
        // the generated images and their sidecars.
        server.addImages(datasetId, 15);
        QTRY_VERIFY(window->modelFlow());
        window->openDataset(datasetId);
        QTRY_VERIFY(window->datasetDetailPane()->trainButton()->isEnabled());
        QTest::mouseClick(window->datasetDetailPane()->trainButton(), Qt::LeftButton);
        QTRY_VERIFY(window->modelFlow()->trainDialog());
        Ids::Widgets::TrainDialog *train = window->modelFlow()->trainDialog();
        QTest::keyClicks(train->nameLineEdit(), QStringLiteral("leak check model"));
        train->confirmCheckBox()->setChecked(true);
        QTest::mouseClick(train->trainButton(), Qt::LeftButton);
        QTRY_COMPARE(server.models().size(), 1);
        server.addCompletedModel(QStringLiteral("leak ready model"), datasetId);
        window->showModelsTab();
        Ids::Widgets::ModelsPage *page = window->modelsPage();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("refreshModelsButton")), Qt::LeftButton);
        QTRY_COMPARE(page->view()->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            if (page->view()->model()->index(row, 0).data().toString() == QLatin1String("leak ready model"))
                page->view()->setCurrentIndex(page->view()->model()->index(row, 0));
        }
        Ids::Widgets::GeneratePanel *generate = page->generatePanel();
        QTRY_VERIFY(generate->promptEdit()->isEnabled());
        QTest::keyClicks(generate->promptEdit(), QStringLiteral("a leak-proof bucket"));
        QTest::mouseClick(generate->generateButton(), Qt::LeftButton);
        QTRY_COMPARE(generate->galleryView()->model()->rowCount(), 1);
        window->showDatasetsTab();

        SandboxServer::Fault boom;
        boom.status = 500;
        boom.body = R"({"error":"boom"})";
        server.injectFault("POST", QStringLiteral("/datasets"), boom);
        auto *banner = window->errorBanner();
        QVERIFY(banner);
        nameEdit->clear();
        QTest::keyClicks(nameEdit, QStringLiteral("Server error"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(server.requestCount("POST"), 5); // create, upload, train, generate, create
        // A 500 may have been applied: the app lists the datasets twice (the two checks of ReconcileTiming),
        // finds none of that name, and asks. It never posts again.
        const int listsBefore = server.exactRequestCount("GET", QStringLiteral("/datasets"));
        Ids::Widgets::UncertainCreatePanel *question = window->uncertainCreatePanel();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->text().contains(QStringLiteral("Server error")), qPrintable(question->text()));
        QCOMPARE(server.exactRequestCount("GET", QStringLiteral("/datasets")), listsBefore + 2);
        QCOMPARE(server.requestCount("POST"), 5);

        // The key is revoked on the server side: testing it again is refused with 401, and Settings says so.
        server.setAcceptedApiKey(QStringLiteral("another-key-000000000000"));
        window->openSettings();
        QTRY_VERIFY(window->settingsDialog());
        const int keyChecksBefore = server.exactRequestCount("GET", QStringLiteral("/datasets"));
        auto *recheck = window->settingsDialog()->findChild<QPushButton *>(QStringLiteral("testKeyButton"));
        QVERIFY(recheck);
        QTRY_VERIFY(recheck->isEnabled());
        QTest::mouseClick(recheck, Qt::LeftButton);
        auto *result = window->settingsDialog()->findChild<QLabel *>(QStringLiteral("testResultLabel"));
        QVERIFY(result);
        QTRY_COMPARE(result->text(), QStringLiteral("Ideogram rejected this key."));
        QCOMPARE(server.exactRequestCount("GET", QStringLiteral("/datasets")), keyChecksBefore + 1);
        window->settingsDialog()->reject();
    }
    QCOMPARE(server.requestCount("POST"), 5);
    qInfo("%s", SessionOverLine);
}

QTEST_MAIN(KeyLeakTest)
#include "tst_keyleak.moc"
