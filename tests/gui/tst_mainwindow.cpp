// The main window end to end with the app's real object graph in the sandbox account: the account's
// services and store over real HTTP to the sandbox, driven with key presses and clicks the way a person
// would. Widgets are reached by their object names (findChild), as a person reaches them by what they see.
#include "../common/activewindow.h"
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/accounts/accountlist.h"
#include "core/accounts/accountmanager.h"
#include "core/api/apiclient.h"
#include "core/services/datasetservice.h"
#include "core/settings/appsettings.h"
#include "core/validation/datasetname.h"
#include "models/datasetfilterproxy.h"
#include "models/datasetlistmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/aboutdialog.h"
#include "widgets/arrivalquestion.h"
#include "widgets/datasetflow.h"
#include "widgets/datasetform.h"
#include "widgets/datasetview.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"
#include "widgets/windowmemory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    void create_selectedWhenTheServiceSaysSo_noRetryNeeded();
    void create_whileInFlight_buttonDisabledAndNoSecondPost();
    void create_emptyOrWhitespaceName_refusedWithReasonAndNothingSent();
    void create_unauthorized_errorBannerOpensAccounts();
    void create_whileSearchHidesIt_searchClearedAndRowSelected();
    void create_outcomeUnknown_questionAsksAndCreateAnywaySends();
    void view_ctrlC_copiesDatasetId();
    void welcome_noKey_showsPanelAndSandboxButtonSwitches();
    void title_andStatusBar_nameWhoPays();
    void close_always_savesGeometry();
    void helpAbout_showsVersionsAndLicences();
    void textFields_clearButtonComesWithTheFirstCharacter();

private:
    template<typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }
    int posts() const { return m_server->requestCount("POST", QStringLiteral("/datasets")); }
    QLineEdit *nameEdit() const { return child<QLineEdit>(QStringLiteral("nameLineEdit")); }
    QPushButton *createButton() const { return child<QPushButton>(QStringLiteral("createButton")); }
    Widgets::DatasetForm *form() const { return child<Widgets::DatasetForm>(QStringLiteral("datasetForm")); }
    Widgets::DatasetView *view() const { return child<Widgets::DatasetView>(QStringLiteral("datasetTreeView")); }
    Models::DatasetListModel *model() const { return m_window->datasetFlow()->model(); }
    Core::Account *account() const { return m_controller->currentAccount(); }
    QString selectedName() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App::AppController> m_controller;
    Widgets::MainWindow *m_window = nullptr;
    SandboxServer *m_server = nullptr;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void MainWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    App::LaunchOptions options;
    options.sandbox = true;
    options.databasePath = m_dir->filePath(QStringLiteral("db.sqlite"));
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.reconcileTiming = {50ms, 100ms, std::chrono::minutes(2)};
    m_controller = std::make_unique<App::AppController>(options);
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    m_window = m_controller->window();
    m_server = m_controller->sandbox();
    QVERIFY(m_server);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window, 30000));
    QVERIFY(Tests::activate(m_window));
    QVERIFY(nameEdit() && createButton() && form() && view());
}

void MainWindowTest::cleanup()
{
    m_controller.reset();
    m_window = nullptr;
    m_server = nullptr;
    m_dir.reset();
}

QString MainWindowTest::selectedName() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows(int(Models::DatasetListModel::Column::Name));
    return rows.size() == 1 ? rows.first().data().toString() : QString();
}

void MainWindowTest::create_nameAndEnter_rowAppearsSelected()
{
    QTRY_COMPARE(QApplication::focusWidget(), nameEdit());
    QTest::keyClicks(nameEdit(), QStringLiteral("Summer shoes"));
    QVERIFY(createButton()->isEnabled());
    QTest::keyClick(nameEdit(), Qt::Key_Return);

    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QTRY_COMPARE(selectedName(), QStringLiteral("Summer shoes"));
    QCOMPARE(view()->currentIndex().row(), 0);
    QVERIFY(nameEdit()->text().isEmpty()); // ready for the next name
    QVERIFY(!form()->isBusy());
    QVERIFY(child<QLabel>(QStringLiteral("emptyLabel"))->isHidden());
    QCOMPARE(posts(), 1);
}

