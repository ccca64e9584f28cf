// The name, key and address rules: never crash, and anything accepted is stable when checked again.
#include <core/validation/apikey.h>
#include <core/validation/baseurl.h>
#include <core/validation/datasetname.h>
#include <core/validation/modelname.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto name = Ids::Core::DatasetName::check(text);
    if (name.ok() && Ids::Core::DatasetName::check(name.name).name != name.name)
        __builtin_trap();
    // A model name that passes is what Ideogram's rule (^[A-Za-z0-9 -]{5,30}$) accepts, and stays so.
    const auto model = Ids::Core::ModelName::check(text);
    if (model.ok()) {
        if (model.name.size() < 5 || model.name.size() > 30
            || Ids::Core::ModelName::check(model.name).name != model.name)
            __builtin_trap();
        for (const QChar c : model.name) {
            if (!(c.isDigit() || c == u' ' || c == u'-' || (c.unicode() < 128 && c.isLetter())))
                __builtin_trap();
        }
    }
    const auto key = Ids::Core::ApiKey::check(text);
    if (key.ok() && key.key.contains(QLatin1Char('\n')))
        __builtin_trap();
    const auto url = Ids::Core::BaseUrl::check(text);
    if (url.ok() && url.url.scheme() == QLatin1String("http") && !Ids::Core::BaseUrl::isLoopbackHost(url.url.host()))
        __builtin_trap();
    return 0;
}
