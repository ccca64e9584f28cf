#include "sandboxbanner.h"

#include "tone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Ids::Widgets {

SandboxBanner::SandboxBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("sandboxBanner"));
    m_label->setObjectName(QStringLiteral("sandboxLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setText(tr("Sandbox — no real Ideogram account. Datasets here vanish when you quit."));
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);

    setAccessibleName(tr("Sandbox mode"));
    setAccessibleDescription(m_label->text());
    // Never taller than its text: a banner that grows pushes the page away for nothing.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    applyBannerTone(this, Tone::Warning);
}

QString SandboxBanner::text() const
{
    return m_label->text();
}

void SandboxBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyBannerTone(this, Tone::Warning);
    QFrame::changeEvent(event);
}

} // namespace Ids::Widgets
