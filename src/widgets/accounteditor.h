#pragma once

#include <core/api/apierror.h>
#include <core/validation/baseurl.h>

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ids::Core {
class Account;
class AccountManager;
class KeyChecker;
} // namespace Ids::Core

namespace Ids::Widgets {

namespace Ui {
class AccountEditor;
}

// One account's name, key and address, in the Accounts dialog. A saved key is never shown again, not even
// masked in the field: the field stays empty and its placeholder names the last four characters
// (reliability-rules.md R19). Nothing is stored until save(). "Test key" checks the key typed (with the
// address typed), or the saved one, with Ideogram.
class AccountEditor final : public QWidget
{
    Q_OBJECT
public:
    AccountEditor(Core::AccountManager *accounts, Core::KeyChecker *checker, QWidget *parent = nullptr);
    ~AccountEditor() override;

    void setAccount(Core::Account *account);
    Core::Account *account() const;

    // Every field holds something that can be saved.
    bool canSave() const;
    // What is known of the key typed in the field (None: the field is empty, the saved key stays).
    enum class TypedKey { None, Untested, Works, Failed };
    TypedKey typedKeyState() const;
    // The sentence of the last test ("Ideogram rejected this key.", "…could not be found…").
    QString testResultText() const;
    // Tests the key typed (at the address typed), or the saved one; keyTested() tells the outcome.
    void testKey();
    // Stores name, address and (when one was typed) key.
    void save();
    // Stops a key test in progress (the dialog closes or another account is chosen).
    void cancelTest();

Q_SIGNALS:
    void canSaveChanged(bool canSave);
    // The keychain answered: false means the key is kept for this run only (the reason is shown here).
    void keyStored(bool persistent);
    void keyTested(bool works);

private:
    void refreshSavedKey();
    void refreshLastWorked();
    Core::BaseUrl::Check checkBaseUrlField() const;
    void updateState();
    void setAdvancedVisible(bool visible);
    void fitHeight();
    void onChecked(const Ids::Core::ApiError &error);
    enum class Outcome { Pending, Good, Bad };
    void setTestResult(const QString &text, Outcome outcome);

    std::unique_ptr<Ui::AccountEditor> m_ui;
    Core::AccountManager *m_accounts;
    Core::KeyChecker *m_checker;
    QPointer<Core::Account> m_account;
    QObject *m_accountContext = nullptr; // connections to the account shown; replaced with it
    bool m_checking = false;
    QString m_testingKey; // the key being tested, as it would be saved; empty: the saved key
    QString m_testedKey; // the key the last test was about
    bool m_testedWorks = false;
    bool m_lastCanSave = false;
};

} // namespace Ids::Widgets
