#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ids::Core {

// One bulk edit of the review's captions (issue 15 item 2). Pure data: applyBulkEdit says what it does,
// the review sheet's undo commands apply the result.
struct BulkEdit
{
    enum class Kind {
        Prepend, // text at the start (a trigger word such as "acme shoe,"), not added where already there
        Append, // text at the end, not added where already there
        Replace, // find → replaceWith, plain or regular expression, in every caption
        Set, // the same caption for all
        Clear, // no caption
    };
    Kind kind = Kind::Prepend;
    QString text; // Prepend, Append, Set
    QString find; // Replace
    QString replaceWith; // Replace: with regex, \1…\9 name the groups of find
    bool regex = false; // Replace: find is a Perl-compatible regular expression (QRegularExpression)
    bool matchCase = false; // Replace
};

// What a bulk edit would do.
struct BulkEditResult
{
    QHash<QString, QString> changed; // key → the new caption, only for captions that change
    QStringList order; // the changed keys in the order they were given (for the preview's examples)
    QString error; // a translated sentence when the edit cannot run (an invalid regular expression); then
                   // nothing changes

    bool ok() const { return error.isEmpty(); }
};

struct BulkEditText
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::BulkEdit)
};

// Applies edit to the captions of keys (key → current caption; a key not in captions has none).
// Prepend/Append join with one space unless the text already ends (starts) with white space (Append: or starts
// with , . ; : ! ? or )); a caption that
// already starts (ends) with the trimmed text, ignoring case, is left alone, so running it twice adds nothing.
// Replace of an empty find changes nothing. Unicode throughout: regular expressions match by code point with
// Unicode character classes (\w matches é, ß, 漢).
BulkEditResult applyBulkEdit(const QHash<QString, QString> &captions, const QStringList &keys, const BulkEdit &edit);

} // namespace Ids::Core
