// The main window end to end with real objects: the service, store and models over real HTTP to the
// sandbox, driven with key presses and clicks the way a person would.
#include "../common/activewindow.h"
#include "core/api/apiclient.h"
#include "core/secrets/secretstore.h"
#include "core/services/datasetservice.h"
#include "core/services/keychecker.h"
#include "core/settings/appsettings.h"
#include "core/storage/datasetstore.h"
#include "core/validation/datasetname.h"
#include "models/datasetfilterproxy.h"
#include "models/datasetlistmodel.h"
#include "models/roles.h"
#include "sandbox/sandboxserver.h"
#include "widgets/aboutdialog.h"
#include "widgets/datasetform.h"
#include "widgets/datasetlistpane.h"
#include "widgets/datasetview.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"
#include "widgets/settingsdialog.h"
#include "widgets/uncertaincreatepanel.h"
#include "widgets/welcomepanel.h"
#include "widgets/windowmemory.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWindow>

using namespace Ids;
using Core::DatasetService;
using Sandbox::SandboxServer;
using namespace std::chrono_literals;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void create_nameAndEnter_rowAppearsSelected();
    void create_whileInFlight_buttonDisabledAndNoSecondPost();
    void create_emptyOrWhitespaceName_refusedWithReasonAndNothingSent();
    void create_unauthorized_errorBannerOpensSettings();
    void create_whileSearchHidesIt_searchClearedAndRowSelected();
    void create_outcomeUnknown_panelAsksAndCreateAnywaySends();
    void view_ctrlC_copiesDatasetId();
    void welcome_noKey_showsPanelAndSandboxButtonEmits();
    void sandboxMode_on_showsBannerAndTitle();
    void close_always_savesGeometry();
    void helpAbout_showsVersionsAndLicences();
    void textFields_clearButtonComesWithTheFirstCharacter();

private:
    int posts() const { return m_server->requestCount("POST", QStringLiteral("/datasets")); }
    Widgets::DatasetForm *form() const { return m_window->datasetForm(); }
    QLineEdit *nameEdit() const { return form()->nameLineEdit(); }
    Widgets::DatasetView *view() const { return m_window->datasetListPane()->view(); }
    QString selectedName() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Core::ApiClient> m_client;
    std::unique_ptr<Core::DatasetStore> m_store;
    std::unique_ptr<DatasetService> m_service;
    std::unique_ptr<Models::DatasetListModel> m_model;
    std::unique_ptr<Models::DatasetFilterProxy> m_proxy;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<Core::KeyChecker> m_checker;
    std::unique_ptr<Core::AppSettings> m_settings;
    std::unique_ptr<Widgets::MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void MainWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<Core::ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setApiKey(SandboxServer::defaultApiKey());
    m_store = std::make_unique<Core::DatasetStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(m_store->open());
    m_store->setScope(QStringLiteral("sandbox"));
    m_service = std::make_unique<DatasetService>(m_client.get(), m_store.get());
    m_service->setReconcileTiming({50ms, 100ms, std::chrono::minutes(2)});
    m_model = std::make_unique<Models::DatasetListModel>();
    m_proxy = std::make_unique<Models::DatasetFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_secrets = std::make_unique<Core::SecretStore>(QStringLiteral("ids-tst-mainwindow"));
    m_checker = std::make_unique<Core::KeyChecker>(m_network.get());
    m_settings = std::make_unique<Core::AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));

    m_window = std::make_unique<Widgets::MainWindow>(m_service.get(), m_model.get(), m_proxy.get(), m_secrets.get(),
                                                     m_checker.get(), m_settings.get());
    // Wired after the window, as the app does: the window hears of a new dataset before the model has it.
    connect(m_service.get(), &DatasetService::datasetCreated, m_model.get(), &Models::DatasetListModel::upsert);
    m_window->setBaseUrl(m_server->baseUrl());
    m_window->setHasApiKey(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(Tests::activate(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_proxy.reset();
    m_model.reset();
    m_checker.reset();
    m_secrets.reset();
    m_settings.reset();
    m_store.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
    m_dir.reset();
}

QString MainWindowTest::selectedName() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows(int(Models::DatasetListModel::Column::Name));
    return rows.size() == 1 ? rows.first().data().toString() : QString();
}

void MainWindowTest::create_nameAndEnter_rowAppearsSelected()
{
    QCOMPARE(QApplication::focusWidget(), nameEdit());
    QTest::keyClicks(nameEdit(), QStringLiteral("Summer shoes"));
    QVERIFY(form()->createButton()->isEnabled());
    QTest::keyClick(nameEdit(), Qt::Key_Return);

    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QTRY_COMPARE(selectedName(), QStringLiteral("Summer shoes"));
    QCOMPARE(view()->currentIndex().row(), 0);
    QVERIFY(nameEdit()->text().isEmpty()); // ready for the next name
    QVERIFY(!form()->isBusy());
    QVERIFY(m_window->datasetListPane()->emptyLabel()->isHidden());
    QCOMPARE(posts(), 1);
}

void MainWindowTest::create_whileInFlight_buttonDisabledAndNoSecondPost()
{
    SandboxServer::Fault slow;
    slow.action = SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 1000;
    m_server->injectFault("POST", QStringLiteral("/datasets"), slow);
    QSignalSpy created(m_service.get(), &DatasetService::datasetCreated);

    QTest::keyClicks(nameEdit(), QStringLiteral("Slow one"));
    QTest::mouseClick(form()->createButton(), Qt::LeftButton);
    QVERIFY(form()->isBusy());
    QVERIFY(!form()->createButton()->isEnabled());
    auto *busyWidget = form()->findChild<QWidget *>(QStringLiteral("busyWidget"));
    QVERIFY(busyWidget);
    QVERIFY(busyWidget->isVisible());

    // Everything a hurried person might do while waiting.
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTest::mouseClick(form()->createButton(), Qt::LeftButton);
    QTest::qWait(200);
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QVERIFY(!form()->createButton()->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 5000);
    QVERIFY(!busyWidget->isVisible());
    QTest::qWait(100);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_model->rowCount(), 1);
}

