// Two accounts side by side, each against a sandbox server of its own that accepts only its own key, through
// the app's real object graph and window: what is created in one never shows in the other, each server sees
// only its own key, an upload to the first finishes there while the second is shown (and the second never
// receives it), and a training of the first that finishes while the second is shown is announced once, naming
// the first.
#include "../common/activewindow.h"
#include "../common/testimages.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/accounts/accountmanager.h"
#include "core/services/modellibrary.h"
#include "core/services/modelpoller.h"
#include "core/services/syncservice.h"
#include "core/services/uploadservice.h"
#include "core/storage/journal.h"
#include "models/datasetlistmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/accountswitcher.h"
#include "widgets/datasetflow.h"
#include "widgets/mainwindow.h"
#include "widgets/modelflow.h"
#include "widgets/modelspage.h"
#include "widgets/notifier.h"
#include "widgets/uploaddialog.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {

const QString KeyA = QStringLiteral("client-a-key-000000000000aaaa");
const QString KeyB = QStringLiteral("client-b-key-000000000000bbbb");

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

} // namespace

class TwoAccountsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createInEach_eachServerSeesOnlyItsKey_listsStayApart();
    void switchDuringUploadToA_finishesForA_bNeverReceivesIt();
    void trainingOfAFinishesWhileBShown_oneNotificationNamingA();

private:
    Widgets::MainWindow *window() const { return m_controller->window(); }
    Core::Account *current() const { return m_controller->currentAccount(); }
    Models::DatasetListModel *list() const { return window()->datasetFlow()->model(); }
    void switchTo(int position);
    void create(const QString &name);
    QStringList names() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_serverA;
    std::unique_ptr<SandboxServer> m_serverB;
    std::unique_ptr<App::AppController> m_controller;
    QString m_idA;
    QString m_idB;
};

void TwoAccountsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TwoAccountsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_serverA = std::make_unique<SandboxServer>();
    m_serverA->setAcceptedApiKey(KeyA);
    QVERIFY(m_serverA->start());
    m_serverB = std::make_unique<SandboxServer>();
    m_serverB->setAcceptedApiKey(KeyB);
    QVERIFY(m_serverB->start());

    App::LaunchOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("datasets.sqlite"));
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    m_controller = std::make_unique<App::AppController>(options);
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(window(), 30000));
    QVERIFY(Tests::activate(window()));
    QTRY_VERIFY(window()->modelFlow()); // built once the first window has painted

    // The first account becomes Client A; Client B is added beside it. Keys are kept for this run only
    // (no keychain in tests), which is all a session needs.
    Core::AccountManager *accounts = m_controller->accounts();
    Core::AccountInfo a = current()->info();
    m_idA = a.id;
    a.name = QStringLiteral("Client A");
    a.baseUrl = m_serverA->baseUrl();
    accounts->update(a);
    current()->saveKey(KeyA);
    Core::AccountInfo b = accounts->add(QStringLiteral("Client B"));
    m_idB = b.id;
    b.baseUrl = m_serverB->baseUrl();
    accounts->update(b);
    accounts->open(m_idB)->saveKey(KeyB);
    QTRY_VERIFY(!current()->sync()->isRefreshing() && m_serverA->requestCount("GET", QStringLiteral("/datasets")) > 0);
}

void TwoAccountsTest::cleanup()
{
    m_controller.reset();
    m_serverA.reset();
    m_serverB.reset();
    m_dir.reset();
}

void TwoAccountsTest::switchTo(int position)
{
    // As a person does: File → Switch Account, or Ctrl+Alt+1…9.
    QAction *action = window()->accountSwitcher()->accountActions().value(position);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + position)));
    action->trigger();
}

void TwoAccountsTest::create(const QString &name)
{
    auto *nameEdit = window()->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    QVERIFY(nameEdit);
    QTRY_VERIFY(nameEdit->isVisible());
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClick(nameEdit, Qt::Key_Return);
}

QStringList TwoAccountsTest::names() const
{
    QStringList result;
    for (int row = 0; row < list()->rowCount(); ++row)
        result << list()->datasetAt(row).name;
    result.sort();
    return result;
}

void TwoAccountsTest::createInEach_eachServerSeesOnlyItsKey_listsStayApart()
{
    QCOMPARE(current()->id(), m_idA);
    create(QStringLiteral("A's shoes"));
    QTRY_COMPARE(m_serverA->datasets().size(), 1);
    QTRY_COMPARE(names(), QStringList {QStringLiteral("A's shoes")});

    // From the moment B is shown, no row of A may enter the list.
    switchTo(1);
    QCOMPARE(current()->id(), m_idB);
    QVERIFY(window()->windowTitle().startsWith(QStringLiteral("Client B (key …bbbb)")));
    QStringList seenInB;
    connect(list(), &QAbstractItemModel::rowsInserted, this,
            [this, &seenInB](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    seenInB << list()->datasetAt(row).name;
            });
    connect(list(), &QAbstractItemModel::modelReset, this, [this, &seenInB] {
        for (int row = 0; row < list()->rowCount(); ++row)
            seenInB << list()->datasetAt(row).name;
    });
    QTRY_VERIFY(m_serverB->requestCount("GET", QStringLiteral("/datasets")) > 0); // B's list was read
    QTRY_VERIFY(!current()->sync()->isRefreshing());
    QCOMPARE(list()->rowCount(), 0);
    create(QStringLiteral("B's hats"));
    QTRY_COMPARE(m_serverB->datasets().size(), 1);
    QTRY_COMPARE(names(), QStringList {QStringLiteral("B's hats")});
    QVERIFY2(!seenInB.contains(QStringLiteral("A's shoes")), qPrintable(seenInB.join(QStringLiteral(", "))));
    // A refresh of B brings B's only.
    current()->sync()->refresh();
    QTRY_VERIFY(!current()->sync()->isRefreshing());
    QCOMPARE(names(), QStringList {QStringLiteral("B's hats")});
    QCOMPARE(m_serverA->datasets().size(), 1); // nothing of B reached A

    // Back to A: its own list, from its own database first.
    switchTo(0);
    QTRY_COMPARE(names(), QStringList {QStringLiteral("A's shoes")});
    QTRY_VERIFY(!current()->sync()->isRefreshing());

    // Each server saw one key, its own.
    QCOMPARE(m_serverA->receivedApiKeys(), QSet<QString> {KeyA});
    QCOMPARE(m_serverB->receivedApiKeys(), QSet<QString> {KeyB});
    QCOMPARE(m_serverA->requestCount("POST"), 1);
    QCOMPARE(m_serverB->requestCount("POST"), 1);
}

