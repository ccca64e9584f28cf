#include "errorbanner.h"

#include "tone.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Ids::Widgets {

using Core::ApiError;

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_headlineLabel(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_openSettingsButton(new QPushButton(tr("Open Account&s…"), this))
    , m_proxyButton(new QPushButton(tr("Enter Proxy Password…"), this))
    , m_detailsButton(new QPushButton(tr("&Details"), this))
    , m_closeButton(new QToolButton(this))
    , m_detailsEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));

    m_headlineLabel->setObjectName(QStringLiteral("headlineLabel"));
    m_headlineLabel->setTextFormat(Qt::PlainText);
    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headlineLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setVisible(false);
    m_openSettingsButton->setObjectName(QStringLiteral("openSettingsButton"));
    m_openSettingsButton->setAccessibleName(tr("Open Accounts to change the API key"));
    m_proxyButton->setObjectName(QStringLiteral("proxyPasswordButton"));
    m_proxyButton->setVisible(false);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss error"));

    // The details hold the server's words verbatim: a plain-text widget cannot render markup or links.
    m_detailsEdit->setObjectName(QStringLiteral("detailsPlainTextEdit"));
    m_detailsEdit->setReadOnly(true);
    m_detailsEdit->setAccessibleName(tr("Error details"));
    m_detailsEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detailsEdit->setMaximumHeight(m_detailsEdit->fontMetrics().lineSpacing() * 8);
    m_detailsEdit->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_iconLabel, 0, Qt::AlignVCenter);
    top->addWidget(m_headlineLabel, 1);
    top->addWidget(m_retryButton);
    top->addWidget(m_openSettingsButton);
    top->addWidget(m_proxyButton);
    top->addWidget(m_detailsButton);
    top->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_detailsEdit);

    connect(m_detailsButton, &QPushButton::toggled, m_detailsEdit, &QWidget::setVisible);
    connect(m_closeButton, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retry);
    connect(m_openSettingsButton, &QPushButton::clicked, this, &ErrorBanner::openSettingsRequested);
    connect(m_proxyButton, &QPushButton::clicked, this, [this] { Q_EMIT proxyPasswordRequested(m_proxy); });

    // Never taller than its text: a banner that grows pushes the page away for nothing.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    applyBannerTone(this, Tone::Error);
    setVisible(false);
}

void ErrorBanner::showError(const ApiError &error)
{
    showError(error, {});
}

void ErrorBanner::showError(const ApiError &error, const QString &what, QObject *context, std::function<void()> retry)
{
    const QString headline = what.isEmpty() ? error.headline() : tr("%1 %2").arg(what, error.headline());
    // The sentences that name the key or the API address get the button that goes there.
    const bool namesAccount = error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::HostNotFound
        || error.kind == ApiError::Kind::ConnectionRefused || error.kind == ApiError::Kind::Tls
        || error.kind == ApiError::Kind::Redirect;
    present(headline, error.details(), namesAccount);
    // A proxy that wants a password (407) gets the button that asks for it.
    m_proxy = error.kind == ApiError::Kind::ProxyAuthRequired ? error.proxy : QString();
    m_proxyButton->setVisible(!m_proxy.isEmpty());
    m_retryContext = context;
    m_retry = context ? std::move(retry) : std::function<void()>();
    m_retryButton->setVisible(bool(m_retry));
}

void ErrorBanner::showMessage(const QString &text)
{
    present(text, {}, false);
}

bool ErrorBanner::retryIfOffered()
{
    if (!m_retry || m_retryContext.isNull())
        return false;
    retry();
    return true;
}

void ErrorBanner::retry()
{
    // Taken before dismissing: the retry may well fail again and show a new banner of its own.
    const std::function<void()> action = std::exchange(m_retry, {});
    const bool alive = !m_retryContext.isNull();
    dismiss();
    if (action && alive)
        action();
}

void ErrorBanner::present(const QString &headline, const QString &details, bool offerSettings)
{
    m_headlineLabel->setText(headline);
    m_detailsEdit->setPlainText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    m_openSettingsButton->setVisible(offerSettings);
    m_proxy.clear();
    m_proxyButton->setVisible(false);
    m_retry = {};
    m_retryButton->setVisible(false);
    setAccessibleDescription(headline);
    setVisible(true);
    // Screen readers announce the new error without the user having to find it.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorBanner::dismiss()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    setVisible(false);
    m_detailsButton->setChecked(false);
    m_retry = {};
    // Focus inside the banner would vanish with it and leave the keyboard nowhere: the window puts it back.
    Q_EMIT dismissed(hadFocus);
}

QString ErrorBanner::headline() const
{
    return m_headlineLabel->text();
}

void ErrorBanner::showEvent(QShowEvent *event)
{
    // The style's icons come from the desktop's icon theme, which loads image plugins: done when the banner
    // is first needed rather than while the first window is being built.
    if (m_closeButton->icon().isNull()) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
        m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    }
    QFrame::showEvent(event);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyBannerTone(this, Tone::Error);
    QFrame::changeEvent(event);
}

} // namespace Ids::Widgets
