#include "captionedits.h"

#include <QRegularExpression>

namespace Ids::Core {

namespace {

QString prepended(const QString &caption, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || caption.trimmed().startsWith(trimmed, Qt::CaseInsensitive))
        return caption;
    if (caption.trimmed().isEmpty())
        return trimmed;
    const QString joiner = text.back().isSpace() ? QString() : QStringLiteral(" ");
    return text + joiner + caption.trimmed();
}

QString appended(const QString &caption, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || caption.trimmed().endsWith(trimmed, Qt::CaseInsensitive))
        return caption;
    if (caption.trimmed().isEmpty())
        return trimmed;
    // ", studio photo" follows the last word directly.
    const bool attached = text.front().isSpace() || QStringLiteral(",.;:!?)").contains(text.front());
    const QString joiner = attached ? QString() : QStringLiteral(" ");
    return caption.trimmed() + joiner + text;
}

} // namespace

BulkEditResult applyBulkEdit(const QHash<QString, QString> &captions, const QStringList &keys, const BulkEdit &edit)
{
    BulkEditResult result;
    QRegularExpression expression;
    if (edit.kind == BulkEdit::Kind::Replace && edit.regex) {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!edit.matchCase)
            options |= QRegularExpression::CaseInsensitiveOption;
        expression = QRegularExpression(edit.find, options);
        if (!expression.isValid()) {
            result.error = BulkEditText::tr("The search pattern is not a valid regular expression: %1 (at "
                                            "character %2).")
                               .arg(expression.errorString())
                               .arg(expression.patternErrorOffset() + 1);
            return result;
        }
    }
    for (const QString &key : keys) {
        if (result.changed.contains(key))
            continue;
        const QString before = captions.value(key);
        QString after = before;
        switch (edit.kind) {
        case BulkEdit::Kind::Prepend:
            after = prepended(before, edit.text);
            break;
        case BulkEdit::Kind::Append:
            after = appended(before, edit.text);
            break;
        case BulkEdit::Kind::Replace:
            if (edit.find.isEmpty())
                break;
            if (edit.regex)
                after.replace(expression, edit.replaceWith);
            else
                after.replace(edit.find, edit.replaceWith, edit.matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive);
            break;
        case BulkEdit::Kind::Set:
            after = edit.text;
            break;
        case BulkEdit::Kind::Clear:
            after.clear();
            break;
        }
        if (after != before) {
            result.changed.insert(key, after);
            result.order.append(key);
        }
    }
    return result;
}

} // namespace Ids::Core
