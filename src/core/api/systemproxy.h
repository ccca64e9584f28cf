#pragma once

namespace Ids::Core::SystemProxy {

// Makes every network manager of this process use the system's proxy settings: the desktop's (GNOME, KDE,
// through libproxy on Linux; the system settings on Windows and macOS) and the https_proxy, http_proxy and
// no_proxy variables. Qt's own default is to connect directly. Requests to this computer (the sandbox) never
// go through a proxy. Called once, before the first request.
void use();

} // namespace Ids::Core::SystemProxy
