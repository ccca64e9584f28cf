#include "modelname.h"

namespace Ids::Core {

ModelName::Check ModelName::check(const QString &input)
{
    Check result;
    result.name = input.trimmed();
    const QString &name = result.name;
    if (name.isEmpty()) {
        result.reason = tr("Enter a name for the model.");
        return result;
    }
    for (const QChar c : name) {
        const bool allowed =
            (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u' ' || c == u'-';
        if (!allowed) {
            result.reason =
                tr("Use only the letters A–Z, digits, spaces and hyphens (not \"%1\").")
                    .arg(c.isPrint() ? QString(c)
                                     : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
            return result;
        }
    }
    if (name.size() < MinLength) {
        result.reason = tr("Use at least %1 characters (now %2).").arg(MinLength).arg(name.size());
        return result;
    }
    if (name.size() > MaxLength) {
        result.reason = tr("Use at most %1 characters (now %2).").arg(MaxLength).arg(name.size());
        return result;
    }
    return result;
}

} // namespace Ids::Core
