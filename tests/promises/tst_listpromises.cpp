// What the README promises about the dataset list, through the app's real object graph and window: the list
// saved by the last run is on screen before the app sends any request, and a dataset Ideogram stops listing
// is marked "(no longer on Ideogram)", not dropped.
#include "app/appcontroller.h"
#include "core/storage/datasetstore.h"
#include "sandbox/sandboxserver.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemView>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Sandbox::SandboxServer;

namespace {

// What happened, in order: "request GET /datasets" when the client sends one (its ids.core.api debug line),
// "rows N" when the list shows N rows.
QStringList s_events;
QtMessageHandler s_previousHandler = nullptr;

void recordRequests(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "ids.core.api") == 0
        && message.startsWith(QLatin1String("sending")))
        s_events.append(QStringLiteral("request ") + message.mid(8).remove(QLatin1Char('"')));
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

Core::Dataset saved(const QString &id, const QString &name)
{
    Core::Dataset dataset;
    dataset.id = id;
    dataset.name = name;
    dataset.userId = QStringLiteral("u");
    dataset.creationTime = Core::ApiDateTime::parse(QStringLiteral("2026-06-02T16:24:11Z"));
    return dataset;
}

int firstIndex(const QString &prefix)
{
    for (int i = 0; i < s_events.size(); ++i) {
        if (s_events.at(i).startsWith(prefix))
            return i;
    }
    return -1;
}

} // namespace

class ListPromisesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savedList_shownAtStart_beforeAnyRequest();
    void datasetGoneFromIdeogram_markedNotDropped();

private:
    void startApp();
    QAbstractItemView *list() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<App::AppController> m_controller;
};

void ListPromisesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("ids.core.api.debug=true"));
    s_previousHandler = qInstallMessageHandler(recordRequests);
}

void ListPromisesTest::init()
{
    s_events.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
}

void ListPromisesTest::cleanup()
{
    m_controller.reset();
    m_server.reset();
    m_dir.reset();
}

QAbstractItemView *ListPromisesTest::list() const
{
    return m_controller->window()->findChild<QAbstractItemView *>(QStringLiteral("datasetTreeView"));
}

void ListPromisesTest::startApp()
{
    App::LaunchOptions options;
    options.baseUrlOverride = m_server->baseUrl();
    options.environmentKey = SandboxServer::defaultApiKey();
    options.databasePath = m_dir->filePath(QStringLiteral("datasets.sqlite"));
    m_controller = std::make_unique<App::AppController>(options);
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    QAbstractItemView *view = list();
    QVERIFY(view);
    QAbstractItemModel *rows = view->model();
    const auto record = [rows] { s_events.append(QStringLiteral("rows %1").arg(rows->rowCount())); };
    connect(rows, &QAbstractItemModel::modelReset, this, record);
    connect(rows, &QAbstractItemModel::rowsInserted, this, record);
    m_controller->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->window(), 30000));
}

void ListPromisesTest::savedList_shownAtStart_beforeAnyRequest()
{
    // The last run saved two datasets of this account; Ideogram now answers slowly.
    {
        Core::DatasetStore store(m_dir->filePath(QStringLiteral("datasets.sqlite")));
        QVERIFY(store.open());
        store.setScope(m_server->baseUrl().toString());
        QVERIFY(store.upsertMany({saved(QStringLiteral("a1"), QStringLiteral("Saved shoes")),
                                  saved(QStringLiteral("b2"), QStringLiteral("Saved hats"))}));
    }
    SandboxServer::Fault slow;
    slow.action = SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 2000;
    m_server->injectFault("GET", QStringLiteral("/datasets"), slow);
    startApp();
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE(list()->model()->rowCount(), 2);
    QTRY_VERIFY(firstIndex(QStringLiteral("request GET /datasets")) >= 0); // the refresh does go out
    QVERIFY2(firstIndex(QStringLiteral("rows 2")) < firstIndex(QStringLiteral("request ")),
             qPrintable(s_events.join(QStringLiteral(" | "))));
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names << list()->model()->index(row, 0).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("Saved hats"), QStringLiteral("Saved shoes")}));
}

void ListPromisesTest::datasetGoneFromIdeogram_markedNotDropped()
{
    const Core::Dataset shoes = m_server->addDataset(QStringLiteral("Shoes"));
    m_server->addDataset(QStringLiteral("Hats"));
    startApp();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(list()->model()->rowCount(), 2);

    // Deleted on the website; the user refreshes (View → Refresh, F5).
    m_server->removeDataset(shoes.id);
    const int listsBefore = m_server->exactRequestCount("GET", QStringLiteral("/datasets"));
    auto *refresh = m_controller->window()->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    refresh->trigger();
    QTRY_COMPARE(m_server->exactRequestCount("GET", QStringLiteral("/datasets")), listsBefore + 1);

    QStringList shown;
    QTRY_VERIFY([&] {
        shown.clear();
        for (int row = 0; row < list()->model()->rowCount(); ++row)
            shown << list()->model()->index(row, 0).data().toString();
        return shown.contains(QStringLiteral("Shoes (no longer on Ideogram)"));
    }());
    QCOMPARE(list()->model()->rowCount(), 2); // kept, not dropped
    QVERIFY2(shown.contains(QStringLiteral("Hats")), qPrintable(shown.join(QStringLiteral(" | "))));
}

QTEST_MAIN(ListPromisesTest)
#include "tst_listpromises.moc"
