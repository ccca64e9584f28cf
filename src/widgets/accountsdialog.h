#pragma once

#include <QDialog>
#include <QPointer>

class QListWidget;
class QMessageBox;
class QPushButton;

namespace Ids::Core {
class AccountManager;
class KeyChecker;
} // namespace Ids::Core

namespace Ids::Widgets {

class AccountEditor;

// File → Accounts…: the accounts in a list (the one in use marked), the chosen one's name, key and address
// beside it, Add and Remove. The sandbox is listed too and cannot be removed. Opened with open(), never
// exec(); changes are stored only by Save.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(Core::AccountManager *accounts, Core::KeyChecker *checker, QWidget *parent = nullptr);

    // Shows this account in the editor (the current one when the dialog opens).
    void selectAccount(const QString &id);
    QString selectedId() const;

    void addAccount();
    // Asks first: removing takes the key out of the keychain and, if the user says so, the local data.
    void removeSelected();
    // The question removeSelected() asks, while it is open.
    QMessageBox *removeQuestion() const;
    // Save: a key typed is tested first and saved when it works; one that does not is saved only after a
    // question (unverifiedKeyQuestion()), so a mistyped key or an offline test never goes by unnoticed.
    void save();
    QMessageBox *unverifiedKeyQuestion() const;

    void done(int result) override;

Q_SIGNALS:
    // The keychain refused a key: it is kept for this run only (the window says so too).
    void keyKeptForThisRunOnly(const QString &reason);

private:
    void fillList();
    void onSelectionChanged();
    void updateButtons();
    void saveNow();
    void askAboutUnverifiedKey();

    Core::AccountManager *m_accounts;
    QListWidget *m_list;
    AccountEditor *m_editor;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_saveButton;
    QPushButton *m_closeButton;
    QPointer<QMessageBox> m_removeQuestion;
    QPointer<QMessageBox> m_keyQuestion;
    bool m_saveAfterTest = false;
};

} // namespace Ids::Widgets
