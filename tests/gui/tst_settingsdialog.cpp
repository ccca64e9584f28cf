// The settings dialog with the real secret store (session-only: no D-Bus in tests), the real key checker
// and the sandbox: what is stored, what is shown, and what "Test key" says.
#include "core/secrets/secretstore.h"
#include "core/services/keychecker.h"
#include "core/settings/appsettings.h"
#include "core/validation/apikey.h"
#include "core/validation/baseurl.h"
#include "sandbox/sandboxserver.h"
#include "widgets/settingsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Core::SecretStore;
using Sandbox::SandboxServer;
using Widgets::SettingsDialog;

namespace {

const QString TestKey = QStringLiteral("idg-test-key-7f3c9a41b2d6e8c05a1234");

} // namespace

class SettingsDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_keyWithSpacesAround_storesTrimmedKey();
    void keyField_malformedKey_saveDisabledWithReason();
    void keyField_malformedKey_saveDisabledWithReason_data();
    void reopen_afterSave_showsOnlyMaskedLastFour();
    void reopen_sessionOnlyStore_showsWhyKeyIsNotKept();
    void testKey_sandboxKey_saysItWorks();
    void testKey_wrongKey_saysRejected();
    void testKey_emptyFieldWithSavedKey_testsSavedKey();
    void showButton_toggled_switchesEchoMode();
    void baseUrl_plainHttpRemote_saveDisabledWithReason();
    void save_newBaseUrl_storedAndEmitted();
    void setLocked_on_urlFieldDisabledAndNotStored();

private:
    std::unique_ptr<SettingsDialog> makeDialog(const QUrl &baseUrl = {});
    void saveKey(const QString &typed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Core::KeyChecker> m_checker;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Core::AppSettings> m_settings;
};

void SettingsDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void SettingsDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_checker = std::make_unique<Core::KeyChecker>(m_network.get());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ids-tst-settingsdialog"));
    m_settings = std::make_unique<Core::AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void SettingsDialogTest::cleanup()
{
    m_settings.reset();
    m_secrets.reset();
    m_checker.reset();
    m_network.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> SettingsDialogTest::makeDialog(const QUrl &baseUrl)
{
    auto dialog = std::make_unique<SettingsDialog>(m_secrets.get(), m_checker.get(), m_settings.get(),
                                                   baseUrl.isValid() ? baseUrl : m_server->baseUrl());
    dialog->open();
    return dialog;
}

void SettingsDialogTest::saveKey(const QString &typed)
{
    auto dialog = makeDialog();
    QSignalSpy stored(m_secrets.get(), &SecretStore::saved);
    QTest::keyClicks(dialog->apiKeyLineEdit(), typed);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QTRY_COMPARE(stored.count(), 1);
}

void SettingsDialogTest::save_keyWithSpacesAround_storesTrimmedKey()
{
    auto dialog = makeDialog();
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    QSignalSpy stored(m_secrets.get(), &SecretStore::saved);
    QCOMPARE(dialog->apiKeyLineEdit()->echoMode(), QLineEdit::Password);

    QTest::keyClicks(dialog->apiKeyLineEdit(), QStringLiteral("  ") + TestKey + QStringLiteral("  "));
    QVERIFY(dialog->keyMessageLabel()->isHidden());
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(0).toString(), TestKey);
    QCOMPARE(saved.first().at(1).toUrl(), m_server->baseUrl());
    QCOMPARE(m_secrets->key(), TestKey);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    QVERIFY(dialog->apiKeyLineEdit()->text().isEmpty()); // the key left the widget with the save
    // No keychain in tests: the store says so and keeps the key for this run only.
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.first().first().toBool(), false);
    QCOMPARE(m_secrets->persistence(), SecretStore::Persistence::SessionOnly);
    QCOMPARE(m_secrets->key(), TestKey);
}

void SettingsDialogTest::keyField_malformedKey_saveDisabledWithReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("space inside") << QStringLiteral("idg-test-key 7f3c9a41b2d6e8c0");
    QTest::newRow("too short") << QStringLiteral("short-key");
    QTest::newRow("not ascii") << QStringLiteral("idg-test-key-7f3c9a41b2d6é8c0");
    QTest::newRow("header injection") << QStringLiteral("idg-test-key-7f3c9a41\rX-Evil: 1");
}

void SettingsDialogTest::keyField_malformedKey_saveDisabledWithReason()
{
    QFETCH(QString, typed);
    auto dialog = makeDialog();
    dialog->apiKeyLineEdit()->setFocus();
    dialog->apiKeyLineEdit()->insert(typed); // as a paste arrives
    const QString reason = Core::ApiKey::check(dialog->apiKeyLineEdit()->text()).reason;
    QVERIFY(!reason.isEmpty());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->testKeyButton()->isEnabled());
    QVERIFY(dialog->keyMessageLabel()->isVisible());
    QCOMPARE(dialog->keyMessageLabel()->text(), reason);
    QCOMPARE(dialog->keyMessageLabel()->textFormat(), Qt::PlainText);

    // Enter in the field presses the default button, which must not save either.
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    QTest::keyClick(dialog->apiKeyLineEdit(), Qt::Key_Return);
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_secrets->key().isEmpty());

    dialog->apiKeyLineEdit()->clear();
    QVERIFY(dialog->keyMessageLabel()->isHidden());
}

