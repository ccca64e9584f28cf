// The name, key and address rules: never crash, and anything accepted is stable when checked again.
#include <core/validation/apikey.h>
#include <core/validation/baseurl.h>
#include <core/validation/datasetname.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto name = Ids::Core::DatasetName::check(text);
    if (name.ok() && Ids::Core::DatasetName::check(name.name).name != name.name)
        __builtin_trap();
    const auto key = Ids::Core::ApiKey::check(text);
    if (key.ok() && key.key.contains(QLatin1Char('\n')))
        __builtin_trap();
    const auto url = Ids::Core::BaseUrl::check(text);
    if (url.ok() && url.url.scheme() == QLatin1String("http") && !Ids::Core::BaseUrl::isLoopbackHost(url.url.host()))
        __builtin_trap();
    return 0;
}
