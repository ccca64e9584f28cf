#include "accounteditor.h"

#include "tone.h"
#include "ui_accounteditor.h"

#include <core/accounts/account.h>
#include <core/accounts/accountmanager.h>
#include <core/secrets/secretstore.h>
#include <core/services/keychecker.h>
#include <core/validation/apikey.h>
#include <core/validation/baseurl.h>

#include <QLocale>
#include <QPushButton>

namespace Ids::Widgets {

using Core::ApiError;
using Core::ApiKey;
using Core::BaseUrl;

AccountEditor::AccountEditor(Core::AccountManager *accounts, Core::KeyChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountEditor>())
    , m_accounts(accounts)
    , m_checker(checker)
{
    m_ui->setupUi(this);
    m_ui->apiKeyLineEdit->setMaxLength(ApiKey::MaxLength * 2); // room for a paste with text around it
    applyErrorText(m_ui->keyMessageLabel);
    applyErrorText(m_ui->baseUrlMessageLabel);
    m_ui->keyMessageLabel->setVisible(false);
    m_ui->testResultLabel->setVisible(false);
    m_ui->baseUrlMessageLabel->setVisible(false);
    m_ui->persistenceNoteLabel->setVisible(false);

    connect(m_ui->accountNameLineEdit, &QLineEdit::textChanged, this, &AccountEditor::updateState);
    connect(m_ui->apiKeyLineEdit, &QLineEdit::textChanged, this, [this] {
        // A result is about the key that was tested, not the one now in the field.
        m_ui->testResultLabel->setVisible(false);
        updateState();
    });
    connect(m_ui->apiKeyLineEdit, &QLineEdit::editingFinished, this, [this] {
        // Pasted keys often carry a line break or spaces; show what will be saved.
        const QString text = m_ui->apiKeyLineEdit->text();
        if (text != text.trimmed())
            m_ui->apiKeyLineEdit->setText(text.trimmed());
    });
    connect(m_ui->showKeyButton, &QPushButton::toggled, this, [this](bool show) {
        m_ui->apiKeyLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(show ? tr("&Hide") : tr("S&how"));
    });
    connect(m_ui->testKeyButton, &QPushButton::clicked, this, &AccountEditor::testKey);
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textChanged, this, &AccountEditor::updateState);
    connect(m_ui->resetBaseUrlButton, &QPushButton::clicked, this,
            [this] { m_ui->baseUrlLineEdit->setText(BaseUrl::defaultUrl().toString()); });
    connect(m_ui->advancedToolButton, &QToolButton::toggled, this, &AccountEditor::setAdvancedVisible);
    connect(m_checker, &Core::KeyChecker::checked, this, &AccountEditor::onChecked);
    setAdvancedVisible(false);
    setEnabled(false);
}

AccountEditor::~AccountEditor() = default;

Core::Account *AccountEditor::account() const
{
    return m_account;
}

void AccountEditor::setAccount(Core::Account *account)
{
    cancelTest();
    delete m_accountContext;
    m_accountContext = new QObject(this);
    m_account = account;
    setEnabled(account);
    m_testedKey.clear();
    m_ui->apiKeyLineEdit->clear();
    m_ui->testResultLabel->setVisible(false);
    if (!account) {
        m_ui->accountNameLineEdit->clear();
        updateState();
        return;
    }
    const bool sandbox = account->isSandbox();
    m_ui->accountNameLineEdit->setText(account->name());
    // The sandbox's name, key and address are the app's own, fixed for the run.
    m_ui->accountNameLineEdit->setReadOnly(sandbox);
    m_ui->apiKeyLineEdit->setEnabled(!sandbox);
    m_ui->showKeyButton->setEnabled(!sandbox);
    m_ui->baseUrlLineEdit->setEnabled(!sandbox);
    m_ui->resetBaseUrlButton->setEnabled(!sandbox);
    m_ui->baseUrlLineEdit->setText(account->baseUrl().toString());
    // Open the advanced part only when it holds something other than Ideogram's own address.
    setAdvancedVisible(!sandbox && account->baseUrl() != BaseUrl::defaultUrl());
    // The key may still be on its way from the keychain.
    connect(account, &Core::Account::keyChanged, m_accountContext, [this] { refreshSavedKey(); });
    connect(account, &Core::Account::infoChanged, m_accountContext, [this] { refreshLastWorked(); });
    connect(account, &Core::Account::keyTested, m_accountContext,
            [this](const Core::ApiError &error) { onChecked(error); });
    connect(account->secrets(), &Core::SecretStore::saved, m_accountContext, [this](bool persistent) {
        refreshSavedKey();
        Q_EMIT keyStored(persistent);
    });
    if (!account->isKeyKnown())
        account->loadKey();
    refreshSavedKey();
    refreshLastWorked();
}

