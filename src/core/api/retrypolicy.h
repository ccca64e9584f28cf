#pragma once

#include "apierror.h"

#include <chrono>
#include <functional>
#include <optional>

namespace Ids::Core {

// When and how soon a read is tried again (reliability-rules.md R1, R2). Creates never use this.
struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds initialDelay {500};
    std::chrono::milliseconds maxDelay {8000};
    std::chrono::milliseconds maxRetryAfter {60000};
    // Returns a factor in (0.75, 1.0]; replaceable so tests get exact delays.
    std::function<double()> jitter;

    // The wait before attempt number `attempt + 1`, or nullopt when the error must not be retried.
    std::optional<std::chrono::milliseconds> delayBeforeRetry(const ApiError &error, int attemptsMade) const;

    static RetryPolicy standard();
    static RetryPolicy none();
};

} // namespace Ids::Core
