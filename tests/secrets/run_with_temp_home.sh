#!/usr/bin/env bash
# Runs a test with a throw-away HOME and XDG folders, optionally inside a D-Bus session with an unlocked
# GNOME keyring (the real Secret Service QtKeychain talks to), then checks that no file written under that
# home holds the test key in clear text.
# usage: run_with_temp_home.sh [--keyring] [--private-bus] [--last-line <text>] <test binary> [test arguments…]
#   --private-bus: the D-Bus session starts no service on demand (tests/desktop/session-bus.conf), so no
#   keyring prompt can ever appear (each one ends cancelled at once); without --keyring, the bus has no keychain.
#   --last-line: the output must hold this text (the test's last line), or the search did not see the whole
#   session (Qt Test stops printing messages after -maxwarnings, 2000 by default) and the run fails.
set -euo pipefail

keyring=0
private_bus=0
last_line=
while [ $# -gt 0 ]; do
  case "$1" in
    --keyring) keyring=1; shift ;;
    --private-bus) private_bus=1; shift ;;
    --last-line) last_line=$2; shift 2 ;;
    *) break ;;
  esac
done
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
bus_config=()
[ $private_bus = 1 ] && bus_config=(--config-file="$(dirname "$0")/../desktop/session-bus.conf")
if [ $keyring = 1 ]; then
  export IDS_KEYCHAIN_TEST=1
  unset DBUS_SESSION_BUS_ADDRESS
  dbus-run-session "${bus_config[@]}" -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' \
    sh "$bin" "$@" >"$log" 2>&1 || status=$?
elif [ $private_bus = 1 ]; then
  unset DBUS_SESSION_BUS_ADDRESS
  dbus-run-session "${bus_config[@]}" -- "$bin" "$@" >"$log" 2>&1 || status=$?
else
  export DBUS_SESSION_BUS_ADDRESS=disabled:
  "$bin" "$@" >"$log" 2>&1 || status=$?
fi
cat "$log"

# The key (and a second account's, IDS_TEST_KEY2, when set) in plain, base64 and percent-encoded form must
# appear nowhere: output, settings, database, cache, temporary files. (The keyring file itself is encrypted.)
for key in "$IDS_TEST_KEY" ${IDS_TEST_KEY2:+"$IDS_TEST_KEY2"}; do
  b64=$(printf '%s' "$key" | base64 -w0)
  pct=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$key")
  for form in "$key" "$b64" "$pct"; do
    if grep -rlF -- "$form" "$tmp" 2>/dev/null; then
      echo "FAIL: a test key ($form) was found in the files above" >&2
      status=1
    fi
  done
done
# A search of a log that was cut short proves nothing about what was cut.
if grep -qF -- "Maximum amount of warnings exceeded" "$log"; then
  echo "FAIL: Qt Test stopped printing messages part-way (pass -maxwarnings 0); the search saw only part of the log" >&2
  status=1
fi
if [ -n "$last_line" ] && ! grep -qF -- "$last_line" "$log"; then
  echo "FAIL: the output lacks the session's last line (\"$last_line\"); the search did not see the whole session" >&2
  status=1
fi
echo "searched $(wc -l <"$log") lines of output and every file under the throw-away home for the key"
exit $status
