#include "uncertaincreatepanel.h"

#include "tone.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

UncertainCreatePanel::UncertainCreatePanel(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    // Mnemonics chosen not to clash with the menus (F, E, H) or the form (N, C).
    , m_checkAgainButton(new QPushButton(tr("Check a&gain"), this))
    , m_createAnywayButton(new QPushButton(tr("Create an&yway"), this))
    , m_forgetButton(new QPushButton(tr("F&orget it"), this))
{
    setObjectName(QStringLiteral("uncertainCreatePanel"));
    setAccessibleName(tr("Dataset creation not confirmed"));

    m_label->setObjectName(QStringLiteral("questionLabel"));
    m_label->setTextFormat(Qt::PlainText); // the name is the user's, but may hold anything
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_checkAgainButton->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgainButton->setToolTip(tr("Ask Ideogram again whether the dataset exists."));
    m_createAnywayButton->setObjectName(QStringLiteral("createAnywayButton"));
    m_createAnywayButton->setToolTip(tr("Send the create again. If the first one did arrive, you will have two "
                                        "datasets of this name."));
    m_forgetButton->setObjectName(QStringLiteral("forgetButton"));
    m_forgetButton->setToolTip(tr("Stop waiting for this dataset. Nothing more is sent to Ideogram."));
    m_checkAgainButton->setAccessibleName(tr("Check again whether the dataset was created"));
    m_createAnywayButton->setAccessibleName(tr("Create the dataset anyway"));
    m_forgetButton->setAccessibleName(tr("Forget this dataset"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgainButton);
    buttons->addWidget(m_createAnywayButton);
    buttons->addWidget(m_forgetButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);
    layout->addLayout(buttons);

    connect(m_checkAgainButton, &QPushButton::clicked, this, &UncertainCreatePanel::checkAgainRequested);
    connect(m_createAnywayButton, &QPushButton::clicked, this, &UncertainCreatePanel::createAnywayRequested);
    connect(m_forgetButton, &QPushButton::clicked, this, &UncertainCreatePanel::forgetRequested);

    // Never taller than its text: a banner that grows pushes the page away for nothing.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // Blue rather than the sandbox banner's yellow, so the two read as two things when both show.
    applyBannerTone(this, Tone::Information);
    setVisible(false);
}

void UncertainCreatePanel::ask(const QString &name)
{
    m_label->setText(
        tr("We couldn't confirm that the dataset “%1” was created. Ideogram may have created it.").arg(name));
    setAccessibleDescription(m_label->text());
    setVisible(true);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString UncertainCreatePanel::text() const
{
    return m_label->text();
}

void UncertainCreatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyBannerTone(this, Tone::Information);
    QFrame::changeEvent(event);
}

} // namespace Ids::Widgets
