// The main window's layout remembered per screen: size, place, maximised state and splitters come back on the
// screen they were saved on; a screen that is gone hands over to the primary one. Run offscreen with two virtual
// screens (twoscreens.json) and, in CI, once more under a Wayland compositor, where a client cannot place its
// window: there the size and state must come back and the place is left to the compositor.
#include "core/settings/appsettings.h"
#include "widgets/windowmemory.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Ids;
using Widgets::WindowMemory;

namespace {

bool onWayland()
{
    return QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
}

// A main window with a named splitter, like the app's.
std::unique_ptr<QMainWindow> makeWindow()
{
    auto window = std::make_unique<QMainWindow>();
    auto *splitter = new QSplitter(window.get());
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->addWidget(new QTextEdit(splitter));
    splitter->addWidget(new QTextEdit(splitter));
    window->setCentralWidget(splitter);
    return window;
}

QSplitter *splitterOf(const QMainWindow &window)
{
    return window.findChild<QSplitter *>(QStringLiteral("workspaceSplitter"));
}

} // namespace

class WindowMemoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void chooseScreen_data();
    void chooseScreen();
    void nothingSaved_restoreSaysSo();
    void roundTrip_sizePlaceAndSplitterComeBack();
    void maximised_comesBackMaximised();
    void eachScreen_keepsItsOwnWindow();
    void screenGone_primaryScreensWindowIsUsed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::AppSettings> m_settings;
};

void WindowMemoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Core::AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void WindowMemoryTest::chooseScreen_data()
{
    QTest::addColumn<QString>("last");
    QTest::addColumn<QStringList>("connected");
    QTest::addColumn<QString>("expected");
    const QString laptop = QStringLiteral("eDP-1 1920x1080");
    const QString monitor = QStringLiteral("HDMI-1 2560x1440");
    QTest::newRow("last still connected") << monitor << QStringList {laptop, monitor} << monitor;
    QTest::newRow("last unplugged") << monitor << QStringList {laptop} << laptop;
    QTest::newRow("same port, other size")
        << QStringLiteral("HDMI-1 1920x1080") << QStringList {laptop, monitor} << laptop;
    QTest::newRow("never closed") << QString() << QStringList {laptop, monitor} << laptop;
}

void WindowMemoryTest::chooseScreen()
{
    QFETCH(QString, last);
    QFETCH(QStringList, connected);
    QFETCH(QString, expected);
    QCOMPARE(WindowMemory::chooseScreen(last, connected, QStringLiteral("eDP-1 1920x1080")), expected);
}

void WindowMemoryTest::nothingSaved_restoreSaysSo()
{
    auto window = makeWindow();
    QVERIFY(!WindowMemory(m_settings.get()).restore(window.get()));
}

void WindowMemoryTest::roundTrip_sizePlaceAndSplitterComeBack()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect wanted(available.topLeft() + QPoint(40, 50), QSize(700, 480));
    QList<int> splitSizes;
    {
        auto window = makeWindow();
        window->setGeometry(wanted);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
        QTRY_COMPARE(window->size(), wanted.size());
        splitterOf(*window)->setSizes({500, 200});
        splitSizes = splitterOf(*window)->sizes();
        WindowMemory(m_settings.get()).save(window.get());
    }
    QCOMPARE(m_settings->lastWindowScreen(), WindowMemory::screenKey(QGuiApplication::primaryScreen()));

    auto window = makeWindow();
    QVERIFY(WindowMemory(m_settings.get()).restore(window.get()));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
    QTRY_COMPARE(window->size(), wanted.size());
    QCOMPARE(splitterOf(*window)->sizes(), splitSizes);
    // Wayland leaves the place to the compositor; everywhere else it comes back.
    if (!onWayland())
        QCOMPARE(window->geometry().topLeft(), wanted.topLeft());
}

void WindowMemoryTest::maximised_comesBackMaximised()
{
    {
        auto window = makeWindow();
        window->resize(600, 400);
        window->showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
        QTRY_VERIFY(window->isMaximized());
        WindowMemory(m_settings.get()).save(window.get());
    }
    auto window = makeWindow();
    QVERIFY(WindowMemory(m_settings.get()).restore(window.get()));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
    QTRY_VERIFY(window->isMaximized());
}

void WindowMemoryTest::eachScreen_keepsItsOwnWindow()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (onWayland()) {
        // A Wayland client cannot choose its screen: what is saved is filed under the one the compositor chose.
        auto window = makeWindow();
        window->resize(640, 400);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
        WindowMemory(m_settings.get()).save(window.get());
        QCOMPARE(m_settings->lastWindowScreen(), WindowMemory::screenKey(window->screen()));
        QVERIFY(!m_settings->windowGeometry(m_settings->lastWindowScreen()).isEmpty());
        return;
    }
    QCOMPARE(screens.size(), 2); // tests/desktop/twoscreens.json
    const QSize sizes[2] = {QSize(700, 500), QSize(1200, 800)};
    for (int i = 0; i < 2; ++i) {
        auto window = makeWindow();
        window->setGeometry(QRect(screens.at(i)->availableGeometry().topLeft() + QPoint(30, 30), sizes[i]));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
        QTRY_COMPARE(window->screen(), screens.at(i));
        WindowMemory(m_settings.get()).save(window.get());
    }
    // Last closed on the second screen: that is where it opens, at the size it had there.
    QCOMPARE(m_settings->lastWindowScreen(), WindowMemory::screenKey(screens.at(1)));
    auto window = makeWindow();
    QVERIFY(WindowMemory(m_settings.get()).restore(window.get()));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
    QTRY_COMPARE(window->screen(), screens.at(1));
    QCOMPARE(window->size(), sizes[1]);
    // The first screen kept its own.
    QVERIFY(m_settings->windowGeometry(WindowMemory::screenKey(screens.at(0)))
            != m_settings->windowGeometry(WindowMemory::screenKey(screens.at(1))));
}

void WindowMemoryTest::screenGone_primaryScreensWindowIsUsed()
{
    {
        auto window = makeWindow();
        window->resize(650, 450);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
        QTRY_COMPARE(window->size(), QSize(650, 450));
        WindowMemory(m_settings.get()).save(window.get());
    }
    const QString primary = WindowMemory::screenKey(QGuiApplication::primaryScreen());
    QCOMPARE(m_settings->lastWindowScreen(), primary);
    // Then closed on a monitor that has since been unplugged, with another size there.
    const QString unplugged = QStringLiteral("DP-9 3840x2160");
    auto other = makeWindow();
    other->resize(1500, 900);
    m_settings->setWindowGeometry(unplugged, other->saveGeometry());
    m_settings->setLastWindowScreen(unplugged);

    auto window = makeWindow();
    QVERIFY(WindowMemory(m_settings.get()).restore(window.get()));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), 30000));
    QTRY_COMPARE(window->size(), QSize(650, 450));
}

int main(int argc, char *argv[])
{
    // Offscreen (as CTest runs it): two virtual screens side by side. Any other platform is used as it is.
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" IDS_TWO_SCREENS_CONFIG);
    QApplication app(argc, argv);
    WindowMemoryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowmemory.moc"
