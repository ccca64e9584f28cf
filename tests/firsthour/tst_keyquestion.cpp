// A key is saved only when Ideogram confirmed it, or after a question (issue 14, item 3: "a key whose test
// failed is saved without a word"), and the sentences that send people to the API address name it as the
// Accounts dialog labels it. Real account objects, the real key checker, the sandbox over HTTP.
#include "core/accounts/account.h"
#include "core/accounts/accountlist.h"
#include "core/accounts/accountmanager.h"
#include "core/api/apierror.h"
#include "core/secrets/secretstore.h"
#include "core/services/keychecker.h"
#include "core/settings/appsettings.h"
#include "sandbox/sandboxserver.h"
#include "widgets/accounteditor.h"
#include "widgets/accountsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Ids;
using Sandbox::SandboxServer;
using Widgets::AccountsDialog;

namespace {

const QString WrongKey = QStringLiteral("idg-test-key-7f3c9a41b2d6e8c05a1234");

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class KeyQuestionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_keyIdeogramRejects_savedOnlyAfterTheQuestion();
    void save_keyThatWorks_savedWithoutAQuestion();
    void save_serverUnreachable_asksWithTheReason();
    void sentences_nameTheApiAddressAsTheDialogLabelsIt();

private:
    std::unique_ptr<AccountsDialog> makeDialog();
    template<typename T> T *child(AccountsDialog *dialog, const char *name) const
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    void typeKeyAndSave(AccountsDialog *dialog, const QString &key);
    Core::Account *first() const { return m_accounts->open(Core::AccountList::FirstId); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Core::KeyChecker> m_checker;
    std::unique_ptr<Core::AppSettings> m_settings;
    std::unique_ptr<Core::AccountManager> m_accounts;
};

void KeyQuestionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void KeyQuestionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_checker = std::make_unique<Core::KeyChecker>(m_network.get());
    m_settings = std::make_unique<Core::AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    Core::AccountEnvironment environment;
    environment.keychainService = QStringLiteral("ids-tst-keyquestion");
    environment.dataDirectory = m_dir->path();
    environment.firstDatabasePath = m_dir->filePath(QStringLiteral("db.sqlite"));
    environment.picturesRoot = m_dir->filePath(QStringLiteral("pictures"));
    m_accounts = std::make_unique<Core::AccountManager>(m_settings.get(), environment);
    QVERIFY(m_accounts->load());
    QVERIFY(m_accounts->switchTo(Core::AccountList::FirstId));
    Core::AccountInfo info = first()->info();
    info.baseUrl = m_server->baseUrl();
    m_accounts->update(info);
}

void KeyQuestionTest::cleanup()
{
    m_accounts.reset();
    m_settings.reset();
    m_checker.reset();
    m_network.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<AccountsDialog> KeyQuestionTest::makeDialog()
{
    auto dialog = std::make_unique<AccountsDialog>(m_accounts.get(), m_checker.get());
    dialog->open();
    return dialog;
}

void KeyQuestionTest::typeKeyAndSave(AccountsDialog *dialog, const QString &key)
{
    auto *field = child<QLineEdit>(dialog, "apiKeyLineEdit");
    field->clear();
    QTest::keyClicks(field, key);
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

void KeyQuestionTest::save_keyIdeogramRejects_savedOnlyAfterTheQuestion()
{
    auto dialog = makeDialog();
    typeKeyAndSave(dialog.get(), WrongKey);
    // Tested first (as Test key would), and Ideogram says no: a question, and nothing saved yet.
    QTRY_VERIFY(dialog->unverifiedKeyQuestion());
    QMessageBox *question = dialog->unverifiedKeyQuestion();
    QVERIFY(question->informativeText().contains(QStringLiteral("Ideogram rejected this key.")));
    QVERIFY(!first()->hasKey());
    QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("keepEditingButton"));

    // Keep Editing: still nothing saved, the key stays in the field to be corrected.
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("keepEditingButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->unverifiedKeyQuestion());
    QVERIFY(!first()->hasKey());
    QCOMPARE(child<QLineEdit>(dialog.get(), "apiKeyLineEdit")->text(), WrongKey);

    // Save again: the answer is known, the question comes at once; Save Anyway saves it.
    const int checks = m_server->requestCount("GET");
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(dialog->unverifiedKeyQuestion());
    QCOMPARE(m_server->requestCount("GET"), checks);
    QSignalSpy stored(first()->secrets(), &Core::SecretStore::saved);
    QTest::mouseClick(dialog->unverifiedKeyQuestion()->findChild<QPushButton *>(QStringLiteral("saveAnywayButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(first()->keyLastFour(), WrongKey.right(4));
}

void KeyQuestionTest::save_keyThatWorks_savedWithoutAQuestion()
{
    auto dialog = makeDialog();
    QSignalSpy stored(first()->secrets(), &Core::SecretStore::saved);
    typeKeyAndSave(dialog.get(), SandboxServer::defaultApiKey());
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(first()->keyLastFour(), SandboxServer::defaultApiKey().right(4));
    QVERIFY(!dialog->unverifiedKeyQuestion());
    QCOMPARE(child<QLabel>(dialog.get(), "testResultLabel")->text(), QStringLiteral("This key works."));
}

void KeyQuestionTest::save_serverUnreachable_asksWithTheReason()
{
    // An address where nothing listens: offline, as far as the test of the key can tell.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Core::AccountInfo info = first()->info();
    info.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_accounts->update(info);

    auto dialog = makeDialog();
    typeKeyAndSave(dialog.get(), WrongKey);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->unverifiedKeyQuestion(), 15000);
    Core::ApiError refused;
    refused.kind = Core::ApiError::Kind::ConnectionRefused;
    QVERIFY2(dialog->unverifiedKeyQuestion()->informativeText().contains(refused.headline()),
             qPrintable(dialog->unverifiedKeyQuestion()->informativeText()));
    QVERIFY(!first()->hasKey());
    dialog->unverifiedKeyQuestion()->reject();
}

void KeyQuestionTest::sentences_nameTheApiAddressAsTheDialogLabelsIt()
{
    auto dialog = makeDialog();
    auto *label = child<QLabel>(dialog.get(), "baseUrlLabel");
    auto *advanced = child<QToolButton>(dialog.get(), "advancedToolButton");
    QVERIFY(label && advanced);
    const QString address = withoutMnemonic(label->text()).remove(QLatin1Char(':')); // "API address"
    const QString section = withoutMnemonic(advanced->text()); // "Advanced"
    QCOMPARE(address, QStringLiteral("API address"));
    for (const Core::ApiError::Kind kind : {Core::ApiError::Kind::HostNotFound, Core::ApiError::Kind::ConnectionRefused,
                                            Core::ApiError::Kind::Tls, Core::ApiError::Kind::Redirect}) {
        Core::ApiError error;
        error.kind = kind;
        const QString headline = error.headline();
        QVERIFY2(headline.contains(address) && headline.contains(section), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("File ▸ Accounts…")), qPrintable(headline));
        QVERIFY2(!headline.contains(QStringLiteral("Settings")) && !headline.contains(QStringLiteral("base URL")),
                 qPrintable(headline));
    }
    Core::ApiError unauthorized;
    unauthorized.kind = Core::ApiError::Kind::Unauthorized;
    QVERIFY(unauthorized.headline().contains(QStringLiteral("File ▸ Accounts…")));
    QVERIFY(!unauthorized.headline().contains(QStringLiteral("Settings")));
}

QTEST_MAIN(KeyQuestionTest)
#include "tst_keyquestion.moc"
