#include <core/types/apidatetime.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Ids::Core::ApiDateTime parsed = Ids::Core::ApiDateTime::parse(text);
    if (parsed.isValid() && !Ids::Core::ApiDateTime::parse(parsed.toIsoString()).isValid())
        __builtin_trap(); // what we write must read back
    return 0;
}
