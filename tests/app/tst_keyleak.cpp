// A whole two-account session of the real app object graph with debug logging on everywhere, against two
// sandbox servers that each accept only their own key: enter both accounts in File → Accounts… (name,
// address, key, Test key, Save), then in the first create datasets, upload files, train, generate, meet a
// server error; switch to the second and create there; switch back and meet a rejected key. Each server must
// have seen only its own key. The wrapper script
// (tests/secrets/run_with_temp_home.sh) then searches everything written under the throw-away home, and this
// process's output, for both keys in plain, base64 and percent-encoded form. CTest runs it with
// -maxwarnings 0 (Qt Test would stop printing after 2,000 messages, about a third of the session) and the
// wrapper fails unless the output holds SessionOverLine, this test's last line. Last, a third account is
// tested through an HTTPS proxy (https_proxy, honoured as main() does) at an address whose certificate nobody
// trusts: the TLS failure is said, and neither a request nor the key gets past the handshake.
#include "../common/connectproxy.h"
#include "../common/httpstestserver.h"
#include "../common/requirement.h"
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/accounts/accountmanager.h"
#include "core/api/systemproxy.h"
#include "core/logging/logredactor.h"
#include "core/services/syncservice.h"
#include "sandbox/sandboxserver.h"
#include "widgets/accountsdialog.h"
#include "widgets/accountswitcher.h"
#include "widgets/arrivalquestion.h"
#include "widgets/datasetdetailpane.h"
#include "widgets/datasetflow.h"
#include "widgets/errorbanner.h"
#include "widgets/gallerypane.h"
#include "widgets/generatepanel.h"
#include "widgets/mainwindow.h"
#include "widgets/modelflow.h"
#include "widgets/modelspage.h"
#include "widgets/traindialog.h"
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

using Ids::Tests::child;

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
    void twoAccountSession_eachKeyOnlyToItsOwnAddress_andNowhereElse();
};

