#include "accountswitcher.h"

#include <core/accounts/account.h>
#include <core/accounts/accountmanager.h>

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QToolBar>

namespace Ids::Widgets {

AccountSwitcher::AccountSwitcher(Core::AccountManager *accounts, QMenu *menu, QToolBar *toolBar)
    : QObject(toolBar)
    , m_accounts(accounts)
    , m_menu(menu)
    , m_comboBox(new QComboBox(toolBar))
    , m_chooseAction(new QAction(tr("&Choose Account…"), this))
    , m_group(new QActionGroup(this))
{
    m_comboBox->setObjectName(QStringLiteral("accountComboBox"));
    m_comboBox->setAccessibleName(tr("Account"));
    m_comboBox->setToolTip(tr("The account the window shows and everything is billed to"));
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("Account:"), toolBar);
    label->setBuddy(m_comboBox);
    label->setContentsMargins(6, 0, 4, 0);
    toolBar->addWidget(label);
    toolBar->addWidget(m_comboBox);

    m_chooseAction->setObjectName(QStringLiteral("chooseAccountAction"));
    m_chooseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_chooseAction->setStatusTip(tr("Open the list of accounts in the toolbar"));
    m_group->setExclusive(true);

    connect(m_chooseAction, &QAction::triggered, m_comboBox, [this] {
        m_comboBox->setFocus(Qt::ShortcutFocusReason);
        m_comboBox->showPopup();
    });
    // activated, not currentIndexChanged: only the user's choice asks for a switch, not a rebuild.
    connect(m_comboBox, &QComboBox::activated, this, [this](int index) {
        const QString id = m_comboBox->itemData(index).toString();
        if (!m_accounts->current() || id != m_accounts->current()->id())
            Q_EMIT switchRequested(id);
    });
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT switchRequested(action->data().toString()); });
    connect(m_accounts, &Core::AccountManager::listChanged, this, &AccountSwitcher::rebuild);
    connect(m_accounts, &Core::AccountManager::currentChanged, this, &AccountSwitcher::rebuild);
    rebuild();
}

QList<QAction *> AccountSwitcher::accountActions() const
{
    return m_group->actions();
}

void AccountSwitcher::rebuild()
{
    const QString current = m_accounts->current() ? m_accounts->current()->id() : QString();
    {
        const QSignalBlocker blocker(m_comboBox);
        m_comboBox->clear();
        for (const Core::AccountInfo &info : m_accounts->accounts()) {
            m_comboBox->addItem(info.name, info.id);
            if (info.id == current)
                m_comboBox->setCurrentIndex(m_comboBox->count() - 1);
        }
    }
    for (QAction *action : m_group->actions())
        delete action;
    m_menu->clear();
    int position = 0;
    for (const Core::AccountInfo &info : m_accounts->accounts()) {
        ++position;
        // An & in a name is a letter, not a mnemonic.
        auto *action = new QAction(QString(info.name).replace(QLatin1Char('&'), QStringLiteral("&&")), m_group);
        action->setObjectName(QStringLiteral("switchAccountAction%1").arg(position));
        action->setData(info.id);
        action->setCheckable(true);
        action->setChecked(info.id == current);
        action->setStatusTip(tr("Show the account “%1”; what you do is billed to it").arg(info.name));
        if (position <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + position)));
        m_menu->addAction(action);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_chooseAction);
}

} // namespace Ids::Widgets
