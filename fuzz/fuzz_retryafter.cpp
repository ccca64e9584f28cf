#include "fuzzoracle.h"

#include <core/api/retryafter.h>

IDS_FUZZ_PROMISES("a Retry-After never asks for a negative wait");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const auto wait =
        Ids::Core::parseRetryAfter(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), now);
    if (wait)
        IDS_FUZZ_KEEPS("a Retry-After never asks for a negative wait", wait->count() >= 0);
    return 0;
}
