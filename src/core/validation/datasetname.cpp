#include "datasetname.h"

namespace Ids::Core {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

DatasetName::Check DatasetName::check(const QString &input)
{
    Check result;
    result.name = input.trimmed();
    // Checked before normalising: conversions would silently turn a broken character into U+FFFD.
    for (qsizetype i = 0; i < result.name.size(); ++i) {
        const QChar c = result.name.at(i);
        if (c.isHighSurrogate() && i + 1 < result.name.size() && result.name.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            result.reason = tr("The name contains a broken character. Type the name again.");
            return result;
        }
    }
    result.name = result.name.normalized(QString::NormalizationForm_C);
    if (result.name.isEmpty()) {
        result.reason = tr("Enter a name for the dataset.");
        return result;
    }
    const QList<uint> codePoints = result.name.toUcs4();
    for (const uint c : codePoints) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            result.reason = tr("The name contains an invisible control character (such as a line break). "
                               "Type the name again without it.");
            return result;
        }
        if (isBidiControl(c)) {
            result.reason = tr("The name contains an invisible text-direction character. "
                               "Type the name again without it.");
            return result;
        }
    }
    if (codePoints.size() > MaxLength) {
        result.reason = tr("The name is %1 characters long; use at most %2.").arg(codePoints.size()).arg(MaxLength);
        return result;
    }
    return result;
}

} // namespace Ids::Core
