// File → Accounts… with the real account objects, the real secret store (session-only: no D-Bus in tests),
// the real key checker and the sandbox: what is stored, what is shown, what "Test key" says, adding and
// removing. Widgets are reached by their object names.
#include "../common/accountsfixture.h"
#include "core/accounts/account.h"
#include "core/accounts/accountlist.h"
#include "core/accounts/accountmanager.h"
#include "core/secrets/secretstore.h"
#include "core/services/keychecker.h"
#include "core/settings/appsettings.h"
#include "core/validation/apikey.h"
#include "core/validation/baseurl.h"
#include "sandbox/sandboxserver.h"
#include "widgets/accounteditor.h"
#include "widgets/accountsdialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Core::SecretStore;
using Sandbox::SandboxServer;
using Widgets::AccountsDialog;

namespace {

const QString TestKey = QStringLiteral("idg-test-key-7f3c9a41b2d6e8c05a1234");

} // namespace

class AccountsDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_keyWithSpacesAround_storesTrimmedKey();
    void keyField_malformedKey_saveDisabledWithReason_data();
    void keyField_malformedKey_saveDisabledWithReason();
    void reopen_afterSave_showsOnlyLastFour();
    void testKey_sandboxKey_saysItWorks();
    void testKey_wrongKey_saysRejected();
    void testKey_emptyFieldWithSavedKey_testsSavedKeyAndNotesWhenItWorked();
    void showButton_toggled_switchesEchoMode();
    void address_plainHttpRemote_saveDisabledWithReason();
    void save_newAddressAndName_storedInTheList();
    void sandbox_cannotBeChangedOrRemoved();
    void add_newAccountNamedAndSaved();
    void save_thenOtherAccountChosenBeforeTheTestAnswers_nothingSavedForEither();
    void remove_asksThenRemovesKeyAndOptionallyData();

private:
    std::unique_ptr<AccountsDialog> makeDialog();
    template<typename T> T *child(AccountsDialog *dialog, const char *name) const
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    QLineEdit *keyField(AccountsDialog *dialog) const { return child<QLineEdit>(dialog, "apiKeyLineEdit"); }
    QPushButton *saveButton(AccountsDialog *dialog) const { return child<QPushButton>(dialog, "saveButton"); }
    QPushButton *testButton(AccountsDialog *dialog) const { return child<QPushButton>(dialog, "testKeyButton"); }
    QLabel *testResult(AccountsDialog *dialog) const { return child<QLabel>(dialog, "testResultLabel"); }
    Core::Account *first() const { return m_env->first(); }
    void saveKey(const QString &typed);

    std::unique_ptr<AccountsFixture> m_env;
};

void AccountsDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void AccountsDialogTest::init()
{
    m_env = std::make_unique<AccountsFixture>();
    // Save tests a key typed first and asks before keeping one Ideogram refuses (tst_keyquestion): the
    // server here takes the test's key, so that saving it is saving a key that works.
    const QString problem = m_env->start(QStringLiteral("ids-tst-accountsdialog"), TestKey);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void AccountsDialogTest::cleanup()
{
    m_env.reset();
}

std::unique_ptr<AccountsDialog> AccountsDialogTest::makeDialog()
{
    auto dialog = std::make_unique<AccountsDialog>(m_env->accounts.get(), &m_env->checker);
    dialog->open();
    return dialog;
}

void AccountsDialogTest::saveKey(const QString &typed)
{
    auto dialog = makeDialog();
    QSignalSpy stored(first()->secrets(), &SecretStore::saved);
    QTest::keyClicks(keyField(dialog.get()), typed);
    QVERIFY(saveButton(dialog.get())->isEnabled());
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
}

void AccountsDialogTest::save_keyWithSpacesAround_storesTrimmedKey()
{
    auto dialog = makeDialog();
    QCOMPARE(dialog->selectedId(), Core::AccountList::FirstId); // the one in use is shown first
    QSignalSpy thisRunOnly(dialog.get(), &AccountsDialog::keyKeptForThisRunOnly);
    QLineEdit *field = keyField(dialog.get());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, QStringLiteral("  ") + TestKey + QStringLiteral("  "));
    QVERIFY(child<QLabel>(dialog.get(), "keyMessageLabel")->isHidden());
    QVERIFY(saveButton(dialog.get())->isEnabled());
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);

    QTRY_VERIFY(field->text().isEmpty()); // the key left the widget with the save
    QCOMPARE(first()->keyLastFour(), TestKey.right(4));
    QVERIFY(first()->hasKey());
    // No keychain in tests: the store says so and keeps the key for this run only; the window is told.
    QTRY_COMPARE(thisRunOnly.count(), 1);
    QCOMPARE(first()->secrets()->persistence(), SecretStore::Persistence::SessionOnly);
    QVERIFY(thisRunOnly.first().first().toString().contains(QStringLiteral("until you close the app")));
    auto *note = child<QLabel>(dialog.get(), "persistenceNoteLabel");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), first()->secrets()->unavailableReason());
}