void TwoAccountsTest::switchDuringUploadToA_finishesForA_bNeverReceivesIt()
{
    const QString datasetId = m_serverA->addDataset(QStringLiteral("A's upload")).id;
    current()->sync()->refresh();
    QTRY_COMPARE(names(), QStringList {QStringLiteral("A's upload")});
    QStringList paths;
    for (int i = 1; i <= 3; ++i) {
        QFile file(m_dir->filePath(QStringLiteral("photo-%1.jpg").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestImages::jpeg(64, 48));
        paths << file.fileName();
    }
    // Ideogram takes its time checking the files: the upload is still in flight when the user switches.
    m_serverA->setUploadResponseDelay(1500);
    Core::UploadService *uploadsOfA = current()->uploads();
    window()->datasetFlow()->addFiles(datasetId, paths);
    Widgets::UploadDialog *dialog = window()->datasetFlow()->uploadDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isScanning() && dialog->findChild<QPushButton *>(QStringLiteral("uploadButton"))->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("uploadButton")), Qt::LeftButton);
    QTRY_COMPARE(m_serverA->requestCount("POST", QStringLiteral("/datasets/")), 1);
    QVERIFY(uploadsOfA->isBusy());

    switchTo(1);
    QCOMPARE(current()->id(), m_idB);
    // The sheet of A's upload is gone from B's window; a word says where the upload went.
    QVERIFY(!window()->datasetFlow()->uploadDialog());
    QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("continues for the account “Client A”")),
             qPrintable(window()->statusBar()->currentMessage()));
    // It finishes for A, and says so.
    QTRY_COMPARE_WITH_TIMEOUT(m_serverA->files(datasetId).size(), 3, 10000);
    QTRY_VERIFY(!uploadsOfA->isBusy());
    QTRY_VERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("“Client A” is done: 3 uploaded")),
                 qPrintable(window()->statusBar()->currentMessage()));
    // Nothing of it reached B, and A's journal holds nothing unresolved.
    QCOMPARE(m_serverB->requestCount("POST"), 0);
    QCOMPARE(m_serverB->receivedApiKeys(), QSet<QString> {KeyB});
    QCOMPARE(Core::Journal(m_controller->accounts()->open(m_idA)->store()).uploads().size(), 0);
    QCOMPARE(m_serverA->receivedApiKeys(), QSet<QString> {KeyA});
}

void TwoAccountsTest::trainingOfAFinishesWhileBShown_oneNotificationNamingA()
{
    auto *notifier = new RecordingNotifier(window());
    window()->modelFlow()->setNotifier(notifier);
    const QString datasetId = m_serverA->addDataset(QStringLiteral("A's styles")).id;
    const Core::CustomModel training = m_serverA->addTrainingModel(QStringLiteral("client a style"), datasetId);
    m_serverA->scriptModelStatuses(
        training.id, {QStringLiteral("TRAINING"), QStringLiteral("TRAINING"), QStringLiteral("COMPLETED")});
    Core::Account *a = current();
    Core::ModelPoller::Intervals fast;
    fast.early = 100ms;
    fast.late = 100ms;
    a->poller()->setIntervals(fast);
    a->library()->refresh(); // the list hands the unfinished model to the poller
    QTRY_VERIFY(a->poller()->isFollowing(training.id));

    switchTo(1);
    QCOMPARE(current()->id(), m_idB);
    QTRY_COMPARE(notifier->calls.size(), 1);
    const Widgets::Notification notice = notifier->calls.first();
    QVERIFY2(notice.title.contains(QStringLiteral("Client A")), qPrintable(notice.title));
    QVERIFY2(notice.body.contains(QStringLiteral("“client a style”"))
                 && notice.body.contains(QStringLiteral("Client A")),
             qPrintable(notice.body));
    QCOMPARE(notice.subject, training.id);
    QTest::qWait(400);
    QCOMPARE(notifier->calls.size(), 1); // once
    QVERIFY(!a->poller()->isFollowing(training.id));
    // B was never asked about A's model.
    QCOMPARE(m_serverB->requestCount("GET", QStringLiteral("/models/") + training.id), 0);

    // A click on the notice shows the model in its own account.
    Q_EMIT notifier->activated(training.id);
    QCOMPARE(current()->id(), m_idA);
    QCOMPARE(window()->modelFlow()->page()->currentModelId(), training.id);
}

QTEST_MAIN(TwoAccountsTest)
#include "tst_twoaccounts.moc"
