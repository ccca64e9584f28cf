#pragma once

#include <QObject>
#include <QString>
#include <QTest>

#include <source_location>

namespace Ids::Tests {

// Reaches a widget (or action) the way a user-facing test should: by its objectName under the widget that owns
// it, as KeePassXC's TestGui does, instead of through getters that exist only for tests (issue 13). A name that
// is missing, or an object of another type, is a failure naming what was looked for and where the test asked,
// so a renamed widget fails loudly; the null that follows then ends the test function.
template<typename T>
T *child(const QObject *parent, const char *name, const std::source_location where = std::source_location::current())
{
    T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found) {
        const QString message = parent
            ? QStringLiteral("no %1 named \"%2\" under %3 \"%4\"")
                  .arg(QLatin1String(T::staticMetaObject.className()), QLatin1String(name),
                       QLatin1String(parent->metaObject()->className()), parent->objectName())
            : QStringLiteral("looked for \"%1\" under a null parent").arg(QLatin1String(name));
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
    }
    return found;
}

} // namespace Ids::Tests
