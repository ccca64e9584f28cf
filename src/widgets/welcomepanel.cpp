#include "welcomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(tr("Welcome to Ideogram Datasets"), this))
    , m_explanationLabel(
          new QLabel(tr("To create datasets, this app needs an API key from your Ideogram account."), this))
    , m_sandboxLabel(new QLabel(tr("No key yet? The sandbox is a pretend Ideogram on this computer: try the app "
                                   "without an account. Nothing is sent to Ideogram."),
                                this))
    , m_enterKeyButton(new QPushButton(tr("Enter API &key…"), this))
    , m_sandboxButton(new QPushButton(tr("&Try the sandbox"), this))
    , m_helpLabel(new QLabel(tr("New to this? Getting Started shows the five steps from a folder of photos to "
                                "pictures made with your own model. No key yet? Ideogram makes them in its API "
                                "dashboard."),
                             this))
    , m_gettingStartedButton(new QPushButton(tr("&Getting Started"), this))
    , m_getApiKeyButton(new QPushButton(tr("Get an &API Key…"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));

    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    for (QLabel *label : {m_titleLabel, m_explanationLabel, m_sandboxLabel, m_helpLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
    }
    m_explanationLabel->setObjectName(QStringLiteral("explanationLabel"));
    m_sandboxLabel->setObjectName(QStringLiteral("sandboxLabel"));
    m_helpLabel->setObjectName(QStringLiteral("helpLabel"));
    m_gettingStartedButton->setObjectName(QStringLiteral("gettingStartedButton"));
    m_gettingStartedButton->setAutoDefault(true);
    m_getApiKeyButton->setObjectName(QStringLiteral("getApiKeyButton"));
    m_getApiKeyButton->setToolTip(tr("Opens Ideogram's API dashboard in your web browser"));
    m_getApiKeyButton->setAutoDefault(true);

    m_enterKeyButton->setObjectName(QStringLiteral("enterKeyButton"));
    m_enterKeyButton->setAccessibleName(tr("Enter API key"));
    m_enterKeyButton->setDefault(true);
    m_enterKeyButton->setAutoDefault(true);
    m_sandboxButton->setObjectName(QStringLiteral("sandboxButton"));
    m_sandboxButton->setAccessibleName(tr("Try the sandbox"));
    m_sandboxButton->setAutoDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_enterKeyButton);
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch(1);
    auto *helpButtons = new QHBoxLayout;
    helpButtons->addStretch(1);
    helpButtons->addWidget(m_gettingStartedButton);
    helpButtons->addWidget(m_getApiKeyButton);
    helpButtons->addStretch(1);

    // A narrow column reads better than one sentence stretched across a wide window. Stretches rather
    // than an alignment flag: word-wrapped labels only get their full height from a layout that sizes them.
    auto *column = new QWidget(this);
    column->setMinimumWidth(320);
    column->setMaximumWidth(520);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_titleLabel);
    columnLayout->addWidget(m_explanationLabel);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_sandboxLabel);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_helpLabel);
    columnLayout->addLayout(helpButtons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setTabOrder(m_enterKeyButton, m_sandboxButton);
    setTabOrder(m_sandboxButton, m_gettingStartedButton);
    setTabOrder(m_gettingStartedButton, m_getApiKeyButton);
    setFocusProxy(m_enterKeyButton);

    connect(m_enterKeyButton, &QPushButton::clicked, this, &WelcomePanel::enterKeyRequested);
    connect(m_sandboxButton, &QPushButton::clicked, this, &WelcomePanel::sandboxRequested);
    connect(m_gettingStartedButton, &QPushButton::clicked, this, &WelcomePanel::gettingStartedRequested);
    connect(m_getApiKeyButton, &QPushButton::clicked, this, &WelcomePanel::getApiKeyRequested);
}

} // namespace Ids::Widgets