void KeyLeakTest::initTestCase()
{
    IDS_REQUIRE(qEnvironmentVariableIsSet("IDS_TEST_SANDBOX_HOME"),
                "to run through tests/secrets/run_with_temp_home.sh, which searches what was written");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    Ids::Core::LogRedactor::install();
    // The proxy comes from the environment, as libproxy reads it outside a desktop session; main() turns the
    // system's proxy settings on the same way.
    for (const char *variable :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION", "http_proxy",
          "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(variable);
    Ids::Core::SystemProxy::use();
}

void KeyLeakTest::twoAccountSession_eachKeyOnlyToItsOwnAddress_andNowhereElse()
{
    const QString key = qEnvironmentVariable("IDS_TEST_KEY");
    const QString keyB = qEnvironmentVariable("IDS_TEST_KEY2");
    QVERIFY(key.size() >= 16 && keyB.size() >= 16 && key != keyB);
    SandboxServer server;
    server.setAcceptedApiKey(key);
    QVERIFY(server.start());
    SandboxServer serverB;
    serverB.setAcceptedApiKey(keyB);
    QVERIFY(serverB.start());

    Ids::App::LaunchOptions options;
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
        QVERIFY(QTest::qWaitForWindowExposed(window, 30000));
        QTRY_VERIFY(!window->hasApiKey()); // a fresh keyring holds no key

        // Enter both accounts the way a person does: name, address (Advanced), key, Test key, Save.
        const auto enterAccount = [&](const QString &name, const SandboxServer &target, const QString &accountKey) {
            Ids::Widgets::AccountsDialog *dialog = window->accountsDialog();
            QVERIFY(dialog);
            auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"));
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"));
            auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyLineEdit"));
            auto *testButton = dialog->findChild<QPushButton *>(QStringLiteral("testKeyButton"));
            auto *saveButton = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
            QVERIFY(nameEdit && address && keyEdit && testButton && saveButton);
            nameEdit->setText(name);
            address->setText(target.baseUrl().toString());
            QTest::keyClicks(keyEdit, QStringLiteral("  ") + accountKey + QStringLiteral(" "));
            const int checks = target.exactRequestCount("GET", QStringLiteral("/datasets"));
            QTRY_VERIFY(testButton->isEnabled());
            QTest::mouseClick(testButton, Qt::LeftButton);
            QTRY_COMPARE(target.exactRequestCount("GET", QStringLiteral("/datasets")), checks + 1);
            QTRY_VERIFY(saveButton->isEnabled());
            QTest::mouseClick(saveButton, Qt::LeftButton);
        };
        window->openAccounts();
        QTRY_VERIFY(window->accountsDialog());
        enterAccount(QStringLiteral("Client A"), server, key);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(window->hasApiKey());
        QTest::mouseClick(window->accountsDialog()->findChild<QPushButton *>(QStringLiteral("addAccountButton")),
                          Qt::LeftButton);
        enterAccount(QStringLiteral("Client B"), serverB, keyB);
        if (QTest::currentTestFailed())
            return;
        window->accountsDialog()->reject();
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("Client A (key …")));

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
        window->datasetFlow()->addFiles(datasetId, paths);
        QTRY_VERIFY(window->datasetFlow()->uploadDialog() && !window->datasetFlow()->uploadDialog()->isScanning()
                    && child<QPushButton>(window->datasetFlow()->uploadDialog(), "uploadButton")->isEnabled());
        window->datasetFlow()->uploadDialog()->startUpload();
        QTRY_COMPARE_WITH_TIMEOUT(server.files(datasetId).size(), 2, 10000);
        QTRY_VERIFY(child<QPushButton>(window->datasetFlow()->uploadDialog(), "closeButton")->isEnabled());
        window->datasetFlow()->uploadDialog()->close();

        // Train from the dataset and generate with a finished model: the training journal, the models table,
        // the generated images and their sidecars.
        server.addImages(datasetId, 15);
        QTRY_VERIFY(window->modelFlow());
        window->datasetFlow()->openDataset(datasetId);
        QTRY_VERIFY(window->findChild<Ids::Widgets::DatasetDetailPane *>(QStringLiteral("datasetDetailPane"))
                        ->trainButton()
                        ->isEnabled());
        QTest::mouseClick(
            window->findChild<Ids::Widgets::DatasetDetailPane *>(QStringLiteral("datasetDetailPane"))->trainButton(),
            Qt::LeftButton);
        QTRY_VERIFY(window->modelFlow()->trainDialog());
        Ids::Widgets::TrainDialog *train = window->modelFlow()->trainDialog();
        QTest::keyClicks(child<QLineEdit>(train, "modelNameLineEdit"), QStringLiteral("leak check model"));
        child<QCheckBox>(train, "confirmBillingCheckBox")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(train, "trainButton"), Qt::LeftButton);
        QTRY_COMPARE(server.models().size(), 1);
        server.addCompletedModel(QStringLiteral("leak ready model"), datasetId);
        window->showModelsTab();
        Ids::Widgets::ModelsPage *page = window->modelFlow()->page();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("refreshModelsButton")), Qt::LeftButton);
        QTRY_COMPARE(page->view()->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            if (page->view()->model()->index(row, 0).data().toString() == QLatin1String("leak ready model"))
                page->view()->setCurrentIndex(page->view()->model()->index(row, 0));
        }
        Ids::Widgets::GeneratePanel *generate = child<Ids::Widgets::GeneratePanel>(page, "generatePanel");
        QTRY_VERIFY(generate->promptEdit()->isEnabled());
        QTest::keyClicks(generate->promptEdit(), QStringLiteral("a leak-proof bucket"));
        QTest::mouseClick(child<QPushButton>(generate, "generateButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QListView>(page, "galleryView")->model()->rowCount(), 1);
        window->showDatasetsTab();

        SandboxServer::Fault boom;
        boom.status = 500;
        boom.body = R"({"error":"boom"})";
        server.injectFault("POST", QStringLiteral("/datasets"), boom);
        auto *banner = window->findChild<Ids::Widgets::ErrorBanner *>(QStringLiteral("errorBanner"));
        QVERIFY(banner);
        nameEdit->clear();
        QTest::keyClicks(nameEdit, QStringLiteral("Server error"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(server.requestCount("POST"), 5); // create, upload, train, generate, create
        // A 500 may have been applied: the app lists the datasets twice (the two checks of ReconcileTiming),
        // finds none of that name, and asks. It never posts again.
        const int listsBefore = server.exactRequestCount("GET", QStringLiteral("/datasets"));
        auto *question = window->findChild<Ids::Widgets::ArrivalQuestion *>(QStringLiteral("arrivalQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->text().contains(QStringLiteral("Server error")), qPrintable(question->text()));
        QCOMPARE(server.exactRequestCount("GET", QStringLiteral("/datasets")), listsBefore + 2);
        QCOMPARE(server.requestCount("POST"), 5);

        // The second account: switched to from the menu, a dataset created there, with its own key only.
        QList<QAction *> switches = window->accountSwitcher()->accountActions();
        QVERIFY(switches.size() == 3);
        switches.at(1)->trigger();
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("Client B (key …")));
        QTRY_COMPARE(list->model()->rowCount(), 0); // nothing of Client A shows here
        QTRY_VERIFY(nameEdit->isEnabled());
        nameEdit->clear();
        QTest::keyClicks(nameEdit, QStringLiteral("B's own"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(serverB.datasets().size(), 1);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        window->accountSwitcher()->accountActions().at(0)->trigger();
        QTRY_COMPARE(list->model()->rowCount(), 1); // Client A's own, from its database
        // Showing an account reads its list again; that read is over before the key is tested below.
        QTRY_VERIFY(!controller.currentAccount()->sync()->isRefreshing());
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(list->model()->index(row, 0).data().toString() != QLatin1String("B's own"));

        // The key is revoked on the server side: testing it again is refused with 401, and Accounts says so.
        server.setAcceptedApiKey(QStringLiteral("another-key-000000000000"));
        window->openAccounts();
        QTRY_VERIFY(window->accountsDialog());
        const int keyChecksBefore = server.exactRequestCount("GET", QStringLiteral("/datasets"));
        auto *recheck = window->accountsDialog()->findChild<QPushButton *>(QStringLiteral("testKeyButton"));
        QVERIFY(recheck);
        QTRY_VERIFY(recheck->isEnabled());
        QTest::mouseClick(recheck, Qt::LeftButton);
        auto *result = window->accountsDialog()->findChild<QLabel *>(QStringLiteral("testResultLabel"));
        QVERIFY(result);
        QTRY_COMPARE(result->text(), QStringLiteral("Ideogram rejected this key."));
        QCOMPARE(server.exactRequestCount("GET", QStringLiteral("/datasets")), keyChecksBefore + 1);

        // A third account, reached through an HTTPS proxy, at an address whose certificate it made for itself:
        // the key is typed and tested like the others; the proxy tunnels, the handshake fails, the sentence
        // says why, and the server behind it never sees a request or the key.
        HttpsTestServer untrusted;
        QVERIFY(untrusted.start(QStringLiteral(IDS_TEST_CERTIFICATES "/selfsigned")));
        ConnectProxy proxy;
        QVERIFY(proxy.start(untrusted.port()));
        qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
        QTest::mouseClick(window->accountsDialog()->findChild<QPushButton *>(QStringLiteral("addAccountButton")),
                          Qt::LeftButton);
        {
            Ids::Widgets::AccountsDialog *dialog = window->accountsDialog();
            auto *nameEdit3 = dialog->findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"));
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"));
            auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyLineEdit"));
            auto *testButton = dialog->findChild<QPushButton *>(QStringLiteral("testKeyButton"));
            QVERIFY(nameEdit3 && address && keyEdit && testButton);
            nameEdit3->setText(QStringLiteral("Client C"));
            // api.ideogram.test is reserved (no DNS answers it): only the proxy can reach it.
            address->setText(untrusted.url(QStringLiteral("api.ideogram.test")).toString());
            QTest::keyClicks(keyEdit, key);
            QTRY_VERIFY(testButton->isEnabled());
            QTest::mouseClick(testButton, Qt::LeftButton);
            QTRY_VERIFY2(result->text().contains(QLatin1String("certificate it made for itself")),
                         qPrintable(result->text()));
        }
        QVERIFY(proxy.tunnels() >= 1); // the request took the proxy's way
        QCOMPARE(proxy.connects().first().target,
                 QByteArray("api.ideogram.test:") + QByteArray::number(untrusted.port()));
        QCOMPARE(untrusted.requests().size(), 0);
        QCOMPARE(untrusted.requestsWithApiKey(), 0);
        qunsetenv("https_proxy");
        window->accountsDialog()->reject();
    }
    // Each server saw its own key and no other.
    QCOMPARE(server.receivedApiKeys(), QSet<QString> {key});
    QCOMPARE(serverB.receivedApiKeys(), QSet<QString> {keyB});
    QCOMPARE(serverB.requestCount("POST"), 1);
    QCOMPARE(server.requestCount("POST"), 5);
    qInfo("%s", SessionOverLine);
}

QTEST_MAIN(KeyLeakTest)
#include "tst_keyleak.moc"
