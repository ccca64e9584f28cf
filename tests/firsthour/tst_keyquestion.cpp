// A key is saved only when Ideogram confirmed it, or after a question (issue 14, item 3: "a key whose test
// failed is saved without a word"), and the sentences that send people to the API address name it as the
// Accounts dialog labels it. Real account objects, the real key checker, the sandbox over HTTP.
#include "../common/accountsfixture.h"
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
    Core::Account *first() const { return m_env->first(); }

    std::unique_ptr<AccountsFixture> m_env;
};

void KeyQuestionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void KeyQuestionTest::init()
{
    m_env = std::make_unique<AccountsFixture>();
    const QString problem = m_env->start(QStringLiteral("ids-tst-keyquestion"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void KeyQuestionTest::cleanup()
{
    m_env.reset();
}

std::unique_ptr<AccountsDialog> KeyQuestionTest::makeDialog()
{
    auto dialog = std::make_unique<AccountsDialog>(m_env->accounts.get(), &m_env->checker);
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
    const int checks = m_env->server.requestCount("GET");
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(dialog->unverifiedKeyQuestion());
    QCOMPARE(m_env->server.requestCount("GET"), checks);
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
    m_env->accounts->update(info);

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
