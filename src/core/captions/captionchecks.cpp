#include "captionchecks.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Ids::Core {

namespace {

QString firstWord(const QString &caption)
{
    static const QRegularExpression word(QStringLiteral("^\\W*(\\w+)"), QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = word.match(caption);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

bool containsWord(const QString &caption, const QString &lowerWord)
{
    const QRegularExpression expression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(lowerWord)),
                                        QRegularExpression::UseUnicodePropertiesOption
                                            | QRegularExpression::CaseInsensitiveOption);
    return expression.match(caption).hasMatch();
}

} // namespace

QList<CaptionWarning> checkCaptions(const QList<QPair<QString, QString>> &captions)
{
    QList<CaptionWarning> warnings;
    QStringList empty;
    QList<QPair<QString, QString>> filled;
    for (const auto &[key, text] : captions) {
        if (text.trimmed().isEmpty())
            empty.append(key);
        else
            filled.append({key, text.trimmed()});
    }
    if (!empty.isEmpty()) {
        warnings.append({CaptionWarning::Kind::Empty,
                         CaptionCheckText::tr("%n image(s) have no caption.", "", int(empty.size())),
                         empty,
                         {}});
    }

    if (filled.size() >= 2 && empty.isEmpty() && std::all_of(filled.cbegin(), filled.cend(), [&](const auto &entry) {
            return entry.second == filled.first().second;
        })) {
        QStringList keys;
        for (const auto &entry : std::as_const(filled))
            keys.append(entry.first);
        warnings.append({CaptionWarning::Kind::AllIdentical,
                         CaptionCheckText::tr("All captions are the same; a model learns more when each caption says "
                                              "what is different in its image."),
                         keys,
                         {}});
        return warnings;
    }

    QHash<QString, int> starts;
    QString trigger;
    int best = 0;
    for (const auto &entry : std::as_const(filled)) {
        const QString word = firstWord(entry.second);
        if (word.isEmpty())
            continue;
        const int count = ++starts[word];
        if (count > best) {
            best = count;
            trigger = word;
        }
    }
    if (best >= 3 && best * 2 >= filled.size()) {
        QStringList lacking;
        for (const auto &entry : std::as_const(filled)) {
            if (!containsWord(entry.second, trigger))
                lacking.append(entry.first);
        }
        if (!lacking.isEmpty()) {
            warnings.append({CaptionWarning::Kind::MissingTrigger,
                             CaptionCheckText::tr("%n caption(s) lack “%1”, which most captions start with.", "",
                                                  int(lacking.size()))
                                 .arg(trigger),
                             lacking, trigger});
        }
    }

    if (filled.size() >= 3) {
        QList<qsizetype> lengths;
        for (const auto &entry : std::as_const(filled))
            lengths.append(entry.second.size());
        std::sort(lengths.begin(), lengths.end());
        const qsizetype median = lengths.at(lengths.size() / 2);
        QStringList longer;
        for (const auto &entry : std::as_const(filled)) {
            if (entry.second.size() > 200 && entry.second.size() > 3 * median)
                longer.append(entry.first);
        }
        if (!longer.isEmpty()) {
            warnings.append(
                {CaptionWarning::Kind::MuchLonger,
                 CaptionCheckText::tr("%n caption(s) are much longer than the others.", "", int(longer.size())),
                 longer,
                 {}});
        }
    }
    return warnings;
}

} // namespace Ids::Core
