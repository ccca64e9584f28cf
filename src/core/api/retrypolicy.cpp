#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Ids::Core {

std::optional<std::chrono::milliseconds> RetryPolicy::delayBeforeRetry(const ApiError &error, int attemptsMade) const
{
    if (attemptsMade >= maxAttempts || !error.isTransient())
        return std::nullopt;
    if (error.retryAfter) {
        // A long wait asked for by the server is not sat through silently: the user decides.
        if (*error.retryAfter > maxRetryAfter)
            return std::nullopt;
        return *error.retryAfter;
    }
    const double factor = jitter ? jitter() : 1.0;
    const double base = double(initialDelay.count()) * std::pow(2.0, attemptsMade - 1);
    const double capped = std::min(base, double(maxDelay.count()));
    return std::chrono::milliseconds(std::llround(capped * factor));
}

RetryPolicy RetryPolicy::standard()
{
    RetryPolicy policy;
    policy.jitter = [] { return 1.0 - 0.25 * QRandomGenerator::global()->generateDouble(); };
    return policy;
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

} // namespace Ids::Core
