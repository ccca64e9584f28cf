#include "arrivalquestion.h"

#include "tone.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ids::Widgets {

ArrivalQuestion::ArrivalQuestion(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_riskLabel(new QLabel(this))
    // Mnemonics chosen not to clash with the menus (F, E, V, D, H) or the form (N, C).
    , m_checkAgainButton(new QPushButton(tr("Chec&k again"), this))
    , m_anywayButton(new QPushButton(this))
    , m_forgetButton(new QPushButton(tr("F&orget it"), this))
{
    setObjectName(QStringLiteral("arrivalQuestion"));
    setAccessibleName(tr("Request not confirmed"));

    // Names and server text may hold anything: plain text only (reliability-rules.md R20).
    for (QLabel *label : {m_label, m_riskLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_label->setObjectName(QStringLiteral("questionLabel"));
    m_riskLabel->setObjectName(QStringLiteral("riskLabel"));

    m_checkAgainButton->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgainButton->setToolTip(tr("Ask Ideogram again. Nothing is sent twice."));
    m_checkAgainButton->setAccessibleName(tr("Check again with Ideogram"));
    m_anywayButton->setObjectName(QStringLiteral("anywayButton"));
    m_forgetButton->setObjectName(QStringLiteral("forgetButton"));
    m_forgetButton->setToolTip(tr("Stop waiting for it. Nothing more is sent to Ideogram."));
    m_forgetButton->setAccessibleName(tr("Forget this request"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgainButton);
    buttons->addWidget(m_anywayButton);
    buttons->addWidget(m_forgetButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);
    layout->addWidget(m_riskLabel);
    layout->addLayout(buttons);

    connect(m_checkAgainButton, &QPushButton::clicked, this, [this] { answerFirst(Answer::CheckAgain); });
    connect(m_anywayButton, &QPushButton::clicked, this, [this] { answerFirst(Answer::Anyway); });
    connect(m_forgetButton, &QPushButton::clicked, this, [this] { answerFirst(Answer::Forget); });

    // Never taller than its text: a banner that grows pushes the page away for nothing.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // Blue rather than the sandbox banner's yellow, so the two read as two things when both show.
    applyBannerTone(this, Tone::Information);
    setVisible(false);
}

void ArrivalQuestion::ask(const Question &question, QObject *context, std::function<void(Answer)> answer)
{
    const bool replacesShown = !m_queue.isEmpty() && m_queue.constFirst().question.key == question.key;
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [&](const Pending &pending) { return pending.question.key == question.key; }),
                  m_queue.end());
    Pending pending {question, context, std::move(answer)};
    if (replacesShown)
        m_queue.prepend(std::move(pending));
    else
        m_queue.append(std::move(pending));
    showFirst();
}

void ArrivalQuestion::withdraw(const QString &key)
{
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [&](const Pending &pending) { return pending.question.key == key; }),
                  m_queue.end());
    showFirst();
}

void ArrivalQuestion::withdrawAll()
{
    m_queue.clear();
    showFirst();
}

QString ArrivalQuestion::text() const
{
    return m_label->text();
}

QString ArrivalQuestion::currentKey() const
{
    return m_queue.isEmpty() ? QString() : m_queue.constFirst().question.key;
}

void ArrivalQuestion::showFirst()
{
    // Questions whose asker is gone have nobody to answer to.
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(), [](const Pending &pending) { return !pending.context; }),
        m_queue.end());
    if (m_queue.isEmpty()) {
        setVisible(false);
        return;
    }
    const Question &question = m_queue.constFirst().question;
    if (m_label->text() == question.text && isVisible())
        return;
    m_label->setText(question.text);
    m_riskLabel->setText(question.risk);
    m_riskLabel->setVisible(!question.risk.isEmpty());
    m_anywayButton->setText(question.anywayText);
    m_anywayButton->setToolTip(question.anywayToolTip);
    m_anywayButton->setAccessibleName(question.anywayToolTip);
    setAccessibleDescription(question.text + QLatin1Char(' ') + question.risk);
    setVisible(true);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ArrivalQuestion::answerFirst(Answer answer)
{
    if (m_queue.isEmpty())
        return;
    // Taken off first: the answer may ask the next question, which must find room at once.
    const Pending pending = m_queue.takeFirst();
    m_label->clear();
    showFirst();
    if (pending.context && pending.answer)
        pending.answer(answer);
}

void ArrivalQuestion::keyPressEvent(QKeyEvent *event)
{
    // Escape closes the question: nothing more is sent, nothing stays locked.
    if (event->key() == Qt::Key_Escape && !m_queue.isEmpty()) {
        answerFirst(Answer::Forget);
        return;
    }
    QFrame::keyPressEvent(event);
}

void ArrivalQuestion::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyBannerTone(this, Tone::Information);
    QFrame::changeEvent(event);
}

} // namespace Ids::Widgets