void AccountEditor::fitHeight()
{
    // A window grows to its layout's minimum by itself, but that minimum ignores how many lines a
    // word-wrapped message needs at the current width; without this a long reason is cut off.
    if (QWidget *top = window(); top && top->layout() && top->layout()->hasHeightForWidth()) {
        const int needed = top->layout()->totalHeightForWidth(top->width());
        if (top->height() < needed)
            top->resize(top->width(), needed);
    }
}

void AccountEditor::refreshSavedKey()
{
    if (!m_account)
        return;
    // Only the last four characters of a saved key ever reach a widget, and only as a placeholder.
    const QString lastFour = m_account->keyLastFour();
    QString placeholder;
    if (m_account->isSandbox())
        placeholder = tr("The sandbox needs no key");
    else if (!m_account->isKeyKnown())
        placeholder = tr("Asking the keychain…");
    else if (lastFour.isEmpty())
        placeholder = tr("Paste your API key here");
    else if (m_account->isKeyForThisRun())
        placeholder = tr("…%1 (used until you quit; not saved)").arg(lastFour);
    else
        placeholder = tr("…%1 (saved)").arg(lastFour);
    m_ui->apiKeyLineEdit->setPlaceholderText(placeholder);
    const Core::SecretStore *secrets = m_account->secrets();
    const bool sessionOnly = secrets->persistence() == Core::SecretStore::Persistence::SessionOnly;
    m_ui->persistenceNoteLabel->setText(sessionOnly ? secrets->unavailableReason() : QString());
    m_ui->persistenceNoteLabel->setVisible(sessionOnly);
    updateState();
}

void AccountEditor::refreshLastWorked()
{
    if (!m_account)
        return;
    const QDateTime worked = m_account->info().keyLastWorkedUtc;
    m_ui->lastWorkedLabel->setText(
        worked.isValid()
            ? tr("Ideogram last accepted this key on %1.").arg(QLocale().toString(worked.toLocalTime(), QLocale::LongFormat))
            : tr("The key has not been used with Ideogram yet."));
    m_ui->lastWorkedLabel->setVisible(!m_account->isSandbox());
}

void AccountEditor::setAdvancedVisible(bool visible)
{
    const QSignalBlocker blocker(m_ui->advancedToolButton);
    m_ui->advancedToolButton->setChecked(visible);
    m_ui->advancedToolButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedWidget->setVisible(visible);
    QMetaObject::invokeMethod(this, &AccountEditor::fitHeight, Qt::QueuedConnection);
}

BaseUrl::Check AccountEditor::checkBaseUrlField() const
{
    // An emptied field means Ideogram's own address, as the placeholder says.
    const QString text = m_ui->baseUrlLineEdit->text().trimmed();
    return BaseUrl::check(text.isEmpty() ? BaseUrl::defaultUrl().toString() : text);
}

bool AccountEditor::canSave() const
{
    if (!m_account)
        return false;
    if (m_account->isSandbox())
        return false; // nothing of the sandbox can be changed
    const QString keyText = m_ui->apiKeyLineEdit->text();
    const bool keyOk = keyText.trimmed().isEmpty() || ApiKey::check(keyText).ok();
    return keyOk && checkBaseUrlField().ok() && !m_ui->accountNameLineEdit->text().trimmed().isEmpty();
}