void MainWindowTest::create_emptyOrWhitespaceName_refusedWithReasonAndNothingSent()
{
    QVERIFY(!form()->createButton()->isEnabled());
    QVERIFY(form()->message().isEmpty()); // nobody has typed yet: no scolding
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    const QString emptyReason = Core::DatasetName::check(QString()).reason;
    QVERIFY(!emptyReason.isEmpty());
    QCOMPARE(form()->message(), emptyReason);
    auto *messageLabel = form()->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(messageLabel && messageLabel->isVisible());
    QCOMPARE(messageLabel->textFormat(), Qt::PlainText);

    QTest::keyClicks(nameEdit(), QStringLiteral("   "));
    QVERIFY(!form()->createButton()->isEnabled());
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTest::mouseClick(form()->createButton(), Qt::LeftButton);
    QCOMPARE(form()->message(), Core::DatasetName::check(QStringLiteral("   ")).reason);
    QCOMPARE(nameEdit()->accessibleDescription(), form()->message());

    QTest::qWait(200);
    QCOMPARE(m_server->requestCount("POST"), 0);
    QVERIFY(!m_service->isBusy());
}

void MainWindowTest::create_unauthorized_errorBannerOpensSettings()
{
    m_client->setApiKey(QStringLiteral("wrong-key-00000000000000"));
    Widgets::ErrorBanner *banner = m_window->errorBanner();
    QVERIFY(!banner->isVisible());

    QTest::keyClicks(nameEdit(), QStringLiteral("Locked out"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!banner->headline().isEmpty());
    QVERIFY(banner->openSettingsButton()->isVisible());
    QVERIFY(!m_service->isBusy());
    QCOMPARE(m_model->rowCount(), 0);

    // Details open on request and hold the request's facts as plain text.
    QVERIFY(!banner->detailsEdit()->isVisible());
    QTest::mouseClick(banner->detailsButton(), Qt::LeftButton);
    QVERIFY(banner->detailsEdit()->isVisible());
    QVERIFY(banner->detailsEdit()->toPlainText().contains(QStringLiteral("401")));

    QVERIFY(!m_window->settingsDialog());
    QTest::mouseClick(banner->openSettingsButton(), Qt::LeftButton);
    QVERIFY(m_window->settingsDialog());
    QTRY_VERIFY(m_window->settingsDialog()->isVisible());
    m_window->settingsDialog()->reject();
    QVERIFY(!m_window->settingsDialog());

    QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void MainWindowTest::create_whileSearchHidesIt_searchClearedAndRowSelected()
{
    m_server->addDataset(QStringLiteral("Older"));
    QLineEdit *search = m_window->datasetListPane()->searchLineEdit();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QCOMPARE(m_proxy->searchText(), QStringLiteral("zzz"));

    QTest::keyClicks(nameEdit(), QStringLiteral("Hidden by the search"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_COMPARE(selectedName(), QStringLiteral("Hidden by the search"));
    QVERIFY(search->text().isEmpty());
    QVERIFY(m_proxy->searchText().isEmpty());
}

void MainWindowTest::create_outcomeUnknown_panelAsksAndCreateAnywaySends()
{
    // A create that is never answered may or may not have been applied: the service looks, finds
    // nothing, and the window asks. A silent server rather than a dropped connection keeps this test about
    // the window: what the transport does with a dropped connection is the integration tests' business.
    SandboxServer::Fault silent;
    silent.action = SandboxServer::Fault::Action::NeverAnswer;
    m_server->injectFault("POST", QStringLiteral("/datasets"), silent);
    m_client->setTimeouts({300ms, 600ms});
    Widgets::UncertainCreatePanel *panel = m_window->uncertainCreatePanel();

    QTest::keyClicks(nameEdit(), QStringLiteral("Maybe there"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    QVERIFY(panel->text().contains(QStringLiteral("“Maybe there”")));
    QVERIFY(!form()->createButton()->isEnabled()); // the question must be answered first
    QCOMPARE(posts(), 1);

    QTest::mouseClick(panel->createAnywayButton(), Qt::LeftButton);
    QTRY_COMPARE(selectedName(), QStringLiteral("Maybe there"));
    QVERIFY(!panel->isVisible());
    QCOMPARE(posts(), 2);
    QCOMPARE(m_model->rowCount(), 1);
}

void MainWindowTest::view_ctrlC_copiesDatasetId()
{
    QTest::keyClicks(nameEdit(), QStringLiteral("Copy me"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_COMPARE(selectedName(), QStringLiteral("Copy me"));
    const QString id = m_model->datasetAt(0).id;
    QVERIFY(!id.isEmpty());

    // A compositor without a seat (headless weston, tests/wayland) keeps no clipboard: there the copy is seen in
    // the status bar only.
    QGuiApplication::clipboard()->setText(QStringLiteral("probe"));
    const bool hasClipboard = QGuiApplication::clipboard()->text() == QLatin1String("probe");
    QVERIFY(hasClipboard || QGuiApplication::platformName().startsWith(QLatin1String("wayland")));
    const QString copied = QStringLiteral("Copied the dataset ID %1.").arg(id);

    QGuiApplication::clipboard()->clear();
    m_window->statusBar()->clearMessage();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(m_window->statusBar()->currentMessage(), copied);
    if (hasClipboard)
        QCOMPARE(QGuiApplication::clipboard()->text(), id);

    QGuiApplication::clipboard()->clear();
    m_window->statusBar()->clearMessage();
    view()->copyIdAction()->trigger(); // what the context menu's item does
    QCOMPARE(m_window->statusBar()->currentMessage(), copied);
    if (hasClipboard)
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
}

void MainWindowTest::welcome_noKey_showsPanelAndSandboxButtonEmits()
{
    m_window->setHasApiKey(false);
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->welcomePanel()));
    QVERIFY(!nameEdit()->isVisible());

    QSignalSpy sandbox(m_window.get(), &Widgets::MainWindow::sandboxRequested);
    QTest::mouseClick(m_window->welcomePanel()->sandboxButton(), Qt::LeftButton);
    QCOMPARE(sandbox.count(), 1);

    QTest::mouseClick(m_window->welcomePanel()->enterKeyButton(), Qt::LeftButton);
    QVERIFY(m_window->settingsDialog());
    m_window->settingsDialog()->reject();

    m_window->setHasApiKey(true);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("workspaceTabs"));
    QVERIFY(nameEdit()->isVisible());
}

void MainWindowTest::sandboxMode_on_showsBannerAndTitle()
{
    QVERIFY(!m_window->sandboxBanner()->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Ideogram Datasets"));
    m_window->setSandboxMode(true);
    QVERIFY(m_window->sandboxBanner()->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Sandbox")));
    m_window->setSandboxMode(false);
    QVERIFY(!m_window->sandboxBanner()->isVisible());
}

void MainWindowTest::close_always_savesGeometry()
{
    QVERIFY(m_settings->lastWindowScreen().isEmpty());
    m_window->close();
    // Saved for the screen it was on (tst_windowmemory checks what is saved and restored).
    QCOMPARE(m_settings->lastWindowScreen(), Widgets::WindowMemory::screenKey(m_window->screen()));
    QVERIFY(!m_settings->windowGeometry(m_settings->lastWindowScreen()).isEmpty());
    QVERIFY(!m_settings->windowState(m_settings->lastWindowScreen()).isEmpty());
}

void MainWindowTest::helpAbout_showsVersionsAndLicences()
{
    auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    Widgets::AboutDialog *dialog = m_window->aboutDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Placed by the window system over the main window: on Wayland, where a client cannot place a window, the
    // compositor does it for a dialog whose parent it knows.
    QVERIFY(dialog->windowHandle());
    QCOMPARE(dialog->windowHandle()->transientParent(), m_window->windowHandle());
    QCOMPARE(dialog->versionLabel()->text(), QStringLiteral("Ideogram Datasets %1").arg(QStringLiteral(IDS_VERSION)));
    // The Qt the app runs on (the system's), and the one it was built with.
    QVERIFY(dialog->qtVersionLabel()->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(dialog->qtVersionLabel()->text().contains(QStringLiteral(QT_VERSION_STR)));

    // Each licence with its full text: the app's, Qt's LGPL with the GPL it builds on, QtKeychain's.
    const struct
    {
        const char *component;
        QStringList phrases;
    } expected[] = {
        {"Ideogram Datasets", {QStringLiteral("MIT License"), QStringLiteral("The Ideogram Datasets developers")}},
        {"Qt ",
         {QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE"), QStringLiteral("GNU GENERAL PUBLIC LICENSE"),
          QStringLiteral("Version 3, 29 June 2007")}},
        {"QtKeychain ", {QStringLiteral("Frank Osterfeld"), QStringLiteral("Redistribution and use in source")}},
    };
    QListWidget *list = dialog->licenceList();
    QCOMPARE(list->count(), int(std::size(expected)));
    for (int row = 0; row < list->count(); ++row) {
        QVERIFY2(list->item(row)->text().startsWith(QLatin1String(expected[row].component)),
                 qPrintable(list->item(row)->text()));
        list->setCurrentRow(row);
        QVERIFY(!dialog->licenceNoteLabel()->text().isEmpty());
        for (const QString &phrase : expected[row].phrases)
            QVERIFY2(dialog->licenceText()->toPlainText().contains(phrase), qPrintable(phrase));
    }
    QVERIFY(list->item(1)->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(list->item(2)->text().contains(Widgets::AboutDialog::qtKeychainVersion()));
    QVERIFY(!Widgets::AboutDialog::qtKeychainVersion().isEmpty());

    // Asking again brings the open one forward instead of a second box.
    about->trigger();
    QCOMPARE(m_window->findChildren<Widgets::AboutDialog *>().size(), 1);
    dialog->close();
}

void MainWindowTest::textFields_clearButtonComesWithTheFirstCharacter()
{
    // Set on first typing rather than at start (its theme icon would delay the first window), with the same
    // result for the user: the button only ever shows over text.
    for (QLineEdit *edit : {nameEdit(), m_window->datasetListPane()->searchLineEdit()}) {
        QVERIFY(!edit->isClearButtonEnabled());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY(edit->isClearButtonEnabled());
        edit->clear();
    }
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
