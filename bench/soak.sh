#!/usr/bin/env bash
# The soak (issue 17): the sandbox fails 5 % of the requests at random (resets before and after the work is
# done, 500s before and after, 429s, slow answers) while the app's own services, driven in one process
# (bench/soak/), create datasets, upload files, train and follow models, and generate, all at once. At the
# end: no dataset or training created twice, every uploaded file accounted for, resident memory grown by less
# than 10 MB after the warm-up, and no crash of either process. Prints the figures.
# Not part of the test suite; a 60-second run of it is (ctest -L soak).
#
# usage: bench/soak.sh [--minutes N | --seconds N] [--warmup SECONDS] [--seed N] [--build-dir DIR]
#   default: 10 minutes, 60 s warm-up, a random seed; without --build-dir it builds in Release first.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
warmup=60
seed=$((RANDOM * 32768 + RANDOM))
build=
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) seconds=$(($2 * 60)); shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --build-dir) build=$2; shift 2 ;;
    *) echo "usage: bench/soak.sh [--minutes N | --seconds N] [--warmup SECONDS] [--seed N] [--build-dir DIR]" >&2; exit 2 ;;
  esac
done
if [ -z "$build" ]; then
  cmake --preset release -DIDS_BUILD_BENCH=ON >/dev/null
  cmake --build --preset release --target ids-soak-driver ids-sandbox-server >/dev/null
  build=build/release
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ids-soak.XXXXXX")
sandbox=""
cleanup() {
  if [ -n "$sandbox" ]; then
    kill "$sandbox" 2>/dev/null || true
    wait "$sandbox" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The sandbox in a process of its own: its memory is not the app's.
"$build/src/sandbox/ids-sandbox-server" --fault-rate 0.05 --fault-seed "$seed" >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox=$!
for _ in $(seq 100); do
  [ -s "$work/sandbox.out" ] && break
  sleep 0.1
done
read -r url key <"$work/sandbox.out" || { echo "soak: the sandbox did not start" >&2; cat "$work/sandbox.err" >&2; exit 1; }
echo "soak: sandbox at $url, 5 % random faults, seed $seed"

status=0
"$build/bench/ids-soak-driver" --url "$url" --key "$key" --work "$work/driver" --seconds "$seconds" --warmup "$warmup" \
  || status=$?
if [ $status -gt 128 ]; then
  echo "soak: FAIL the driver crashed (signal $((status - 128)))" >&2
fi
if ! kill -0 "$sandbox" 2>/dev/null; then
  echo "soak: FAIL the sandbox is gone" >&2
  status=1
fi
echo "soak: command: bench/soak.sh --seconds $seconds --warmup $warmup --seed $seed"
exit $status
