#include "retryafter.h"

#include <QLocale>

#include <cmath>

namespace Ids::Core {

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        // One day is far beyond anything we would wait; larger numbers are treated as garbage.
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 86400)
            return std::nullopt;
        return std::chrono::milliseconds(static_cast<qint64>(std::llround(seconds * 1000)));
    }

    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    const qint64 ms = nowUtc.msecsTo(date);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

} // namespace Ids::Core
