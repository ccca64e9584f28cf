// A proxy that asks for a password (HTTP 407), through the window: the error strip says so and offers "Enter
// Proxy Password…"; the question takes a user name and password, tries again at once, and the request then
// goes through the proxy with them. The password is in no file the app wrote. Against a CONNECT proxy written
// in the test and an HTTPS server with a certificate of a test CA trusted by this process only.
#include "../common/connectproxy.h"
#include "../common/httpstestserver.h"
#include "app/appcontroller.h"
#include "core/api/systemproxy.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"
#include "widgets/proxypassworddialog.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;

namespace {
const QString ApiHost = QStringLiteral("api.ideogram.test"); // reserved: only the proxy can reach it
const QString Password = QStringLiteral("proxy-pa55-7q");
} // namespace

class ProxyPasswordTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void banner_offersThePasswordOnlyFor407();
    void proxyAsks_windowAsks_requestGoesThrough_passwordInNoFile();
};

void ProxyPasswordTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(QStringLiteral(IDS_TEST_CERTIFICATES "/ca.pem"));
    QVERIFY2(!ca.isEmpty(), "the build makes the test certificates (tests/reliability/make-test-certificates.sh)");
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(ca); // this process only, standing in for the system's store
    QSslConfiguration::setDefaultConfiguration(configuration);
    for (const char *variable :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION", "http_proxy",
          "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(variable);
    Core::SystemProxy::use(); // what main() does
}

void ProxyPasswordTest::banner_offersThePasswordOnlyFor407()
{
    Widgets::ErrorBanner banner;
    banner.show();
    auto *button = banner.findChild<QPushButton *>(QStringLiteral("proxyPasswordButton"));
    QVERIFY(button);
    Core::ApiError refused;
    refused.kind = Core::ApiError::Kind::ProxyAuthRequired;
    refused.proxy = QStringLiteral("proxy.example:3128");
    banner.showError(refused);
    QVERIFY(button->isVisible());
    QSignalSpy asked(&banner, &Widgets::ErrorBanner::proxyPasswordRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("proxy.example:3128"));
    Core::ApiError other;
    other.kind = Core::ApiError::Kind::ProxyUnreachable;
    other.proxy = QStringLiteral("proxy.example:3128");
    banner.showError(other);
    QVERIFY(!button->isVisible());
}

void ProxyPasswordTest::proxyAsks_windowAsks_requestGoesThrough_passwordInNoFile()
{
    HttpsTestServer server;
    QVERIFY(server.start(QStringLiteral(IDS_TEST_CERTIFICATES "/good")));
    ConnectProxy proxy;
    QVERIFY(proxy.start(server.port()));
    proxy.requireCredentials("ana", Password.toUtf8());
    qputenv("https_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(proxy.port()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    App::LaunchOptions options;
    options.databasePath = dir.filePath(QStringLiteral("db.sqlite"));
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    options.baseUrlOverride = server.url(ApiHost);
    options.environmentKey = QStringLiteral("proxytestkey-0123456789");
    {
        App::AppController controller(options);
        QString error;
        QVERIFY2(controller.start(&error), qPrintable(error));
        Widgets::MainWindow *window = controller.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window, 30000));

        // The first read meets the proxy's 407: the strip says so and offers the question.
        auto *banner = window->findChild<Widgets::ErrorBanner *>(QStringLiteral("errorBanner"));
        QVERIFY(banner);
        auto *button = banner->findChild<QPushButton *>(QStringLiteral("proxyPasswordButton"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20000);
        QVERIFY2(banner->headline().contains(QLatin1String("user name and password")), qPrintable(banner->headline()));
        QCOMPARE(proxy.tunnels(), 0);
        QCOMPARE(server.requests().size(), 0);

        QTest::mouseClick(button, Qt::LeftButton);
        Widgets::ProxyPasswordDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<Widgets::ProxyPasswordDialog *>()) && dialog->isVisible());
        auto *intro = dialog->findChild<QLabel *>(QStringLiteral("proxyIntroLabel"));
        QVERIFY(intro && intro->text().contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())));
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("proxyUserLineEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("proxyPasswordLineEdit"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("proxyOkButton"));
        QVERIFY(user && password && ok);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled()); // a user name first
        QTest::keyClicks(user, QStringLiteral("ana"));
        QTest::keyClicks(password, Password);
        QTest::mouseClick(ok, Qt::LeftButton);

        // Tried again at once, through the proxy, with what was typed.
        QTRY_VERIFY_WITH_TIMEOUT(proxy.tunnels() >= 1, 20000);
        QCOMPARE(proxy.connects().last().authorization,
                 QByteArray("Basic " + QByteArray("ana:" + Password.toUtf8()).toBase64()));
        QTRY_VERIFY(server.requests().size() >= 1);
        QTRY_VERIFY(!button->isVisible());
        window->close();
    }
    qunsetenv("https_proxy");
    // Memory only: no file the app wrote holds the password, plain or as the base64 pair a proxy receives.
    const QByteArray pair = QByteArray("ana:" + Password.toUtf8()).toBase64();
    for (const QString &root : {dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)}) {
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(Password.toUtf8()) && !bytes.contains(pair), qPrintable(file.fileName()));
        }
    }
}

QTEST_MAIN(ProxyPasswordTest)
#include "tst_proxypassword.moc"
