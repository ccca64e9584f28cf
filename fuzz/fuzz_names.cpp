// The name, key and address rules: never crash, and anything accepted is stable when checked again.
#include "fuzzoracle.h"

#include <core/validation/apikey.h>
#include <core/validation/baseurl.h>
#include <core/validation/datasetname.h>
#include <core/validation/modelname.h>

#include <algorithm>

IDS_FUZZ_PROMISES("an accepted dataset name is accepted unchanged when checked again",
                  "an accepted model name is 5-30 characters and stable when checked again",
                  "an accepted model name holds only ASCII letters, digits, spaces and hyphens",
                  "an accepted key holds no line break", "an accepted plain-http address is this computer");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto name = Ids::Core::DatasetName::check(text);
    if (name.ok()) {
        const auto again = Ids::Core::DatasetName::check(name.name);
        IDS_FUZZ_KEEPS("an accepted dataset name is accepted unchanged when checked again",
                       again.ok() && again.name == name.name);
    }
    // A model name that passes is what Ideogram's rule (^[A-Za-z0-9 -]{5,30}$) accepts, and stays so.
    const auto model = Ids::Core::ModelName::check(text);
    if (model.ok()) {
        IDS_FUZZ_KEEPS("an accepted model name is 5-30 characters and stable when checked again",
                       model.name.size() >= 5 && model.name.size() <= 30
                           && Ids::Core::ModelName::check(model.name).name == model.name);
        IDS_FUZZ_KEEPS("an accepted model name holds only ASCII letters, digits, spaces and hyphens",
                       std::all_of(model.name.cbegin(), model.name.cend(), [](QChar c) {
                           return c.unicode() < 128 && (c.isLetterOrNumber() || c == u' ' || c == u'-');
                       }));
    }
    const auto key = Ids::Core::ApiKey::check(text);
    if (key.ok())
        IDS_FUZZ_KEEPS("an accepted key holds no line break",
                       !key.key.contains(QLatin1Char('\n')) && !key.key.contains(QLatin1Char('\r')));
    const auto url = Ids::Core::BaseUrl::check(text);
    if (url.ok() && url.url.scheme() == QLatin1String("http"))
        IDS_FUZZ_KEEPS("an accepted plain-http address is this computer",
                       Ids::Core::BaseUrl::isLoopbackHost(url.url.host()));
    return 0;
}
