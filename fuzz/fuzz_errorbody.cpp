// The error-body extractor and the whole mapping, with the first two bytes choosing status and content type.
#include "fuzzoracle.h"

#include <core/api/apierror.h>

IDS_FUZZ_PROMISES("every failed answer has a headline and at most 600 characters of the server's text");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    Ids::Core::ReplyFacts facts;
    facts.httpStatus = 100 + (data[0] * 2) % 500;
    facts.contentType = (data[1] & 1) ? QByteArray("text/html") : QByteArray("application/json");
    facts.retryAfterHeader = (data[1] & 2) ? QByteArray("5") : QByteArray();
    facts.body = QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    facts.method = "GET";
    facts.path = QStringLiteral("/datasets");
    const Ids::Core::ApiError error = Ids::Core::mapReply(facts);
    if (facts.httpStatus >= 300) {
        // The map keeps 500 characters and an ellipsis; 600 leaves room for a change of that number.
        IDS_FUZZ_KEEPS("every failed answer has a headline and at most 600 characters of the server's text",
                       !error.headline().isEmpty() && error.serverMessage.size() <= 600);
    }
    (void)error.details();
    return 0;
}
