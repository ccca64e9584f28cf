#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Ids::Core {

// The HTTP version the client speaks over https. HTTP/1.1 unless chosen otherwise: with Qt 6.4's HTTP/2
// every request with a body waits about 40 ms and uploads are held to one flow-control window per 40 ms
// (measured 1.4 MB/s), because Qt leaves Nagle's algorithm on and writes HTTP/2 frames in separate TCP
// segments that meet the server's delayed ACK; HTTP/1.1 sends headers and body in one write (README,
// "Set-up"). Plain http (the sandbox, tests) is always HTTP/1.1.
enum class HttpVersion { Http1, Http2 };

// "1.1" or "2" (also "http/1.1", "h2", "http2"), case-insensitive; nullopt for anything else.
std::optional<HttpVersion> parseHttpVersion(QStringView text);
QString httpVersionName(HttpVersion version); // "1.1" or "2", as the setting stores it

// The environment variable that chooses the version for one run, over the setting.
inline constexpr char HttpVersionEnvironmentVariable[] = "IDEOGRAM_DATASETS_HTTP_VERSION";
// The preference, unless IDEOGRAM_DATASETS_HTTP_VERSION names a version (an unknown value is ignored).
HttpVersion httpVersionForThisRun(HttpVersion preference);

} // namespace Ids::Core