void AccountsDialogTest::keyField_malformedKey_saveDisabledWithReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("space inside") << QStringLiteral("idg-test-key 7f3c9a41b2d6e8c0");
    QTest::newRow("too short") << QStringLiteral("short-key");
    QTest::newRow("not ascii") << QStringLiteral("idg-test-key-7f3c9a41b2d6é8c0");
    QTest::newRow("header injection") << QStringLiteral("idg-test-key-7f3c9a41\rX-Evil: 1");
}

void AccountsDialogTest::keyField_malformedKey_saveDisabledWithReason()
{
    QFETCH(QString, typed);
    auto dialog = makeDialog();
    QLineEdit *field = keyField(dialog.get());
    field->setFocus();
    field->insert(typed); // as a paste arrives
    const QString reason = Core::ApiKey::check(field->text()).reason;
    QVERIFY(!reason.isEmpty());
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    QVERIFY(!testButton(dialog.get())->isEnabled());
    auto *message = child<QLabel>(dialog.get(), "keyMessageLabel");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), reason);
    QCOMPARE(message->textFormat(), Qt::PlainText);

    // Enter in the field presses the default button, which must not save either.
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!first()->hasKey());

    field->clear();
    QVERIFY(message->isHidden());
}

void AccountsDialogTest::reopen_afterSave_showsOnlyLastFour()
{
    saveKey(TestKey);
    auto dialog = makeDialog();
    QLineEdit *field = keyField(dialog.get());
    QVERIFY(field->text().isEmpty());
    QVERIFY(field->placeholderText().contains(TestKey.right(4)));
    QVERIFY(!field->placeholderText().contains(TestKey.left(8)));
    // Nowhere else either: no text, tooltip or accessible text in the dialog holds the key.
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        QVERIFY(!widget->toolTip().contains(TestKey));
        QVERIFY(!widget->accessibleName().contains(TestKey));
        QVERIFY(!widget->accessibleDescription().contains(TestKey));
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            QVERIFY(!label->text().contains(TestKey));
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            QVERIFY(!edit->text().contains(TestKey));
    }
    // Keeping the saved key: Save with the field empty stores nothing new.
    QSignalSpy stored(first()->secrets(), &SecretStore::saved);
    QVERIFY(saveButton(dialog.get())->isEnabled());
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(stored.count(), 0);
    QCOMPARE(first()->keyLastFour(), TestKey.right(4));
}

