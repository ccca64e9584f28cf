// Caption bytes in any encoding: the client's decoder (core/files/captiontext) against the sandbox's own
// strict UTF-8 reader, written apart. Never a crash, and the promises below.
#include "fuzzoracle.h"

#include <core/files/captiontext.h>
#include <sandbox/sandboxfilecheck.h>

IDS_FUZZ_PROMISES("what a caption sends is valid UTF-8 to the strict reader, without BOM or CRLF",
                  "a caption that is valid UTF-8 without BOM, NUL or control bytes is read as UTF-8, unchanged",
                  "a caption read as UTF-8 is what the strict reader reads", "a refused caption sends nothing");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Ids::Core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CaptionText caption = decodeCaption(bytes);
    const std::optional<QString> strict = Ids::Sandbox::FileCheck::strictUtf8(bytes);
    if (caption.ok()) {
        const std::optional<QString> sent = Ids::Sandbox::FileCheck::strictUtf8(caption.utf8);
        IDS_FUZZ_KEEPS("what a caption sends is valid UTF-8 to the strict reader, without BOM or CRLF",
                       sent && !caption.utf8.startsWith("\xEF\xBB\xBF") && !caption.utf8.contains("\r\n")
                           && *sent == caption.text);
        if (caption.encoding == TextEncoding::Utf8)
            IDS_FUZZ_KEEPS("a caption read as UTF-8 is what the strict reader reads",
                           strict
                               && QString(*strict)
                                       .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                       .replace(QLatin1Char('\r'), QLatin1Char('\n'))
                                   == caption.text);
    } else {
        IDS_FUZZ_KEEPS("a refused caption sends nothing", caption.utf8.isEmpty() && caption.text.isEmpty());
    }
    const bool plain = std::none_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f;
    });
    if (strict && plain && !bytes.startsWith("\xEF\xBB\xBF") && !bytes.isEmpty()) {
        IDS_FUZZ_KEEPS("a caption that is valid UTF-8 without BOM, NUL or control bytes is read as UTF-8, unchanged",
                       caption.ok() && caption.encoding == TextEncoding::Utf8
                           && caption.converted() == bytes.contains('\r'));
    }
    return 0;
}
