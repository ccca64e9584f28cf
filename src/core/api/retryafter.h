#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Ids::Core {

// Parses a Retry-After value: delay-seconds (integer or decimal) or an HTTP-date (RFC 9110 §10.2.3).
// Garbage, negative and overflowing values give nullopt, so the caller falls back to its own backoff.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace Ids::Core
