#include "fuzzoracle.h"

#include <core/types/apidatetime.h>

IDS_FUZZ_PROMISES("a time the app writes reads back as the same instant");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Ids::Core::ApiDateTime parsed = Ids::Core::ApiDateTime::parse(text);
    if (parsed.isValid()) {
        const Ids::Core::ApiDateTime back = Ids::Core::ApiDateTime::parse(parsed.toIsoString());
        IDS_FUZZ_KEEPS("a time the app writes reads back as the same instant",
                       back.isValid() && back.utc == parsed.utc);
    }
    return 0;
}
