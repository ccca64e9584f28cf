// A data folder that cannot be written when the app starts (issue 17 point 5, reliability-rules.md R36): the
// account's database is opened read-only instead of refused. What is stored is shown, the window says so once
// and names the folder, a create typed in the form is refused with nothing sent, and when the folder can be
// written again the account notices by itself and the next create goes out and is kept.
//
// Permissions must bite: CTest runs this through run_without_override.sh, which takes CAP_DAC_OVERRIDE away
// from root (a root process writes into a folder of mode 0555 otherwise). Each test checks that they bite.
// With IDS_SHOTS_DIR set, the window is also saved as pictures there (for looking at, not for asserting).
#include "../common/activewindow.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/services/syncservice.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/storage/storagehealth.h"
#include "models/datasetlistmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/datasetflow.h"
#include "widgets/datasetform.h"
#include "widgets/mainwindow.h"
#include "widgets/storagenotice.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {

const QString Key = QStringLiteral("readonly-test-key-000000000005678");

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IDS_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

Core::Dataset dataset(const QString &id, const QString &name)
{
    Core::Dataset result;
    result.id = id;
    result.name = name;
    return result;
}

} // namespace

class StorageReadOnlyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void store_readOnlyFolder_opensReadOnly_readsWork_writesRefused_reopensWhenWritable();
    void window_readOnlyAtStart_storedShown_saidOnce_createRefused_recoversByItself();

private:
    QString folder() const { return m_dir->filePath(QStringLiteral("data")); }
    QString databasePath() const { return QDir(folder()).filePath(QStringLiteral("datasets.sqlite")); }
    // A database holding one dataset of the given scope, written and closed as an earlier run leaves it.
    void writeDatabase(const QString &scope);
    void setWritable(bool writable);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void StorageReadOnlyTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void StorageReadOnlyTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(folder()));
}

void StorageReadOnlyTest::cleanup()
{
    if (m_dir)
        setWritable(true); // so that the temporary folder can be removed
    m_dir.reset();
}

void StorageReadOnlyTest::writeDatabase(const QString &scope)
{
    Core::DatasetStore store(databasePath());
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    store.setScope(scope);
    QVERIFY(store.upsert(dataset(QStringLiteral("stored-1"), QStringLiteral("Shoes from last week"))));
}

void StorageReadOnlyTest::setWritable(bool writable)
{
    using P = QFileDevice::Permission;
    const QFileDevice::Permissions read = P::ReadOwner | P::ReadUser | P::ReadGroup | P::ReadOther;
    const QFileDevice::Permissions folderBits = read | P::ExeOwner | P::ExeUser | P::ExeGroup | P::ExeOther;
    const QFileDevice::Permissions write = writable ? (P::WriteOwner | P::WriteUser) : QFileDevice::Permissions();
    QFile::setPermissions(databasePath(), read | write);
    QVERIFY(QFile::setPermissions(folder(), folderBits | write));
    if (writable)
        return;
    // The test means nothing if the process can write anyway (root with CAP_DAC_OVERRIDE).
    QFile probe(QDir(folder()).filePath(QStringLiteral("probe")));
    QVERIFY2(!probe.open(QIODevice::WriteOnly),
             "a folder of mode 0555 can still be written by this process: run it as a user without "
             "CAP_DAC_OVERRIDE (CTest does, through tests/reliability/run_without_override.sh)");
}

void StorageReadOnlyTest::store_readOnlyFolder_opensReadOnly_readsWork_writesRefused_reopensWhenWritable()
{
    writeDatabase(QStringLiteral("scope-a"));
    setWritable(false);

    Core::DatasetStore store(databasePath());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.isReadOnly());
    store.setScope(QStringLiteral("scope-a"));
    QCOMPARE(store.datasets().size(), 1);
    QCOMPARE(store.datasets().first().name, QStringLiteral("Shoes from last week"));

    Core::StorageHealth health(&store);
    health.setProbeInterval(1h); // only the test's probe() brings the folder back
    QVERIFY(!health.isWritable());
    QCOMPARE(health.cause(), Core::StorageHealth::Cause::NotWritable);
    QSignalSpy writable(&health, &Core::StorageHealth::writableChanged);
    // Nothing that needs a journal entry can be noted, so nothing of it is sent (the services check add()).
    Core::Journal journal(&store);
    QVERIFY(!journal.addCreate({0, QStringLiteral("Boots"), QDateTime::currentDateTimeUtc(), {}}));
    QVERIFY(!store.upsert(dataset(QStringLiteral("new-1"), QStringLiteral("New"))));
    QVERIFY(!health.probe());
    QCOMPARE(writable.size(), 0); // read-only from the start: said by isWritable(), not again by a signal
    QVERIFY(store.isReadOnly());

    setWritable(true);
    QVERIFY(health.probe());
    QVERIFY(health.isWritable());
    QCOMPARE(writable.size(), 1);
    QCOMPARE(writable.first().first().toBool(), true);
    QVERIFY(!store.isReadOnly());
    QVERIFY(store.upsert(dataset(QStringLiteral("new-1"), QStringLiteral("New"))));
    QVERIFY(journal.addCreate({0, QStringLiteral("Boots"), QDateTime::currentDateTimeUtc(), {}}));
    QCOMPARE(journal.creates().size(), 1);
    QCOMPARE(store.datasets().size(), 2);
}

