#include "settingsdialog.h"

#include "tone.h"
#include "ui_settingsdialog.h"

#include <core/secrets/secretstore.h>
#include <core/services/keychecker.h>
#include <core/settings/appsettings.h>
#include <core/validation/apikey.h>
#include <core/validation/baseurl.h>

#include <QPushButton>

namespace Ids::Widgets {

using Core::ApiError;
using Core::ApiKey;
using Core::BaseUrl;

SettingsDialog::SettingsDialog(Core::SecretStore *secrets, Core::KeyChecker *checker, Core::AppSettings *settings,
                               const QUrl &currentBaseUrl, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_secrets(secrets)
    , m_checker(checker)
    , m_settings(settings)
    , m_currentBaseUrl(currentBaseUrl.isValid() ? currentBaseUrl : BaseUrl::defaultUrl())
{
    m_ui->setupUi(this);
    saveButton()->setObjectName(QStringLiteral("saveButton"));
    saveButton()->setAccessibleName(tr("Save settings"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->apiKeyLineEdit->setMaxLength(ApiKey::MaxLength * 2); // room for a paste with text around it
    applyErrorText(m_ui->keyMessageLabel);
    applyErrorText(m_ui->baseUrlMessageLabel);
    m_ui->keyMessageLabel->setVisible(false);
    m_ui->testResultLabel->setVisible(false);
    m_ui->baseUrlMessageLabel->setVisible(false);

    m_ui->baseUrlLineEdit->setText(m_currentBaseUrl.toString());
    refreshSavedKey();
    // Open the advanced part only when it holds something other than Ideogram's own address.
    setAdvancedVisible(m_currentBaseUrl != BaseUrl::defaultUrl());

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
    connect(m_ui->testKeyButton, &QPushButton::clicked, this, &SettingsDialog::testKey);
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->resetBaseUrlButton, &QPushButton::clicked, this,
            [this] { m_ui->baseUrlLineEdit->setText(BaseUrl::defaultUrl().toString()); });
    connect(m_ui->advancedToolButton, &QToolButton::toggled, this, &SettingsDialog::setAdvancedVisible);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checker, &Core::KeyChecker::checked, this, &SettingsDialog::onChecked);
    // The dialog may open before the keychain has answered.
    connect(m_secrets, &Core::SecretStore::loaded, this, &SettingsDialog::refreshSavedKey);

    updateState();
    // As tall as the content: the size in the form is only Designer's canvas.
    resize(width(), sizeHint().height());
    m_ui->apiKeyLineEdit->setFocus();
}

void SettingsDialog::fitHeight()
{
    // A dialog grows to its layout's minimum by itself, but that minimum ignores how many lines a
    // word-wrapped message needs at the current width; without this a long reason is cut off.
    QLayout *layout = this->layout();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SettingsDialog::scheduleFitHeight()
{
    // Queued: labels shown or changed just now are only measured once the layout has caught up.
    QMetaObject::invokeMethod(this, &SettingsDialog::fitHeight, Qt::QueuedConnection);
}

SettingsDialog::~SettingsDialog() = default;

QLineEdit *SettingsDialog::apiKeyLineEdit() const
{
    return m_ui->apiKeyLineEdit;
}

QLineEdit *SettingsDialog::baseUrlLineEdit() const
{
    return m_ui->baseUrlLineEdit;
}

QPushButton *SettingsDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

QPushButton *SettingsDialog::testKeyButton() const
{
    return m_ui->testKeyButton;
}

QPushButton *SettingsDialog::showKeyButton() const
{
    return m_ui->showKeyButton;
}

QLabel *SettingsDialog::keyMessageLabel() const
{
    return m_ui->keyMessageLabel;
}

QLabel *SettingsDialog::testResultLabel() const
{
    return m_ui->testResultLabel;
}

QLabel *SettingsDialog::persistenceNoteLabel() const
{
    return m_ui->persistenceNoteLabel;
}

void SettingsDialog::setLocked(bool locked)
{
    m_locked = locked;
    m_ui->baseUrlLineEdit->setEnabled(!locked);
    m_ui->resetBaseUrlButton->setEnabled(!locked);
    if (locked)
        m_ui->baseUrlLineEdit->setText(m_currentBaseUrl.toString());
    updateState();
}

void SettingsDialog::refreshSavedKey()
{
    // Only the masked form of a saved key ever reaches a widget, and only as a placeholder.
    const QString saved = m_secrets->key();
    m_ui->apiKeyLineEdit->setPlaceholderText(saved.isEmpty() ? tr("Paste your API key here")
                                                             : tr("%1 (saved)").arg(ApiKey::masked(saved)));
    const bool sessionOnly = m_secrets->persistence() == Core::SecretStore::Persistence::SessionOnly;
    m_ui->persistenceNoteLabel->setText(sessionOnly ? m_secrets->unavailableReason() : QString());
    m_ui->persistenceNoteLabel->setVisible(sessionOnly);
    updateState();
}

void SettingsDialog::setAdvancedVisible(bool visible)
{
    const QSignalBlocker blocker(m_ui->advancedToolButton);
    m_ui->advancedToolButton->setChecked(visible);
    m_ui->advancedToolButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedWidget->setVisible(visible);
    scheduleFitHeight();
}

BaseUrl::Check SettingsDialog::checkBaseUrlField() const
{
    // An emptied field means Ideogram's own address, as the placeholder says.
    const QString text = m_ui->baseUrlLineEdit->text().trimmed();
    return BaseUrl::check(text.isEmpty() ? BaseUrl::defaultUrl().toString() : text);
}

void SettingsDialog::updateState()
{
    const QString keyText = m_ui->apiKeyLineEdit->text();
    const ApiKey::Check key = ApiKey::check(keyText);
    // An empty field keeps the saved key; anything typed must look like a key.
    const bool keyTyped = !keyText.trimmed().isEmpty();
    const QString keyReason = keyTyped ? key.reason : QString();
    m_ui->keyMessageLabel->setText(keyReason);
    m_ui->keyMessageLabel->setVisible(!keyReason.isEmpty());
    m_ui->apiKeyLineEdit->setAccessibleDescription(keyReason);

    QString urlReason;
    QString urlNote;
    if (m_locked) {
        urlNote = tr("In the sandbox the address is fixed for this run.");
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

    const bool keyOk = !keyTyped || key.ok();
    const bool urlOk = urlReason.isEmpty();
    saveButton()->setEnabled(keyOk && urlOk);
    const bool haveKeyToTest = keyTyped ? key.ok() : !m_secrets->key().isEmpty();
    m_ui->testKeyButton->setEnabled(!m_checking && haveKeyToTest && urlOk);
    scheduleFitHeight();
}

void SettingsDialog::testKey()
{
    const QString keyText = m_ui->apiKeyLineEdit->text();
    const QString key = keyText.trimmed().isEmpty() ? m_secrets->key() : ApiKey::check(keyText).key;
    if (key.isEmpty())
        return;
    QUrl baseUrl = m_currentBaseUrl;
    if (!m_locked) {
        const BaseUrl::Check url = checkBaseUrlField();
        if (!url.ok())
            return;
        baseUrl = url.url;
    }
    m_checking = true;
    setTestResult(tr("Checking…"), Outcome::Pending);
    updateState();
    m_checker->check(key, baseUrl);
}

void SettingsDialog::onChecked(const ApiError &error)
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
    updateState();
}

void SettingsDialog::setTestResult(const QString &text, Outcome outcome)
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
    scheduleFitHeight();
}

void SettingsDialog::save()
{
    const QString keyText = m_ui->apiKeyLineEdit->text();
    QString key;
    if (!keyText.trimmed().isEmpty()) {
        const ApiKey::Check check = ApiKey::check(keyText);
        if (!check.ok())
            return;
        key = check.key;
    }
    QUrl baseUrl = m_currentBaseUrl;
    QString settingsProblem;
    if (!m_locked) {
        const BaseUrl::Check url = checkBaseUrlField();
        if (!url.ok())
            return;
        baseUrl = url.url;
        m_settings->setBaseUrl(baseUrl);
        if (QString error; !m_settings->sync(&error))
            settingsProblem = tr("The address could not be saved (%1). It is used until you close the app.").arg(error);
    }
    if (!key.isEmpty())
        m_secrets->save(key);
    // The key leaves the widget as soon as it is handed over.
    m_ui->apiKeyLineEdit->clear();
    refreshSavedKey();
    Q_EMIT settingsSaved(key, baseUrl);
    if (!settingsProblem.isEmpty()) {
        // Stay open so the problem is read; what was saved is already in use.
        m_ui->persistenceNoteLabel->setText(settingsProblem);
        m_ui->persistenceNoteLabel->setVisible(true);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    accept();
}

void SettingsDialog::done(int result)
{
    if (m_checking) {
        m_checking = false;
        m_checker->cancel();
    }
    QDialog::done(result);
}

} // namespace Ids::Widgets
