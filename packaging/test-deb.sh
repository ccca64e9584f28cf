#!/usr/bin/env bash
# The .deb as a user gets it: build it from a finished build folder, check it with lintian (no error, no warning;
# what stays is explained in packaging/debian/lintian-overrides), install it with apt-get, check that the command,
# the manual page, the menu entry, the AppStream metadata and the icons are where the system looks for them, start
# the installed app offscreen in its sandbox and let it quit by itself (--smoke-test), then remove the package and
# check that nothing it installed is left behind.
#
# usage: packaging/test-deb.sh [build folder]     (default: build/ci; configured and built, as by .ci/run)
#
# Installing needs root: it runs as root, through passwordless sudo, or asks for your sudo password in a terminal.
# It refuses to run where ideogram-datasets is already installed (it would replace and then remove your copy),
# except in CI (CI=true), where an installed copy can only be left over from an earlier run.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(cd "${1:-$source_dir/build/ci}" && pwd)
app_id=io.github.ideogram_datasets.IdeogramDatasets
package=ideogram-datasets
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "  ok: $*"; }
fail() { failed=$((failed + 1)); echo "  FAILED: $*"; }
check() { # check <description> <command…>
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
stage() { printf '\n== %s (%ds so far)\n' "$*" "$SECONDS"; }
finish() {
  echo
  echo "test-deb: ${SECONDS}s in all"
  echo "test-deb: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
[ -n "$version" ] || { echo "No CPackConfig.cmake in $build_dir: configure and build it first."; exit 1; }

stage "package"
rm -f "$build_dir"/${package}_*.deb
(cd "$build_dir" && cpack -G DEB >cpack.log 2>&1) || { cat "$build_dir/cpack.log"; exit 1; }
deb=$(ls "$build_dir"/${package}_"$version"_*.deb)
echo "  $deb ($(du -k "$deb" | cut -f1) KiB)"

stage "lintian"
# Any error or warning fails; info tags are printed for the record.
lintian_status=0
lintian --fail-on error,warning --display-info "$deb" >"$build_dir/lintian.log" 2>&1 || lintian_status=$?
grep -v 'running with root privileges' "$build_dir/lintian.log" | sed 's/^/  /' || true
check "lintian reports no error and no warning" test "$lintian_status" -eq 0

# Root for apt-get, without breaking a developer machine: root as is, else sudo (asking only in a terminal).
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null || [ -t 0 ]; then
    as_root=(sudo)
  else
    echo "Installing the package needs root: run this as root, with passwordless sudo, or from a terminal."
    fail "install (no root)"
    finish
    exit 1
  fi
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
  if [ "${CI:-}" != true ]; then
    echo "$package is installed on this computer. This check installs the package and removes it afterwards, which"
    echo "would remove your copy. Remove it first (sudo apt-get remove $package), or run the check in a container."
    exit 1
  fi
  echo "  (an earlier run left $package installed; it is replaced)"
fi

# One install at a time on this machine: two runs at once would remove each other's package.
exec 9>"${TMPDIR:-/tmp}/ideogram-datasets-test-deb.lock"
flock -w 900 9

# What the package will own, and which of its folders exist already (those must stay after removal).
mapfile -t owned < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^/\?$')
preexisting=()
for path in "${owned[@]}"; do [ -d "$path" ] && preexisting+=("$path"); done

cleanup() { "${as_root[@]}" apt-get remove --purge -y -qq "$package" >/dev/null 2>&1 || true; }
trap cleanup EXIT

stage "install with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt_log=$build_dir/test-deb-apt.log
quietly() { "$@" >>"$apt_log" 2>&1 || { cat "$apt_log"; return 1; }; }
: >"$apt_log"
check "apt-get install ./…deb" quietly "${as_root[@]}" apt-get install -y --no-install-recommends \
  -o DPkg::Lock::Timeout=300 "$deb"

stage "installed files"
bin=$(command -v ideogram-datasets || true)
check "ideogram-datasets is on PATH (found: ${bin:-nothing})" test "$bin" = /usr/bin/ideogram-datasets
out=$(env -i PATH=/usr/bin:/bin ideogram-datasets --version 2>&1 || true)
check "ideogram-datasets --version says \"ideogram-datasets $version\" (said: $out)" \
  test "$out" = "ideogram-datasets $version"
check "the manual page is in /usr/share/man/man1 and describes --sandbox" \
  sh -c "gzip -dc /usr/share/man/man1/ideogram-datasets.1.gz | grep -q 'sandbox'"
desktop=/usr/share/applications/$app_id.desktop
check "the menu entry is $desktop and is valid" desktop-file-validate "$desktop"
check "the menu entry starts the installed command" grep -qx 'Exec=ideogram-datasets' "$desktop"
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
check "the AppStream metadata is $metainfo and is valid" quietly appstreamcli validate --no-net "$metainfo"
check "the AppStream metadata names the menu entry" grep -q "<launchable type=\"desktop-id\">$app_id.desktop<" "$metainfo"
for size in 16 32 48 64 128 256; do
  check "the ${size}px icon is in the hicolor theme" test -s "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
check "the scalable icon is in the hicolor theme" test -s "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
check "the copyright file is in /usr/share/doc/$package" test -s "/usr/share/doc/$package/copyright"

stage "start the installed app (offscreen, sandbox) and let it quit"
home=$(mktemp -d)
mkdir -m 700 "$home/runtime"
smoke_status=0
env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
  XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  DBUS_SESSION_BUS_ADDRESS=disabled: timeout 120 ideogram-datasets --sandbox --smoke-test \
  >"$home/stdout" 2>"$home/stderr" || smoke_status=$?
cat "$home/stdout"
check "the installed app started, showed its window, listed the sandbox's models and quit with status 0" \
  test "$smoke_status" -eq 0
check "it says so" grep -q '^smoke test passed' "$home/stdout"
# A clean quit: no thread, database connection or object torn down while still in use.
if grep -E 'QThread: Destroyed|still in use|QObject::~QObject|QSqlDatabasePrivate|ASSERT|Segmentation' "$home/stderr"; then
  fail "it quit cleanly (see the lines above)"
else
  pass "it quit cleanly (no warning about threads or connections torn down)"
fi
check "it kept its settings and database in the home it was given" test -s "$home/data/ideogram-datasets/ideogram-datasets/accounts/sandbox.sqlite"
rm -rf "$home"

stage "remove"
check "apt-get remove --purge" quietly "${as_root[@]}" apt-get remove --purge -y -o DPkg::Lock::Timeout=300 "$package"
trap - EXIT
check "dpkg no longer knows the package" sh -c "! dpkg-query -W -f='\${Status}' $package 2>/dev/null | grep -q installed"
left=()
for path in "${owned[@]}"; do
  keep=false
  for dir in "${preexisting[@]}"; do [ "$path" = "$dir" ] && keep=true; done
  if ! $keep && { [ -e "$path" ] || [ -L "$path" ]; }; then left+=("$path"); fi
done
[ ${#left[@]} -eq 0 ] || printf '  left behind: %s\n' "${left[@]}"
check "nothing it installed is left behind (${#owned[@]} paths checked)" test ${#left[@]} -eq 0
check "the command is gone from PATH" sh -c '! command -v ideogram-datasets'

finish
