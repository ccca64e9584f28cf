#pragma once

#include <QString>
#include <QTest>

// A test that cannot run here says so, and under CTest that is a failure, never a skip: a skipped check
// looks green in a summary and can hide a failure next to it (issue 11, item 2). ids_add_test sets
// IDS_IN_CTEST=1 for every test it registers (tests/CMakeLists.txt); run by hand, the same test skips.
// `missing` is a sentence naming what is missing, e.g. "a D-Bus session with an unlocked keyring".
#define IDS_REQUIRE(condition, missing)                                                                                \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (qEnvironmentVariableIsSet("IDS_IN_CTEST"))                                                             \
                QFAIL(qPrintable(QStringLiteral("cannot run under CTest: needs %1").arg(QLatin1String(missing))));     \
            QSKIP(missing);                                                                                            \
        }                                                                                                              \
    } while (false)