void SettingsDialogTest::reopen_afterSave_showsOnlyMaskedLastFour()
{
    saveKey(TestKey);
    QCOMPARE(m_secrets->key(), TestKey);

    auto dialog = makeDialog();
    QLineEdit *field = dialog->apiKeyLineEdit();
    QVERIFY(field->text().isEmpty());
    QVERIFY(field->placeholderText().contains(TestKey.right(4)));
    QVERIFY(field->placeholderText().contains(Core::ApiKey::masked(TestKey)));
    QVERIFY(!field->placeholderText().contains(TestKey));
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
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    QSignalSpy stored(m_secrets.get(), &SecretStore::saved);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.first().first().toString().isEmpty());
    QTest::qWait(50);
    QCOMPARE(stored.count(), 0);
    QCOMPARE(m_secrets->key(), TestKey);
}

void SettingsDialogTest::reopen_sessionOnlyStore_showsWhyKeyIsNotKept()
{
    auto first = makeDialog();
    QVERIFY(first->persistenceNoteLabel()->isHidden()); // not known yet
    first->reject();

    saveKey(TestKey);
    QCOMPARE(m_secrets->persistence(), SecretStore::Persistence::SessionOnly);
    auto dialog = makeDialog();
    QVERIFY(dialog->persistenceNoteLabel()->isVisible());
    QCOMPARE(dialog->persistenceNoteLabel()->text(), m_secrets->unavailableReason());
    QVERIFY(dialog->persistenceNoteLabel()->text().contains(QStringLiteral("until you close the app")));
}

void SettingsDialogTest::testKey_sandboxKey_saysItWorks()
{
    auto dialog = makeDialog();
    QVERIFY(!dialog->testKeyButton()->isEnabled()); // nothing to test yet
    QTest::keyClicks(dialog->apiKeyLineEdit(), SandboxServer::defaultApiKey());
    QVERIFY(dialog->testKeyButton()->isEnabled());
    QTest::mouseClick(dialog->testKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog->testResultLabel()->text(), QStringLiteral("Checking…"));
    QVERIFY(!dialog->testKeyButton()->isEnabled());
    QTRY_COMPARE(dialog->testResultLabel()->text(), QStringLiteral("This key works."));
    QVERIFY(dialog->testResultLabel()->isVisible());
    QVERIFY(dialog->testKeyButton()->isEnabled());
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/datasets")), 1);
    QVERIFY(m_secrets->key().isEmpty()); // testing is not saving
}

void SettingsDialogTest::testKey_wrongKey_saysRejected()
{
    auto dialog = makeDialog();
    QTest::keyClicks(dialog->apiKeyLineEdit(), QStringLiteral("wrong-key-00000000000000"));
    QTest::mouseClick(dialog->testKeyButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog->testResultLabel()->text(), QStringLiteral("Ideogram rejected this key."));

    // A result describes the key that was tested: editing the key takes it away.
    QTest::keyClick(dialog->apiKeyLineEdit(), Qt::Key_Backspace);
    QVERIFY(dialog->testResultLabel()->isHidden());
}

void SettingsDialogTest::testKey_emptyFieldWithSavedKey_testsSavedKey()
{
    saveKey(SandboxServer::defaultApiKey());
    auto dialog = makeDialog();
    QVERIFY(dialog->apiKeyLineEdit()->text().isEmpty());
    QVERIFY(dialog->testKeyButton()->isEnabled());
    QTest::mouseClick(dialog->testKeyButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog->testResultLabel()->text(), QStringLiteral("This key works."));
}

void SettingsDialogTest::showButton_toggled_switchesEchoMode()
{
    auto dialog = makeDialog();
    QCOMPARE(dialog->apiKeyLineEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog->apiKeyLineEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog->apiKeyLineEdit()->echoMode(), QLineEdit::Password);
}

void SettingsDialogTest::baseUrl_plainHttpRemote_saveDisabledWithReason()
{
    auto dialog = makeDialog(Core::BaseUrl::defaultUrl());
    QLineEdit *url = dialog->baseUrlLineEdit();
    QVERIFY(!url->isVisible()); // Advanced starts closed for Ideogram's own address
    url->setText(QStringLiteral("http://api.ideogram.ai"));
    const QString reason = Core::BaseUrl::check(url->text()).reason;
    QVERIFY(!reason.isEmpty());
    QVERIFY(url->isVisible()); // a problem opens the section it is in
    QVERIFY(!dialog->saveButton()->isEnabled());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("baseUrlMessageLabel"));
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), reason);

    url->setText(QStringLiteral("https://api.ideogram.ai"));
    QVERIFY(dialog->saveButton()->isEnabled());
}

void SettingsDialogTest::save_newBaseUrl_storedAndEmitted()
{
    auto dialog = makeDialog(Core::BaseUrl::defaultUrl());
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    dialog->baseUrlLineEdit()->setText(QStringLiteral("https://proxy.example.com/"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const QUrl expected(QStringLiteral("https://proxy.example.com"));
    QCOMPARE(saved.first().at(1).toUrl(), expected);
    QCOMPARE(m_settings->baseUrl(), expected);
    QVERIFY(m_secrets->key().isEmpty());
}

void SettingsDialogTest::setLocked_on_urlFieldDisabledAndNotStored()
{
    auto dialog = makeDialog(m_server->baseUrl());
    dialog->setLocked(true);
    QVERIFY(!dialog->baseUrlLineEdit()->isEnabled());
    QCOMPARE(dialog->baseUrlLineEdit()->text(), m_server->baseUrl().toString());
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    // The sandbox's address is for this run: it never becomes the saved address.
    QCOMPARE(m_settings->baseUrl(), Core::BaseUrl::defaultUrl());
}

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
