#pragma once

#include <core/captions/captionedits.h>

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Ids::Widgets {

// Bulk edits of captions (issue 15 item 2): add text at the start or end, find and replace (plain or regular
// expression, match case), set one caption, clear; on the selected images or all of them. Before anything
// changes it says how many captions change and shows up to three before/after examples (Core::applyBulkEdit,
// run again on every keystroke: a pure function over a few hundred short strings).
class BulkCaptionDialog final : public QDialog
{
    Q_OBJECT
public:
    // captions: every image's caption by key; selected, all: keys in the review's order; names: what to call
    // an image in the examples.
    BulkCaptionDialog(QHash<QString, QString> captions, QStringList selected, QStringList all,
                      QHash<QString, QString> names, QWidget *parent = nullptr);

    Core::BulkEdit edit() const;
    QStringList keys() const; // the scope chosen: selected or all
    void setKind(Core::BulkEdit::Kind kind);
    Core::BulkEditResult preview() const { return m_preview; }

private:
    void updatePreview();

    QHash<QString, QString> m_captions;
    QStringList m_selected;
    QStringList m_allKeys;
    QHash<QString, QString> m_names;
    Core::BulkEditResult m_preview;
    QComboBox *m_kind;
    QLabel *m_textLabel;
    QLineEdit *m_text;
    QLabel *m_findLabel;
    QLineEdit *m_find;
    QLabel *m_replaceLabel;
    QLineEdit *m_replace;
    QCheckBox *m_regex;
    QCheckBox *m_matchCase;
    QRadioButton *m_selectedButton;
    QRadioButton *m_all;
    QLabel *m_previewLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Ids::Widgets
