// What the window says about the account's own database (issue 17 points 5 and 6), through the app's real
// object graph, offscreen: a damaged database found at start is named with the path of its copy and the
// requests it held are listed as "may have been sent; check on Ideogram"; a full disk is said once, a create
// typed in the form is refused with nothing sent, and the notice goes by itself when space returns.
// With IDS_SHOTS_DIR set, the messages are also saved as pictures there (for looking at, not for asserting).
#include "../common/activewindow.h"
#include "../common/damageddatabase.h"
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/services/syncservice.h"
#include "core/storage/storagehealth.h"
#include "sandbox/sandboxserver.h"
#include "widgets/datasetform.h"
#include "widgets/mainwindow.h"
#include "widgets/storagenotice.h"

#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Ids;
using Sandbox::SandboxServer;
using namespace std::chrono_literals;

using Ids::Tests::child;

namespace {

const QString Key = QStringLiteral("notice-test-key-0000000000001234");

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IDS_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class StorageNoticeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void damagedAtStart_noticeNamesCopy_listSaysMayHaveBeenSent_freshListFromIdeogram();
    void full_saidOnce_createRefusedNothingSent_noticeGoesWhenSpaceReturns();

private:
    void startApp();
    Widgets::MainWindow *window() const { return m_controller->window(); }
    Core::Account *current() const { return m_controller->currentAccount(); }
    Widgets::StorageNotice *notice() const { return window()->storageNotice(); }
    // The open list of requests that may have been sent, if any (a dialog of the window, deleted when closed).
    QDialog *requestsDialog() const
    {
        return window()->findChild<QDialog *>(QStringLiteral("unconfirmedRequestsDialog"));
    }
    QString databasePath() const { return m_dir->filePath(QStringLiteral("datasets.sqlite")); }
    void createFromForm(const QString &name);
    void setMaxPages(const QString &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<App::AppController> m_controller;
};

void StorageNoticeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void StorageNoticeTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    m_server->setAcceptedApiKey(Key);
    QVERIFY(m_server->start());
}

void StorageNoticeTest::cleanup()
{
    m_controller.reset();
    m_server.reset();
    m_dir.reset();
}

void StorageNoticeTest::startApp()
{
    App::LaunchOptions options;
    options.databasePath = databasePath();
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.baseUrlOverride = m_server->baseUrl();
    options.environmentKey = Key;
    m_controller = std::make_unique<App::AppController>(options);
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    window()->resize(1100, 680);
    window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(window(), 30000));
    QVERIFY(Tests::activate(window()));
    QTRY_VERIFY(m_server->exactRequestCount("GET", QStringLiteral("/datasets")) > 0
                && !current()->sync()->isRefreshing());
}

void StorageNoticeTest::createFromForm(const QString &name)
{
    auto *form = window()->findChild<Widgets::DatasetForm *>();
    QVERIFY(form);
    form->nameLineEdit()->clear();
    QTest::keyClicks(form->nameLineEdit(), name);
    QTest::mouseClick(form->createButton(), Qt::LeftButton);
}

void StorageNoticeTest::setMaxPages(const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(current()->store()->connectionName(), false));
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = ") + value));
}