void MainWindowTest::create_selectedWhenTheServiceSaysSo_noRetryNeeded()
{
    // The service's "created" is heard in one place, which adds the row and then selects it: by the time the
    // signal has been delivered (this connection comes after the flow's), the row is there and selected.
    // No later retry exists to rescue an order that went wrong.
    QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
    QString selectedWhenCreated;
    int rowsWhenCreated = -1;
    connect(account()->datasets(), &DatasetService::datasetCreated, this, [&](const Core::Dataset &) {
        selectedWhenCreated = selectedName();
        rowsWhenCreated = model()->rowCount();
    });
    QTest::keyClicks(nameEdit(), QStringLiteral("At once"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_COMPARE(rowsWhenCreated, 1);
    QCOMPARE(selectedWhenCreated, QStringLiteral("At once"));
    QCOMPARE(inserted.count(), 1); // one row, added once
}

void MainWindowTest::create_whileInFlight_buttonDisabledAndNoSecondPost()
{
    SandboxServer::Fault slow;
    slow.action = SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 1000;
    m_server->injectFault("POST", QStringLiteral("/datasets"), slow);
    QSignalSpy created(account()->datasets(), &DatasetService::datasetCreated);

    QTest::keyClicks(nameEdit(), QStringLiteral("Slow one"));
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QVERIFY(form()->isBusy());
    QVERIFY(!createButton()->isEnabled());
    auto *busyWidget = form()->findChild<QWidget *>(QStringLiteral("busyWidget"));
    QVERIFY(busyWidget);
    QVERIFY(busyWidget->isVisible());

    // Everything a hurried person might do while waiting.
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTest::qWait(200);
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QVERIFY(!createButton()->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 5000);
    QVERIFY(!busyWidget->isVisible());
    QTest::qWait(100);
    QCOMPARE(posts(), 1);
    QCOMPARE(model()->rowCount(), 1);
}

void MainWindowTest::create_emptyOrWhitespaceName_refusedWithReasonAndNothingSent()
{
    QVERIFY(!createButton()->isEnabled());
    QVERIFY(form()->message().isEmpty()); // nobody has typed yet: no scolding
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    const QString emptyReason = Core::DatasetName::check(QString()).reason;
    QVERIFY(!emptyReason.isEmpty());
    QCOMPARE(form()->message(), emptyReason);
    auto *messageLabel = form()->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(messageLabel && messageLabel->isVisible());
    QCOMPARE(messageLabel->textFormat(), Qt::PlainText);

    QTest::keyClicks(nameEdit(), QStringLiteral("   "));
    QVERIFY(!createButton()->isEnabled());
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(form()->message(), Core::DatasetName::check(QStringLiteral("   ")).reason);
    QCOMPARE(nameEdit()->accessibleDescription(), form()->message());

    QTest::qWait(200);
    QCOMPARE(m_server->requestCount("POST"), 0);
    QVERIFY(!account()->datasets()->isBusy());
}

void MainWindowTest::create_unauthorized_errorBannerOpensAccounts()
{
    account()->client()->setApiKey(QStringLiteral("wrong-key-00000000000000"));
    auto *banner = child<Widgets::ErrorBanner>(QStringLiteral("errorBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    QTest::keyClicks(nameEdit(), QStringLiteral("Locked out"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!banner->headline().isEmpty());
    auto *openAccounts = banner->findChild<QPushButton *>(QStringLiteral("openSettingsButton"));
    QVERIFY(openAccounts && openAccounts->isVisible());
    QVERIFY(!account()->datasets()->isBusy());
    QCOMPARE(model()->rowCount(), 0);

    // Details open on request and hold the request's facts as plain text.
    auto *details = banner->findChild<QPlainTextEdit *>(QStringLiteral("detailsPlainTextEdit"));
    QVERIFY(details && !details->isVisible());
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("detailsButton")), Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(details->toPlainText().contains(QStringLiteral("401")));

    QVERIFY(!child<QDialog>(QStringLiteral("accountsDialog")));
    QTest::mouseClick(openAccounts, Qt::LeftButton);
    auto *dialog = child<QDialog>(QStringLiteral("accountsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!child<QDialog>(QStringLiteral("accountsDialog")));

    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void MainWindowTest::create_whileSearchHidesIt_searchClearedAndRowSelected()
{
    m_server->addDataset(QStringLiteral("Older"));
    auto *search = child<QLineEdit>(QStringLiteral("searchLineEdit"));
    auto *proxy = qobject_cast<Models::DatasetFilterProxy *>(view()->model());
    QVERIFY(search && proxy);
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QCOMPARE(proxy->searchText(), QStringLiteral("zzz"));

    QTest::keyClicks(nameEdit(), QStringLiteral("Hidden by the search"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_COMPARE(selectedName(), QStringLiteral("Hidden by the search"));
    QVERIFY(search->text().isEmpty());
    QVERIFY(proxy->searchText().isEmpty());
}

void MainWindowTest::create_outcomeUnknown_questionAsksAndCreateAnywaySends()
{
    // A create that is never answered may or may not have been applied: the service looks, finds
    // nothing, and the window asks. A silent server rather than a dropped connection keeps this test about
    // the window: what the transport does with a dropped connection is the integration tests' business.
    SandboxServer::Fault silent;
    silent.action = SandboxServer::Fault::Action::NeverAnswer;
    m_server->injectFault("POST", QStringLiteral("/datasets"), silent);
    account()->client()->setTimeouts({300ms, 600ms});
    auto *question = child<Widgets::ArrivalQuestion>(QStringLiteral("arrivalQuestion"));
    QVERIFY(question);

    QTest::keyClicks(nameEdit(), QStringLiteral("Maybe there"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), 10000);
    QVERIFY(question->text().contains(QStringLiteral("“Maybe there”")));
    QVERIFY(!createButton()->isEnabled()); // the question must be answered first
    QCOMPARE(posts(), 1);

    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("anywayButton")), Qt::LeftButton);
    QTRY_COMPARE(selectedName(), QStringLiteral("Maybe there"));
    QVERIFY(!question->isVisible());
    QCOMPARE(posts(), 2);
    QCOMPARE(model()->rowCount(), 1);
}

void MainWindowTest::view_ctrlC_copiesDatasetId()
{
    QTest::keyClicks(nameEdit(), QStringLiteral("Copy me"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QTRY_COMPARE(selectedName(), QStringLiteral("Copy me"));
    const QString id = model()->datasetAt(0).id;
    QVERIFY(!id.isEmpty());

    // A compositor without a seat (headless weston, tests/wayland) keeps no clipboard: there the copy is seen in
    // the status bar only.
    QGuiApplication::clipboard()->setText(QStringLiteral("probe"));
    const bool hasClipboard = QGuiApplication::clipboard()->text() == QLatin1String("probe");
    QVERIFY(hasClipboard || QGuiApplication::platformName().startsWith(QLatin1String("wayland")));
    const QString copied = QStringLiteral("Copied the dataset's ID.");

    QGuiApplication::clipboard()->clear();
    m_window->statusBar()->clearMessage();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(m_window->statusBar()->currentMessage(), copied);
    if (hasClipboard)
        QCOMPARE(QGuiApplication::clipboard()->text(), id);

    QGuiApplication::clipboard()->clear();
    m_window->statusBar()->clearMessage();
    view()->findChild<QAction *>(QStringLiteral("copyIdAction"))->trigger(); // the context menu's item
    QCOMPARE(m_window->statusBar()->currentMessage(), copied);
    if (hasClipboard)
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
}

void MainWindowTest::welcome_noKey_showsPanelAndSandboxButtonSwitches()
{
    // The account migrated from the single-key app has no key here (no keychain in tests).
    m_window->requestSwitch(Core::AccountList::FirstId);
    QCOMPARE(account()->id(), Core::AccountList::FirstId);
    QTRY_VERIFY(account()->isKeyKnown());
    auto *stack = child<QStackedWidget>(QStringLiteral("pageStackedWidget"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePanel"));
    QVERIFY(!nameEdit()->isVisible());

    QTest::mouseClick(child<QPushButton>(QStringLiteral("enterKeyButton")), Qt::LeftButton);
    auto *dialog = child<QDialog>(QStringLiteral("accountsDialog"));
    QVERIFY(dialog);
    dialog->reject();

    QTest::mouseClick(child<QPushButton>(QStringLiteral("sandboxButton")), Qt::LeftButton);
    QVERIFY(account()->isSandbox());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("workspaceTabs"));
    QVERIFY(nameEdit()->isVisible());
}

void MainWindowTest::title_andStatusBar_nameWhoPays()
{
    auto *banner = child<QWidget>(QStringLiteral("sandboxBanner"));
    auto *status = child<QLabel>(QStringLiteral("accountStatusLabel"));
    QVERIFY(banner && status);
    QVERIFY(banner->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sandbox — Ideogram Datasets"));
    QVERIFY(status->text().contains(QStringLiteral("nothing is billed")));

    // An account with a key: its name and the key's last four characters, in the title and the status bar.
    Core::AccountInfo info = m_controller->accounts()->add(QStringLiteral("Acme client"));
    m_window->requestSwitch(info.id);
    account()->useKeyForThisRun(QStringLiteral("acme-key-0000000000001a2b"));
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme client (key …1a2b) — Ideogram Datasets"));
    QCOMPARE(status->text(), QStringLiteral("Billed to Acme client (key …1a2b)"));
    auto *combo = child<QComboBox>(QStringLiteral("accountComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Acme client"));
    // A rename shows at once.
    info.name = QStringLiteral("Acme & Co");
    m_controller->accounts()->update(info);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme & Co (key …1a2b) — Ideogram Datasets"));
    QCOMPARE(combo->currentText(), QStringLiteral("Acme & Co"));
}

void MainWindowTest::close_always_savesGeometry()
{
    const QString settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    QVERIFY(Core::AppSettings(settingsFile).lastWindowScreen().isEmpty());
    const QString screen = Widgets::WindowMemory::screenKey(m_window->screen());
    m_window->close();
    m_controller.reset(); // writes the settings
    // Saved for the screen it was on (tst_windowmemory checks what is saved and restored).
    Core::AppSettings saved(settingsFile);
    QCOMPARE(saved.lastWindowScreen(), screen);
    QVERIFY(!saved.windowGeometry(screen).isEmpty());
    QVERIFY(!saved.windowState(screen).isEmpty());
}

void MainWindowTest::helpAbout_showsVersionsAndLicences()
{
    auto *about = child<QAction>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    Widgets::AboutDialog *dialog = m_window->aboutDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Placed by the window system over the main window: on Wayland, where a client cannot place a window, the
    // compositor does it for a dialog whose parent it knows.
    QVERIFY(dialog->windowHandle());
    QCOMPARE(dialog->windowHandle()->transientParent(), m_window->windowHandle());
    QCOMPARE(Tests::child<QLabel>(dialog, "versionLabel")->text(),
             QStringLiteral("Ideogram Datasets %1").arg(QStringLiteral(IDS_VERSION)));
    // The Qt the app runs on (the system's), and the one it was built with.
    QVERIFY(Tests::child<QLabel>(dialog, "qtVersionLabel")->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(Tests::child<QLabel>(dialog, "qtVersionLabel")->text().contains(QStringLiteral(QT_VERSION_STR)));

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
    QListWidget *list = Tests::child<QListWidget>(dialog, "licenceListWidget");
    QCOMPARE(list->count(), int(std::size(expected)));
    for (int row = 0; row < list->count(); ++row) {
        QVERIFY2(list->item(row)->text().startsWith(QLatin1String(expected[row].component)),
                 qPrintable(list->item(row)->text()));
        list->setCurrentRow(row);
        QVERIFY(!Tests::child<QLabel>(dialog, "licenceNoteLabel")->text().isEmpty());
        for (const QString &phrase : expected[row].phrases)
            QVERIFY2(Tests::child<QPlainTextEdit>(dialog, "licenceTextEdit")->toPlainText().contains(phrase),
                     qPrintable(phrase));
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
    for (QLineEdit *edit : {nameEdit(), child<QLineEdit>(QStringLiteral("searchLineEdit"))}) {
        QVERIFY(!edit->isClearButtonEnabled());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY(edit->isClearButtonEnabled());
        edit->clear();
    }
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
