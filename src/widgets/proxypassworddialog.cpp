#include "proxypassworddialog.h"

#include <core/api/proxycredentials.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

ProxyPasswordDialog::ProxyPasswordDialog(Core::ProxyCredentials *credentials, const QString &proxy, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_proxy(proxy)
    , m_userLineEdit(new QLineEdit(this))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_okButton(nullptr)
{
    setObjectName(QStringLiteral("proxyPasswordDialog"));
    setWindowTitle(tr("Proxy Password"));
    // The proxy's name comes from the system's settings: plain text.
    auto *intro = new QLabel(tr("The proxy %1 between this computer and Ideogram asks for a user name and "
                                "password (your network's, not Ideogram's). They are used until you quit and "
                                "never saved.")
                                 .arg(proxy),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("proxyIntroLabel"));
    if (m_credentials->wasRefused(proxy)) {
        intro->setText(intro->text() + QLatin1Char('\n')
                       + tr("The proxy refused the user name and password given last time."));
    }
    m_userLineEdit->setObjectName(QStringLiteral("proxyUserLineEdit"));
    m_userLineEdit->setText(m_credentials->user(proxy));
    m_passwordLineEdit->setObjectName(QStringLiteral("proxyPasswordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_userLineEdit);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordLineEdit);
    form->addRow(userLabel, m_userLineEdit);
    form->addRow(passwordLabel, m_passwordLineEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(tr("Use and &Try Again"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("proxyOkButton"));
    m_okButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_okButton->isEnabled())
            return;
        m_credentials->set(m_proxy, m_userLineEdit->text(), m_passwordLineEdit->text());
        m_passwordLineEdit->clear();
        Q_EMIT entered(m_proxy);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_userLineEdit, &QLineEdit::textChanged, this, &ProxyPasswordDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateState();
    resize(440, sizeHint().height());
}

ProxyPasswordDialog *ProxyPasswordDialog::ask(Core::ProxyCredentials *credentials, const QString &proxy,
                                              QWidget *parent, std::function<void()> then)
{
    if (!credentials || proxy.isEmpty())
        return nullptr;
    if (auto *open = parent->findChild<ProxyPasswordDialog *>(QStringLiteral("proxyPasswordDialog"))) {
        open->raise();
        open->activateWindow();
        return nullptr; // already asked; whoever opened it tries again
    }
    auto *dialog = new ProxyPasswordDialog(credentials, proxy, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (then)
        connect(dialog, &ProxyPasswordDialog::entered, parent, [then] { then(); });
    dialog->open();
    return dialog;
}

void ProxyPasswordDialog::updateState()
{
    m_okButton->setEnabled(!m_userLineEdit->text().trimmed().isEmpty());
}

} // namespace Ids::Widgets