void StorageNoticeTest::damagedAtStart_noticeNamesCopy_listSaysMayHaveBeenSent_freshListFromIdeogram()
{
    QString error = Tests::writeDatabaseWithJournal(databasePath(), m_server->baseUrl().toString());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = Tests::damageIndex(databasePath());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_server->addDataset(QStringLiteral("On Ideogram all along"));
    startApp();

    const QString copy = current()->rescueReport().copyPath;
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY2(QRegularExpression(QStringLiteral("^datasets\\.damaged-\\d{4}-\\d\\d-\\d\\d-\\d{6}\\.sqlite$"))
                 .match(QFileInfo(copy).fileName())
                 .hasMatch(),
             qPrintable(copy));
    QVERIFY(notice()->isVisible());
    const QString text = notice()->damagedText();
    QVERIFY2(text.contains(QDir::toNativeSeparators(copy)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("moved aside, not deleted")), qPrintable(text));
    // "request(s)" until the translation pass gives English its plural forms.
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("3 request(s|\\(s\\)) made just before may have been sent: before making one again, "
                                "look for it in the Datasets and Models lists"))),
             qPrintable(text));
    QVERIFY(notice()->fullText().isEmpty());
    // A fresh start, read again from Ideogram: the server's dataset, none of the damaged file's 200.
    QTRY_COMPARE(current()->store()->datasets().size(), 1);
    shoot(window(), QStringLiteral("damaged-notice.png"));

    QVERIFY(child<QPushButton>(notice(), "showUnconfirmedButton")->isVisible());
    QVERIFY(QRegularExpression(QStringLiteral("^Show 3 request(s|\\(s\\))…$"))
                .match(child<QPushButton>(notice(), "showUnconfirmedButton")->text())
                .hasMatch());
    QTest::mouseClick(child<QPushButton>(notice(), "showUnconfirmedButton"), Qt::LeftButton);
    QTRY_VERIFY(requestsDialog() && requestsDialog()->isVisible());
    auto *list = requestsDialog()->findChild<QTreeWidget *>(QStringLiteral("unconfirmedList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    const QStringList kinds {QStringLiteral("Create dataset"), QStringLiteral("Start training"),
                             QStringLiteral("Upload file")};
    const QStringList subjects {QStringLiteral("Summer shoes"), QStringLiteral("Shoe model"),
                                QStringLiteral("/home/ana/Pictures/red.jpg")};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(list->topLevelItem(row)->text(0), kinds.at(row));
        QCOMPARE(list->topLevelItem(row)->text(1), subjects.at(row));
        QCOMPARE(list->topLevelItem(row)->text(3),
                 QStringLiteral("May have been sent; look for it in the app's lists"));
        // When, with the zone.
        QVERIFY2(list->topLevelItem(row)->text(2).endsWith(QDateTime::currentDateTime().timeZoneAbbreviation()),
                 qPrintable(list->topLevelItem(row)->text(2)));
    }
    QTest::qWait(50); // let the dialog paint before it is photographed
    shoot(requestsDialog(), QStringLiteral("unconfirmed-requests.png"));
    requestsDialog()->reject();

    // Nothing of the damaged file is sent again by itself.
    QCOMPARE(m_server->requestCount("POST"), 0);
    // Closed, it stays closed; the copy stays where it is.
    QTest::mouseClick(child<QToolButton>(notice(), "storageNoticeCloseButton"), Qt::LeftButton);
    QVERIFY(!notice()->isVisible());
    QVERIFY(QFileInfo::exists(copy));
}

void StorageNoticeTest::full_saidOnce_createRefusedNothingSent_noticeGoesWhenSpaceReturns()
{
    startApp();
    QVERIFY(!notice()->isVisible());
    Core::StorageHealth *health = current()->storageHealth();
    QSignalSpy writable(health, &Core::StorageHealth::writableChanged);
    {
        QSqlQuery query(QSqlDatabase::database(current()->store()->connectionName(), false));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        setMaxPages(query.value(0).toString());
        // No page can be added and the journal's pages are filled to the last bytes, as on a full disk.
        for (const int bytes : {1000, 100, 10, 1}) {
            while (query.exec(QStringLiteral("INSERT INTO journal (scope, kind, started_ms, payload) "
                                             "VALUES ('test-filler', 'filler', 0, zeroblob(%1))")
                                  .arg(bytes))) { }
        }
    }

    createFromForm(QStringLiteral("Boots"));
    auto *form = window()->findChild<Widgets::DatasetForm *>();
    QTRY_VERIFY2(form->message().startsWith(QLatin1String("Nothing was sent")), qPrintable(form->message()));
    QVERIFY(notice()->isVisible());
    QVERIFY2(notice()->fullText().startsWith(QLatin1String("Your disk is full, so the app cannot save its data.")),
             qPrintable(notice()->fullText()));
    QVERIFY(child<QPushButton>(notice(), "openDataFolderButton")->isVisible());
    QVERIFY(notice()->damagedText().isEmpty());
    shoot(window(), QStringLiteral("disk-full-notice.png"));

    // Again: refused again, said no more.
    createFromForm(QStringLiteral("Sandals"));
    QTRY_VERIFY(form->message().startsWith(QLatin1String("Nothing was sent")));
    QCOMPARE(writable.size(), 1);
    QCOMPARE(m_server->requestCount("POST"), 0);

    // Space returns: noticed without anyone asking, the notice goes, a word in the status bar says so.
    health->setProbeInterval(20ms);
    setMaxPages(QStringLiteral("1000000"));
    QTRY_VERIFY(!notice()->isVisible());
    QCOMPARE(writable.size(), 2);
    QVERIFY2(window()->statusBar()->currentMessage().startsWith(QLatin1String("The app can save its data again")),
             qPrintable(window()->statusBar()->currentMessage()));
    QVERIFY2(form->message().isEmpty(), qPrintable(form->message())); // the refusal is out of date
    shoot(window(), QStringLiteral("space-again.png"));

    createFromForm(QStringLiteral("Boots"));
    QTRY_COMPARE(m_server->requestCount("POST"), 1);
    QTRY_COMPARE(m_server->datasets().size(), 1);
}

QTEST_MAIN(StorageNoticeTest)
#include "tst_storagenotice.moc"
