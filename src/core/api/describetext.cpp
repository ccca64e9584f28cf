// The per-image outcomes of describe (issue 15 item 3) that are not a failed request of their own, beside
// UploadFileText in the error map's translation context.
#include "apierror.h"

namespace Ids::Core {

QString DescribeText::lost()
{
    return ApiError::tr("Not captioned — try again. The answer was lost, so Ideogram may have described (and "
                        "billed) this image; the app does not ask again by itself.");
}

QString DescribeText::tooLarge()
{
    return ApiError::tr("Not captioned: Ideogram describes images up to 10 MB. Use Make Smaller first.");
}

QString DescribeText::unreadable()
{
    return ApiError::tr("Not captioned: the image could not be read from disk. Check that it is still there.");
}

} // namespace Ids::Core
