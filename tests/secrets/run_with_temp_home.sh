#!/usr/bin/env bash
# Runs a test with a throw-away HOME and XDG folders, optionally inside a D-Bus session with an unlocked
# GNOME keyring (the real Secret Service QtKeychain talks to), then checks that no file written under that
# home holds the test key in clear text.
# usage: run_with_temp_home.sh [--keyring] <test binary> [test function…]
set -euo pipefail

keyring=0
if [ "${1:-}" = "--keyring" ]; then keyring=1; shift; fi
bin=$1; shift

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run" TMPDIR="$tmp/tmp" IDS_TEST_SANDBOX_HOME=1
export IDS_TEST_KEY="${IDS_TEST_KEY:-TESTKEY-7f3c9a1e5b2d4c6f8a0b}"
mkdir -p "$TMPDIR" "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# With DISPLAY set and no session bus, D-Bus would autolaunch and the keyring would wait for a prompt.
unset DISPLAY

# Everything the test prints goes to a file in the same tree, so the search below covers it too.
log="$tmp/output.log"
status=0
if [ $keyring = 1 ]; then
  export IDS_KEYCHAIN_TEST=1
  unset DBUS_SESSION_BUS_ADDRESS
  dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' \
    sh "$bin" "$@" >"$log" 2>&1 || status=$?
else
  export DBUS_SESSION_BUS_ADDRESS=disabled:
  "$bin" "$@" >"$log" 2>&1 || status=$?
fi
cat "$log"

# The key in plain, base64 and percent-encoded form must appear nowhere: output, settings, database, cache,
# temporary files. (The keyring file itself is encrypted.)
b64=$(printf '%s' "$IDS_TEST_KEY" | base64 -w0)
pct=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$IDS_TEST_KEY")
for form in "$IDS_TEST_KEY" "$b64" "$pct"; do
  if grep -rlF -- "$form" "$tmp" 2>/dev/null; then
    echo "FAIL: the test key ($form) was found in the files above" >&2
    status=1
  fi
done
exit $status
