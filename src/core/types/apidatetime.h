#pragma once

#include <QDateTime>
#include <QString>

namespace Ids::Core {

// A time as the API sent it. The API uses several ISO-8601 spellings (api-contract.md §1.1); a time we
// cannot parse is kept raw so it can still be shown, instead of failing the whole response.
struct ApiDateTime
{
    QString raw;
    QDateTime utc; // invalid when raw could not be parsed

    bool isValid() const { return utc.isValid(); }
    static ApiDateTime parse(const QString &text);
    static ApiDateTime fromUtc(const QDateTime &time);
    // The form the sandbox writes and the store keeps: the raw text when unparsed.
    QString toIsoString() const;

    friend bool operator==(const ApiDateTime &, const ApiDateTime &) = default;
};

} // namespace Ids::Core