void AccountEditor::updateState()
{
    const QString keyText = m_ui->apiKeyLineEdit->text();
    const ApiKey::Check key = ApiKey::check(keyText);
    // An empty field keeps the saved key; anything typed must look like a key.
    const bool keyTyped = !keyText.trimmed().isEmpty();
    const QString keyReason = keyTyped ? key.reason : QString();
    m_ui->keyMessageLabel->setText(keyReason);
    m_ui->keyMessageLabel->setVisible(!keyReason.isEmpty());
    m_ui->apiKeyLineEdit->setAccessibleDescription(keyReason);

    const bool sandbox = m_account && m_account->isSandbox();
    QString urlReason;
    QString urlNote;
    if (sandbox) {
        urlNote = tr("The sandbox runs on this computer; its address is fixed for this run.");
    } else {
        const BaseUrl::Check url = checkBaseUrlField();
        urlReason = url.reason;
        if (url.ok() && url.url.scheme() == QLatin1String("http"))
            urlNote = tr("Test mode: plain http to this computer. Never use this for Ideogram itself.");
    }
    QLabel *urlLabel = m_ui->baseUrlMessageLabel;
    urlLabel->setText(urlReason.isEmpty() ? urlNote : urlReason);
    urlLabel->setVisible(!urlLabel->text().isEmpty());
    if (urlReason.isEmpty())
        urlLabel->setPalette(QPalette());
    else
        applyErrorText(urlLabel);
    m_ui->baseUrlLineEdit->setAccessibleDescription(urlReason);
    if (!urlReason.isEmpty())
        setAdvancedVisible(true); // a problem must never hide behind a collapsed section

    const bool urlOk = urlReason.isEmpty();
    // Without a key typed the saved key is tested, at the saved address: first save a changed address.
    const bool savedAddress = m_account && (sandbox || checkBaseUrlField().url == m_account->baseUrl());
    const bool haveKeyToTest = keyTyped ? key.ok() : (m_account && m_account->hasKey() && savedAddress);
    m_ui->testKeyButton->setEnabled(!m_checking && haveKeyToTest && urlOk);
    if (const bool now = canSave(); now != m_lastCanSave) {
        m_lastCanSave = now;
        Q_EMIT canSaveChanged(now);
    }
    QMetaObject::invokeMethod(this, &AccountEditor::fitHeight, Qt::QueuedConnection);
}

void AccountEditor::testKey()
{
    if (!m_account)
        return;
    const QString keyText = m_ui->apiKeyLineEdit->text();
    const BaseUrl::Check url =
        m_account->isSandbox() ? BaseUrl::check(m_account->baseUrl().toString()) : checkBaseUrlField();
    if (!url.ok())
        return;
    m_checking = true;
    m_testingKey = keyText.trimmed().isEmpty() ? QString() : ApiKey::check(keyText).key;
    setTestResult(tr("Checking…"), Outcome::Pending);
    updateState();
    // The saved key is tested by the account itself, at its saved address: it never leaves the account's
    // client. A key typed now goes through the checker's client of its own, to the address typed now.
    if (keyText.trimmed().isEmpty())
        m_account->testKey();
    else
        m_checker->check(ApiKey::check(keyText).key, url.url);
}

void AccountEditor::cancelTest()
{
    if (!m_checking)
        return;
    m_checking = false;
    m_checker->cancel();
}

void AccountEditor::onChecked(const ApiError &error)
{
    if (!m_checking)
        return; // someone else's check
    m_checking = false;
    if (!error.isError())
        setTestResult(tr("This key works."), Outcome::Good);
    else if (error.kind == ApiError::Kind::Unauthorized)
        setTestResult(tr("Ideogram rejected this key."), Outcome::Bad);
    else
        setTestResult(error.headline(), Outcome::Bad);
    m_testedKey = m_testingKey;
    m_testedWorks = !error.isError();
    updateState();
    Q_EMIT keyTested(m_testedWorks);
}

AccountEditor::TypedKey AccountEditor::typedKeyState() const
{
    const QString keyText = m_ui->apiKeyLineEdit->text();
    if (keyText.trimmed().isEmpty())
        return TypedKey::None;
    const ApiKey::Check key = ApiKey::check(keyText);
    if (!key.ok() || m_checking || m_testedKey.isEmpty() || key.key != m_testedKey)
        return TypedKey::Untested;
    return m_testedWorks ? TypedKey::Works : TypedKey::Failed;
}

QString AccountEditor::testResultText() const
{
    return m_ui->testResultLabel->text();
}

void AccountEditor::setTestResult(const QString &text, Outcome outcome)
{
    QLabel *label = m_ui->testResultLabel;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    switch (outcome) {
    case Outcome::Pending:
        label->setPalette(QPalette());
        break;
    case Outcome::Good:
        applySuccessText(label);
        break;
    case Outcome::Bad:
        applyErrorText(label);
        break;
    }
    label->setAccessibleName(text);
}

void AccountEditor::save()
{
    if (!canSave())
        return;
    Core::AccountInfo info = m_account->info();
    info.name = m_ui->accountNameLineEdit->text().trimmed();
    info.baseUrl = checkBaseUrlField().url;
    m_accounts->update(info);
    if (const QString keyText = m_ui->apiKeyLineEdit->text(); !keyText.trimmed().isEmpty())
        m_account->saveKey(ApiKey::check(keyText).key);
    // The key leaves the widget as soon as it is handed over.
    m_ui->apiKeyLineEdit->clear();
    refreshSavedKey();
}

} // namespace Ids::Widgets
