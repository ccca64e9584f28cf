#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ids::Core {

// Ideogram's rule for model names (api-contract.md §4): 5–30 characters, letters, digits, spaces and
// hyphens. Whether non-ASCII letters pass is not confirmed, so only A–Z are accepted: a name refused here
// costs a retype, a name refused by the server after the user confirmed billing costs more trust.
class ModelName final
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::ModelName)
public:
    static constexpr int MinLength = 5;
    static constexpr int MaxLength = 30;

    struct Check
    {
        QString name; // trimmed; what is sent when ok()
        QString reason; // empty when acceptable
        bool ok() const { return reason.isEmpty(); }
    };

    static Check check(const QString &input);
};

} // namespace Ids::Core
