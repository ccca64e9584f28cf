#include <core/api/retryafter.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const auto wait =
        Ids::Core::parseRetryAfter(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), now);
    if (wait && wait->count() < 0)
        __builtin_trap();
    return 0;
}