void AccountsDialogTest::testKey_sandboxKey_saysItWorks()
{
    auto dialog = makeDialog();
    QTRY_VERIFY(first()->isKeyKnown());
    QVERIFY(!testButton(dialog.get())->isEnabled()); // nothing to test yet
    QTest::keyClicks(keyField(dialog.get()), TestKey);
    QVERIFY(testButton(dialog.get())->isEnabled());
    QTest::mouseClick(testButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(testResult(dialog.get())->text(), QStringLiteral("Checking…"));
    QVERIFY(!testButton(dialog.get())->isEnabled());
    QTRY_COMPARE(testResult(dialog.get())->text(), QStringLiteral("This key works."));
    QVERIFY(testResult(dialog.get())->isVisible());
    QVERIFY(testButton(dialog.get())->isEnabled());
    QCOMPARE(m_env->server.requestCount("GET", QStringLiteral("/datasets")), 1);
    QVERIFY(!first()->hasKey()); // testing is not saving
}

void AccountsDialogTest::testKey_wrongKey_saysRejected()
{
    auto dialog = makeDialog();
    QTest::keyClicks(keyField(dialog.get()), QStringLiteral("wrong-key-00000000000000"));
    QTest::mouseClick(testButton(dialog.get()), Qt::LeftButton);
    QTRY_COMPARE(testResult(dialog.get())->text(), QStringLiteral("Ideogram rejected this key."));

    // A result describes the key that was tested: editing the key takes it away.
    QTest::keyClick(keyField(dialog.get()), Qt::Key_Backspace);
    QVERIFY(testResult(dialog.get())->isHidden());
}

void AccountsDialogTest::testKey_emptyFieldWithSavedKey_testsSavedKeyAndNotesWhenItWorked()
{
    saveKey(TestKey);
    auto dialog = makeDialog();
    auto *lastWorked = child<QLabel>(dialog.get(), "lastWorkedLabel");
    QVERIFY(lastWorked->text().contains(QStringLiteral("not been used")));
    QVERIFY(keyField(dialog.get())->text().isEmpty());
    QVERIFY(testButton(dialog.get())->isEnabled());
    const int checksBefore = m_env->server.requestCount("GET", QStringLiteral("/datasets")); // the one before saving
    QTest::mouseClick(testButton(dialog.get()), Qt::LeftButton);
    QTRY_COMPARE(testResult(dialog.get())->text(), QStringLiteral("This key works."));
    // The saved key went with the account's own client, to its own address.
    QCOMPARE(m_env->server.requestCount("GET", QStringLiteral("/datasets")), checksBefore + 1);
    QTRY_VERIFY(first()->info().keyLastWorkedUtc.isValid());
    QVERIFY2(lastWorked->text().contains(QStringLiteral("last accepted this key on")), qPrintable(lastWorked->text()));
    // Kept for the next run.
    QVERIFY(m_env->settings->accounts()->first().keyLastWorkedUtc.isValid());
}

void AccountsDialogTest::showButton_toggled_switchesEchoMode()
{
    auto dialog = makeDialog();
    QLineEdit *field = keyField(dialog.get());
    auto *show = child<QPushButton>(dialog.get(), "showKeyButton");
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
}

void AccountsDialogTest::address_plainHttpRemote_saveDisabledWithReason()
{
    Core::AccountInfo info = first()->info();
    info.baseUrl = Core::BaseUrl::defaultUrl();
    m_env->accounts->update(info);
    auto dialog = makeDialog();
    auto *url = child<QLineEdit>(dialog.get(), "baseUrlLineEdit");
    QVERIFY(!url->isVisible()); // Advanced starts closed for Ideogram's own address
    url->setText(QStringLiteral("http://api.ideogram.ai"));
    const QString reason = Core::BaseUrl::check(url->text()).reason;
    QVERIFY(!reason.isEmpty());
    QVERIFY(url->isVisible()); // a problem opens the section it is in
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    auto *message = child<QLabel>(dialog.get(), "baseUrlMessageLabel");
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), reason);

    url->setText(QStringLiteral("https://api.ideogram.ai"));
    QVERIFY(saveButton(dialog.get())->isEnabled());
}

void AccountsDialogTest::save_newAddressAndName_storedInTheList()
{
    auto dialog = makeDialog();
    child<QLineEdit>(dialog.get(), "baseUrlLineEdit")->setText(QStringLiteral("https://proxy.example.com/"));
    auto *name = child<QLineEdit>(dialog.get(), "accountNameLineEdit");
    name->setText(QStringLiteral("Acme client"));
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    const QUrl expected(QStringLiteral("https://proxy.example.com"));
    QCOMPARE(first()->baseUrl(), expected);
    QCOMPARE(first()->name(), QStringLiteral("Acme client"));
    QCOMPARE(m_env->settings->accounts()->first().baseUrl, expected);
    QCOMPARE(m_env->settings->accounts()->first().name, QStringLiteral("Acme client"));
    QVERIFY(!first()->hasKey());
    // The list names the account in use as such.
    auto *list = child<QListWidget>(dialog.get(), "accountList");
    QCOMPARE(list->item(0)->text(), QStringLiteral("Acme client (in use)"));
}

