#include "bulkcaptiondialog.h"

#include "tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

using Kind = Core::BulkEdit::Kind;

namespace {

QString shown(const QString &caption)
{
    const QString line = caption.simplified();
    if (line.isEmpty())
        return BulkCaptionDialog::tr("(no caption)");
    return line.size() > 90 ? line.left(89) + QChar(0x2026) : line;
}

} // namespace

BulkCaptionDialog::BulkCaptionDialog(QHash<QString, QString> captions, QStringList selected, QStringList all,
                                     QHash<QString, QString> names, QWidget *parent)
    : QDialog(parent)
    , m_captions(std::move(captions))
    , m_selected(std::move(selected))
    , m_allKeys(std::move(all))
    , m_names(std::move(names))
    , m_kind(new QComboBox(this))
    , m_textLabel(new QLabel(tr("&Text:"), this))
    , m_text(new QLineEdit(this))
    , m_findLabel(new QLabel(tr("&Find:"), this))
    , m_find(new QLineEdit(this))
    , m_replaceLabel(new QLabel(tr("Replace &with:"), this))
    , m_replace(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Pattern (&regular expression)"), this))
    , m_matchCase(new QCheckBox(tr("&Match case"), this))
    , m_selectedButton(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_previewLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bulkCaptionDialog"));
    setWindowTitle(tr("Change Captions"));
    m_kind->setObjectName(QStringLiteral("bulkKindBox"));
    m_kind->addItem(tr("Add text at the start"), int(Kind::Prepend));
    m_kind->addItem(tr("Add text at the end"), int(Kind::Append));
    m_kind->addItem(tr("Find and replace"), int(Kind::Replace));
    m_kind->addItem(tr("Set one caption for all"), int(Kind::Set));
    m_kind->addItem(tr("Clear the captions"), int(Kind::Clear));
    m_text->setObjectName(QStringLiteral("bulkTextEdit"));
    m_text->setPlaceholderText(tr("for example: acme shoe,"));
    m_textLabel->setBuddy(m_text);
    m_find->setObjectName(QStringLiteral("bulkFindEdit"));
    m_findLabel->setBuddy(m_find);
    m_replace->setObjectName(QStringLiteral("bulkReplaceEdit"));
    m_replaceLabel->setBuddy(m_replace);
    m_regex->setObjectName(QStringLiteral("bulkRegexBox"));
    m_regex->setToolTip(tr("Treat the text to find as a pattern: \\d+ finds numbers, (…) captures a part that \\1 "
                           "puts back in the replacement."));
    m_selectedButton->setObjectName(QStringLiteral("bulkSelectedButton"));
    m_selectedButton->setText(tr("&Selected images (%n)", "", int(m_selected.size())));
    m_all->setObjectName(QStringLiteral("bulkAllButton"));
    m_all->setText(tr("&All images (%n)", "", int(m_allKeys.size())));
    (m_selected.isEmpty() ? m_all : m_selectedButton)->setChecked(true);
    m_selectedButton->setEnabled(!m_selected.isEmpty());
    m_previewLabel->setObjectName(QStringLiteral("bulkPreviewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_previewLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Captions"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Change:"), m_kind);
    form->addRow(m_textLabel, m_text);
    form->addRow(m_findLabel, m_find);
    form->addRow(m_replaceLabel, m_replace);
    auto *options = new QHBoxLayout;
    options->addWidget(m_regex);
    options->addWidget(m_matchCase);
    options->addStretch(1);
    form->addRow(QString(), options);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_selectedButton);
    scope->addWidget(m_all);
    scope->addStretch(1);
    form->addRow(tr("On:"), scope);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel, 1);
    layout->addWidget(m_buttons);
    resize(620, 420);

    for (QLineEdit *edit : {m_text, m_find, m_replace})
        connect(edit, &QLineEdit::textChanged, this, &BulkCaptionDialog::updatePreview);
    for (QAbstractButton *button :
         std::initializer_list<QAbstractButton *> {m_regex, m_matchCase, m_selectedButton, m_all})
        connect(button, &QAbstractButton::toggled, this, &BulkCaptionDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkCaptionDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

Core::BulkEdit BulkCaptionDialog::edit() const
{
    Core::BulkEdit edit;
    edit.kind = Kind(m_kind->currentData().toInt());
    edit.text = m_text->text();
    edit.find = m_find->text();
    edit.replaceWith = m_replace->text();
    edit.regex = m_regex->isChecked();
    edit.matchCase = m_matchCase->isChecked();
    return edit;
}

QStringList BulkCaptionDialog::keys() const
{
    return m_all->isChecked() ? m_allKeys : m_selected;
}

void BulkCaptionDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void BulkCaptionDialog::updatePreview()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    const bool replace = kind == Kind::Replace;
    const bool text = kind == Kind::Prepend || kind == Kind::Append || kind == Kind::Set;
    m_textLabel->setVisible(text);
    m_text->setVisible(text);
    for (QWidget *widget :
         std::initializer_list<QWidget *> {m_findLabel, m_find, m_replaceLabel, m_replace, m_regex, m_matchCase})
        widget->setVisible(replace);

    m_preview = Core::applyBulkEdit(m_captions, keys(), edit());
    QStringList lines;
    if (!m_preview.ok()) {
        lines << m_preview.error;
        applyErrorText(m_previewLabel);
    } else {
        m_previewLabel->setPalette(QPalette());
        const int total = int(keys().size());
        lines << (m_preview.changed.isEmpty()
                      ? tr("No caption changes.")
                      : tr("%n caption(s) of %1 will change.", "", int(m_preview.changed.size())).arg(total));
        for (const QString &key : m_preview.order.mid(0, 3)) {
            lines << QString() << m_names.value(key, key);
            lines << tr("Before: %1").arg(shown(m_captions.value(key)));
            lines << tr("After: %1").arg(shown(m_preview.changed.value(key)));
        }
        if (m_preview.changed.size() > 3)
            lines << QString() << tr("…and %n more.", "", int(m_preview.changed.size()) - 3);
    }
    m_previewLabel->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_preview.ok() && !m_preview.changed.isEmpty());
}

} // namespace Ids::Widgets
