#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ids::Core {

// Checks a pasted API key before it is stored or sent (reliability-rules.md R19). A key with a line break or a
// space would otherwise be dropped or split silently by the HTTP layer.
class ApiKey final
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::ApiKey)
public:
    static constexpr int MinLength = 16;
    static constexpr int MaxLength = 512;

    struct Check
    {
        QString key; // the pasted text with surrounding white space removed
        QString reason; // empty when the key looks plausible
        bool ok() const { return reason.isEmpty(); }
    };

    static Check check(const QString &input);
    // "••••1234": all a window may show of a saved key.
    static QString masked(const QString &key);
};

} // namespace Ids::Core