void AccountsDialogTest::sandbox_cannotBeChangedOrRemoved()
{
    auto dialog = makeDialog();
    dialog->selectAccount(Core::AccountList::SandboxId);
    auto *editor = child<Widgets::AccountEditor>(dialog.get(), "accountEditor");
    QVERIFY(editor);
    QVERIFY(editor->account()->isSandbox());
    QVERIFY(!child<QPushButton>(dialog.get(), "removeAccountButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog.get(), "baseUrlLineEdit")->isEnabled());
    QVERIFY(!keyField(dialog.get())->isEnabled());
    QVERIFY(child<QLineEdit>(dialog.get(), "accountNameLineEdit")->isReadOnly());
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    // Nothing removes it, whoever asks.
    m_env->accounts->remove(Core::AccountList::SandboxId, true);
    QCOMPARE(m_env->accounts->accounts().last().id, Core::AccountList::SandboxId);
}

void AccountsDialogTest::add_newAccountNamedAndSaved()
{
    auto dialog = makeDialog();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "addAccountButton"), Qt::LeftButton);
    QCOMPARE(m_env->accounts->accounts().size(), 3);
    const Core::AccountInfo added = m_env->accounts->accounts().at(1); // before the sandbox
    QCOMPARE(dialog->selectedId(), added.id);
    auto *name = child<QLineEdit>(dialog.get(), "accountNameLineEdit");
    QCOMPARE(name->text(), added.name);
    name->setText(QStringLiteral("Globex"));
    QTest::keyClicks(keyField(dialog.get()), TestKey);
    // Its address is the sandbox's, so that the key is tested there on Save rather than at Ideogram.
    child<QLineEdit>(dialog.get(), "baseUrlLineEdit")->setText(m_env->server.baseUrl().toString());
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_COMPARE(m_env->accounts->accounts().at(1).name, QStringLiteral("Globex"));
    Core::Account *globex = m_env->accounts->open(added.id);
    QTRY_COMPARE(globex->keyLastFour(), TestKey.right(4));
    // Its own keychain entry and database, not the first account's.
    QVERIFY(globex->secrets()->keyName() != first()->secrets()->keyName());
    QVERIFY(globex->databasePath() != first()->databasePath());
    QVERIFY(!first()->hasKey());
}

void AccountsDialogTest::save_thenOtherAccountChosenBeforeTheTestAnswers_nothingSavedForEither()
{
    const Core::AccountInfo other = m_env->accounts->add(QStringLiteral("Globex"));
    Core::AccountInfo otherInfo = other;
    otherInfo.baseUrl = m_env->server.baseUrl();
    m_env->accounts->update(otherInfo);
    auto dialog = makeDialog();
    // Save tests the typed key first; another account is chosen before Ideogram answers (same event-loop turn).
    QTest::keyClicks(keyField(dialog.get()), TestKey);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    dialog->selectAccount(other.id);
    QCOMPARE(dialog->selectedId(), other.id);
    // The other account's own Test key is a test, not the Save the user gave up by leaving the first account.
    QTest::keyClicks(keyField(dialog.get()), TestKey);
    QTest::mouseClick(testButton(dialog.get()), Qt::LeftButton);
    QTRY_COMPARE(testResult(dialog.get())->text(), QStringLiteral("This key works."));
    // A save would have run with the answer, in the same call that shows it.
    QVERIFY(!m_env->accounts->open(other.id)->hasKey());
    QVERIFY(!first()->hasKey());
}

void AccountsDialogTest::remove_asksThenRemovesKeyAndOptionallyData()
{
    const Core::AccountInfo keep = m_env->accounts->add(QStringLiteral("Kept data"));
    const Core::AccountInfo purge = m_env->accounts->add(QStringLiteral("Deleted data"));
    const QString keptPath = m_env->accounts->open(keep.id)->databasePath();
    const QString purgedPath = m_env->accounts->open(purge.id)->databasePath();
    QVERIFY(QFile::exists(keptPath) && QFile::exists(purgedPath));
    QVERIFY(m_env->accounts->switchTo(purge.id));

    auto dialog = makeDialog();
    const auto remove = [&](const QString &id, const char *button) {
        dialog->selectAccount(id);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "removeAccountButton"), Qt::LeftButton);
        QMessageBox *question = dialog->removeQuestion();
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("“")));
        QVERIFY(question->informativeText().contains(QStringLiteral("keychain")));
        QTest::mouseClick(question->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    };
    // Cancel removes nothing.
    remove(keep.id, "cancelButton");
    QCOMPARE(m_env->accounts->accounts().size(), 4);

    remove(keep.id, "keepDataButton");
    QCOMPARE(m_env->accounts->accounts().size(), 3);
    remove(purge.id, "deleteDataButton");
    QCOMPARE(m_env->accounts->accounts().size(), 2);
    // The account in use was removed: another one is shown, and the list says which.
    QVERIFY(m_env->accounts->current());
    QCOMPARE(m_env->accounts->current()->id(), Core::AccountList::FirstId);
    QTRY_VERIFY(!QFile::exists(purgedPath));
    QTest::qWait(50);
    QVERIFY(QFile::exists(keptPath));
    QVERIFY(!m_env->settings->accounts()->contains(keep));
}

QTEST_MAIN(AccountsDialogTest)
#include "tst_accountsdialog.moc"
