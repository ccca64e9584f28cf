#include "apidatetime.h"

#include <QRegularExpression>

namespace Ids::Core {

ApiDateTime ApiDateTime::parse(const QString &text)
{
    ApiDateTime result;
    result.raw = text;

    // date, 'T' or one space, time with optional fraction, then Z, ±hh:mm, ±hhmm or nothing (taken as UTC).
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return result;

    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    int msec = 0;
    if (const QString fraction = match.captured(7); !fraction.isEmpty())
        msec = QString(fraction + QStringLiteral("00")).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return result;

    int offsetSeconds = 0;
    if (QString zone = match.captured(8); !zone.isEmpty() && zone.compare(QStringLiteral("Z"), Qt::CaseInsensitive)) {
        zone.remove(QLatin1Char(':'));
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(3, 2).toInt();
        if (hours > 23 || minutes > 59)
            return result;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    result.utc = QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
    return result;
}

ApiDateTime ApiDateTime::fromUtc(const QDateTime &time)
{
    ApiDateTime result;
    result.utc = time.toUTC();
    result.raw = result.toIsoString();
    return result;
}

QString ApiDateTime::toIsoString() const
{
    if (!utc.isValid())
        return raw;
    return utc.toString(Qt::ISODateWithMs).replace(QStringLiteral("Z"), QStringLiteral("+00:00"));
}

} // namespace Ids::Core
