#include "datasize.h"

#include <QCoreApplication>

#include <cmath>

namespace Ids::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::DataSize)
};

} // namespace

QString dataSizeText(qint64 bytes, const QLocale &locale)
{
    bytes = std::max<qint64>(bytes, 0);
    if (bytes < 1024)
        return Text::tr("%n byte(s)", "", int(bytes));
    // The number shown in its unit decides the precision: 3.4 MB, but 3 MB and 176 kB (QLocale rounds it).
    double value = double(bytes);
    while (value >= 1024.0)
        value /= 1024.0;
    const double tenths = std::round(value * 10.0);
    const int precision = tenths < 99.5 && std::fmod(tenths, 10.0) != 0.0 ? 1 : 0;
    return locale.formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

} // namespace Ids::Core
