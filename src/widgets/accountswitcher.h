#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QToolBar;

namespace Ids::Core {
class AccountManager;
}

namespace Ids::Widgets {

// The two places an account is switched from: a combo box in the toolbar, and File → Switch Account with one
// action per account (the first nine on Ctrl+Alt+1…9) and "Choose…" (Ctrl+Shift+A) that opens the combo's
// list. Both follow the manager's list and current account; a choice is only asked for (switchRequested), the
// window decides.
class AccountSwitcher final : public QObject
{
    Q_OBJECT
public:
    AccountSwitcher(Core::AccountManager *accounts, QMenu *menu, QToolBar *toolBar);

    // The menu's action for the account at this position of the list (for shortcuts and tests).
    QList<QAction *> accountActions() const;

Q_SIGNALS:
    void switchRequested(const QString &accountId);

private:
    void rebuild();

    Core::AccountManager *m_accounts;
    QMenu *m_menu;
    QComboBox *m_comboBox;
    QAction *m_chooseAction;
    QActionGroup *m_group;
};

} // namespace Ids::Widgets
