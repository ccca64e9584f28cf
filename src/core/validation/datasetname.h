#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ids::Core {

// The client's rule for dataset names (reliability-rules.md R21): the API documents none, and its search
// parameter is capped at 64 characters, so longer names could never be found again.
class DatasetName final
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::DatasetName)
public:
    static constexpr int MaxLength = 64;

    struct Check
    {
        QString name; // trimmed and NFC-normalised; what is sent when ok()
        QString reason; // empty when the name is acceptable; a translated sentence otherwise
        bool ok() const { return reason.isEmpty(); }
    };

    static Check check(const QString &input);
};

} // namespace Ids::Core