void StorageReadOnlyTest::window_readOnlyAtStart_storedShown_saidOnce_createRefused_recoversByItself()
{
    SandboxServer server;
    server.setAcceptedApiKey(Key);
    QVERIFY(server.start());
    const Core::Dataset onIdeogram = server.addDataset(QStringLiteral("On Ideogram"));
    writeDatabase(server.baseUrl().toString());
    setWritable(false);

    App::LaunchOptions options;
    options.databasePath = databasePath();
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.baseUrlOverride = server.baseUrl();
    options.environmentKey = Key;
    App::AppController controller(options);
    QString error;
    QVERIFY2(controller.start(&error), qPrintable(error));
    Widgets::MainWindow *window = controller.window();
    window->resize(1100, 680);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window, 30000));
    QVERIFY(Tests::activate(window));
    Core::Account *account = controller.currentAccount();
    QVERIFY(account->store()->isReadOnly());
    QTRY_VERIFY(server.exactRequestCount("GET", QStringLiteral("/datasets")) > 0 && !account->sync()->isRefreshing());

    // Said once, at start, naming the folder; what was stored and what Ideogram has are both listed.
    Widgets::StorageNotice *notice = window->storageNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->fullText().contains(QDir::toNativeSeparators(folder())), qPrintable(notice->fullText()));
    QVERIFY2(notice->fullText().startsWith(QLatin1String("The app cannot save its data: its folder")),
             qPrintable(notice->fullText()));
    QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("openDataFolderButton"))->isVisible());
    Models::DatasetListModel *model = window->datasetFlow()->model();
    const auto listed = [model](const QString &name) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, int(Models::DatasetListModel::Column::Name)).data().toString() == name)
                return true;
        }
        return false;
    };
    // The stored dataset is not on the sandbox's server: shown, and marked as no longer there.
    QTRY_VERIFY(listed(QStringLiteral("Shoes from last week (no longer on Ideogram)")) && listed(onIdeogram.name));
    shoot(window, QStringLiteral("readonly-folder-notice.png"));

    QSignalSpy writable(account->storageHealth(), &Core::StorageHealth::writableChanged);
    // What the window says in its status bar (read from the signal: a later message may replace it there).
    QSignalSpy said(notice, &Widgets::StorageNotice::message);
    auto *form = window->findChild<Widgets::DatasetForm *>();
    QVERIFY(form);
    QTest::keyClicks(form->nameLineEdit(), QStringLiteral("Boots"));
    QTest::mouseClick(form->createButton(), Qt::LeftButton);
    QTRY_VERIFY2(form->message().startsWith(QLatin1String("Nothing was sent")), qPrintable(form->message()));
    QVERIFY2(form->message().contains(QLatin1String("nothing was billed")), qPrintable(form->message()));
    QCOMPARE(server.requestCount("POST"), 0);
    QCOMPARE(writable.size(), 0);
    shoot(window, QStringLiteral("readonly-create-refused.png"));

    // The folder can be written again: noticed without anyone asking; the create then goes out and is kept.
    account->storageHealth()->setProbeInterval(20ms);
    setWritable(true);
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(writable.size(), 1);
    QVERIFY(!account->store()->isReadOnly());
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().first().toString().startsWith(QLatin1String("The app can save its data again")),
             qPrintable(said.first().first().toString()));
    QVERIFY2(form->message().isEmpty(), qPrintable(form->message()));
    QTest::mouseClick(form->createButton(), Qt::LeftButton);
    QTRY_COMPARE(server.requestCount("POST"), 1);
    QTRY_VERIFY(listed(QStringLiteral("Boots")));
    const auto kept = [account] {
        const QList<Core::Dataset> stored = account->store()->datasets();
        return std::any_of(stored.cbegin(), stored.cend(),
                           [](const Core::Dataset &d) { return d.name == QLatin1String("Boots"); });
    };
    QTRY_VERIFY(kept());
    shoot(window, QStringLiteral("readonly-recovered.png"));
}

QTEST_MAIN(StorageReadOnlyTest)
#include "tst_storagereadonly.moc"
