#pragma once

#include <QKeySequence>
#include <QList>

namespace Ids::Widgets {

// The platform's binding for a standard key plus an explicit one, never listing a sequence twice: on some
// desktops the standard key is empty, on others it already is the fallback, and a sequence listed twice makes
// the shortcut ambiguous (Qt then runs neither). fallbackFirst puts the fallback first, where menus show it.
inline QList<QKeySequence> withFallback(QKeySequence::StandardKey standard, const QKeySequence &fallback,
                                        bool fallbackFirst = false)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(fallback)) {
        if (fallbackFirst)
            keys.prepend(fallback);
        else
            keys.append(fallback);
    }
    return keys;
}

} // namespace Ids::Widgets
