#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Ids::Core {

// Warnings about a set of captions that would teach a model less than it could (issue 15 item 5). Never a
// block: the review shows them and lets the user select the captions each one names.
struct CaptionWarning
{
    enum class Kind {
        Empty, // images without a caption
        AllIdentical, // every caption the same words: the model learns nothing from them
        MissingTrigger, // a word most captions start with is missing from some
        MuchLonger, // captions several times longer than the typical one
    };
    Kind kind = Kind::Empty;
    QString text; // a translated sentence ("3 captions lack “acme”.")
    QStringList keys; // the images it names, in the order given
    QString word; // MissingTrigger: the word
};

struct CaptionCheckText
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::CaptionChecks)
};

// The rules, in the order they are returned:
// * Empty: any image without a caption (white space only counts as none).
// * AllIdentical: at least two captions, all non-empty and the same after trimming.
// * MissingTrigger: the first word of a caption (up to a comma or space, letters and digits, ignoring case) that
//   starts at least half of the non-empty captions and at least 3 of them, yet is absent (as a word, anywhere)
//   from others: those others are named. The usual way to teach a custom model a subject is a rare word in
//   every caption.
// * MuchLonger: captions longer than 3 × the median length and over 200 characters.
// captions: (key, caption) in the review's order.
QList<CaptionWarning> checkCaptions(const QList<QPair<QString, QString>> &captions);

} // namespace Ids::Core
