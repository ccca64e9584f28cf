#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test, package and screenshot Ideogram Datasets.
# Safe to run again: apt-get skips what is already there.
# usage: scripts/install-deps.sh [--with-fuzz]   (--with-fuzz adds clang and libFuzzer for the fuzz preset)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0
  dbus dbus-x11 gnome-keyring
  xvfb xauth
  desktop-file-utils appstream
  curl sqlite3 file python3
  nghttp2-proxy openssl # the TLS + HTTP/2 front (nghttpx) and its throw-away CA, for the wire tests and benchmarks
  libheif-dev zlib1g-dev  # HEIC/AVIF photos converted before upload (libheif); ZIP entries read and inflated (zlib)
  lintian help2man   # packaging/test-deb.sh: checks the .deb; the manual page is generated from --help
  qt6-svg-dev nsis qt6-image-formats-plugins   # Windows/macOS icons from the SVG; their checks (NSIS script, ICNS reader)
  weston qt6-wayland   # the window tests once more under a headless Wayland compositor (tests/wayland)
  libjpeg-turbo-progs libheif-examples iproute2   # benchmark baselines only (djpeg, heif-enc, heif-convert) and the shaped link (ip netns, tc)
  fonts-noto-cjk   # Japanese text in the screenshot tests (the app itself uses the desktop's fonts)
)
if [ "${1:-}" = "--with-fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
