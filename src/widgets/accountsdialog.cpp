#include "accountsdialog.h"

#include "accounteditor.h"

#include <core/accounts/account.h>
#include <core/accounts/accountmanager.h>
#include <core/secrets/secretstore.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <utility>

namespace Ids::Widgets {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

AccountsDialog::AccountsDialog(Core::AccountManager *accounts, Core::KeyChecker *checker, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_list(new QListWidget(this))
    , m_editor(new AccountEditor(accounts, checker, this))
    , m_addButton(new QPushButton(tr("&Add Account"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_list->setUniformItemSizes(true);
    m_editor->setObjectName(QStringLiteral("accountEditor"));
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_addButton->setAutoDefault(false);
    m_removeButton->setObjectName(QStringLiteral("removeAccountButton"));
    m_removeButton->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save this account"));
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(m_editor, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::onSelectionChanged);
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    // The answer may be about a key since changed in the field: save() looks at the field again.
    connect(m_editor, &AccountEditor::keyTested, this, [this] {
        if (std::exchange(m_saveAfterTest, false))
            save();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &AccountEditor::canSaveChanged, this, &AccountsDialog::updateButtons);
    connect(m_editor, &AccountEditor::keyStored, this, [this](bool persistent) {
        if (!persistent && m_editor->account())
            Q_EMIT keyKeptForThisRunOnly(m_editor->account()->secrets()->unavailableReason());
    });
    connect(m_accounts, &Core::AccountManager::listChanged, this, &AccountsDialog::fillList);
    connect(m_accounts, &Core::AccountManager::currentChanged, this, &AccountsDialog::fillList);

    fillList();
    if (m_accounts->current())
        selectAccount(m_accounts->current()->id());
    resize(760, sizeHint().height());
}

void AccountsDialog::fillList()
{
    const QString selected = selectedId();
    const QString current = m_accounts->current() ? m_accounts->current()->id() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Core::AccountInfo &info : m_accounts->accounts()) {
        // The one in use is named as such: the list says who pays now.
        // The sandbox says what it is where it is listed, not only in a tooltip.
        const QString name = info.sandbox ? tr("%1 — practice, nothing is billed").arg(info.name) : info.name;
        auto *item = new QListWidgetItem(info.id == current ? tr("%1 (in use)").arg(name) : name, m_list);
        item->setData(IdRole, info.id);
        item->setToolTip(info.sandbox ? tr("A pretend Ideogram on this computer; nothing is billed.")
                                      : info.baseUrl.toString());
    }
    // Every name read whole ("Sandbox — practice, nothing is billed (in use)"), never cut at the list's edge.
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth()
                            + m_list->verticalScrollBar()->sizeHint().width() + 8);
    selectAccount(selected.isEmpty() ? current : selected);
}

void AccountsDialog::selectAccount(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id) {
            if (m_list->currentRow() == row)
                onSelectionChanged();
            else
                m_list->setCurrentRow(row);
            return;
        }
    }
}

QMessageBox *AccountsDialog::removeQuestion() const
{
    return m_removeQuestion;
}

QString AccountsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void AccountsDialog::onSelectionChanged()
{
    const QString id = selectedId();
    if (m_editor->account() && m_editor->account()->id() == id) {
        updateButtons();
        return;
    }
    // The account is opened to show its key's last four characters and to test it. A Save waiting for the
    // previous account's key test goes with it: that test was cancelled, and this account's next test is no
    // Save the user asked for.
    m_saveAfterTest = false;
    m_editor->setAccount(id.isEmpty() ? nullptr : m_accounts->open(id));
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const std::optional<Core::AccountInfo> info = [this]() -> std::optional<Core::AccountInfo> {
        for (const Core::AccountInfo &account : m_accounts->accounts()) {
            if (account.id == selectedId())
                return account;
        }
        return std::nullopt;
    }();
    m_removeButton->setEnabled(info && !info->sandbox);
    m_removeButton->setToolTip(info && info->sandbox ? tr("The sandbox is part of the app and cannot be removed.")
                                                     : QString());
    m_saveButton->setEnabled(m_editor->canSave());
}

void AccountsDialog::addAccount()
{
    const Core::AccountInfo info = m_accounts->add({});
    selectAccount(info.id);
    // The name first: "Account 2" says nothing about who pays.
    if (auto *name = m_editor->findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"))) {
        name->setFocus();
        name->selectAll();
    }
}

void AccountsDialog::removeSelected()
{
    const QString id = selectedId();
    QString name;
    for (const Core::AccountInfo &info : m_accounts->accounts()) {
        if (info.id == id && !info.sandbox)
            name = info.name;
    }
    if (name.isEmpty() || m_removeQuestion)
        return;
    m_removeQuestion = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                       tr("Remove the account “%1”?").arg(name), QMessageBox::NoButton, this);
    m_removeQuestion->setObjectName(QStringLiteral("removeAccountQuestion"));
    m_removeQuestion->setTextFormat(Qt::PlainText);
    m_removeQuestion->setInformativeText(
        tr("Its key is removed from your system keychain. Its datasets and models on Ideogram are not touched. "
           "The datasets, models and thumbnails this computer kept for it can stay, or go too."));
    QPushButton *keep = m_removeQuestion->addButton(tr("Remove, &Keep Local Data"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepDataButton"));
    QPushButton *purge = m_removeQuestion->addButton(tr("Remove and &Delete Local Data"), QMessageBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("deleteDataButton"));
    m_removeQuestion->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_removeQuestion->setDefaultButton(QMessageBox::Cancel);
    m_removeQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_removeQuestion, &QDialog::finished, this, [this, id, keep, purge] {
        const QAbstractButton *clicked = m_removeQuestion ? m_removeQuestion->clickedButton() : nullptr;
        m_removeQuestion.clear();
        if (clicked != keep && clicked != purge)
            return;
        if (m_editor->account() && m_editor->account()->id() == id)
            m_editor->setAccount(nullptr);
        m_accounts->remove(id, clicked == purge);
    });
    // open(): no nested event loop while answers keep arriving.
    m_removeQuestion->open();
}

QMessageBox *AccountsDialog::unverifiedKeyQuestion() const
{
    return m_keyQuestion;
}

void AccountsDialog::save()
{
    if (!m_editor->canSave() || m_keyQuestion)
        return;
    switch (m_editor->typedKeyState()) {
    case AccountEditor::TypedKey::None:
    case AccountEditor::TypedKey::Works:
        saveNow();
        break;
    case AccountEditor::TypedKey::Failed:
        askAboutUnverifiedKey();
        break;
    case AccountEditor::TypedKey::Untested:
        // Tested first, as Test key would: a working key is then saved without a word more.
        m_saveAfterTest = true;
        m_editor->testKey();
        break;
    }
}

void AccountsDialog::saveNow()
{
    m_editor->save();
    fillList();
}

void AccountsDialog::askAboutUnverifiedKey()
{
    if (m_keyQuestion)
        return;
    m_keyQuestion =
        new QMessageBox(QMessageBox::Warning, tr("Key Not Confirmed"),
                        tr("Ideogram did not confirm this key. Save it anyway?"), QMessageBox::NoButton, this);
    m_keyQuestion->setObjectName(QStringLiteral("unverifiedKeyQuestion"));
    m_keyQuestion->setTextFormat(Qt::PlainText);
    m_keyQuestion->setInformativeText(
        tr("%1\n\nUntil the key works, nothing can be read from or sent to this account. You can test it again "
           "later here.")
            .arg(m_editor->testResultText()));
    QPushButton *saveAnyway = m_keyQuestion->addButton(tr("Save &Anyway"), QMessageBox::AcceptRole);
    saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    QPushButton *keepEditing = m_keyQuestion->addButton(tr("Keep &Editing"), QMessageBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditingButton"));
    m_keyQuestion->setDefaultButton(keepEditing);
    m_keyQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_keyQuestion, &QDialog::finished, this, [this, saveAnyway] {
        const bool save = m_keyQuestion && m_keyQuestion->clickedButton() == saveAnyway;
        m_keyQuestion.clear();
        if (save)
            saveNow();
    });
    // open(): no nested event loop while answers keep arriving.
    m_keyQuestion->open();
}

void AccountsDialog::done(int result)
{
    m_saveAfterTest = false;
    m_editor->cancelTest();
    QDialog::done(result);
}

} // namespace Ids::Widgets
