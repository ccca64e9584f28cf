#pragma once

#include <QCoreApplication>

namespace Ids::Core {

struct ReviewRow;
struct ReviewOptions;

// The review's sentences live in one translation context of their own.
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::UploadReview)
};

// The verdict of one file on its own (kind, size, conversions); reviewFiles adds what depends on the others.
void judgeFile(ReviewRow &row, const ReviewOptions &options);

} // namespace Ids::Core
