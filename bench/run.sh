#!/usr/bin/env bash
# Builds in Release and prints every benchmark figure beside its baseline measured in the same run, one line
# per figure with its target (bench/run.py says which).
# usage: bench/run.sh [runs]     (default 9; medians, and medians of per-pair ratios)
#        bench/run.sh --quick    each figure once with small sizes (under a minute once built): it checks
#                                that every figure is produced, as CTest does (label bench)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=()
runs=9
if [ "${1:-}" = "--quick" ]; then
  quick=(--quick)
  runs=1
elif [ -n "${1:-}" ]; then
  runs="$1"
fi
cmake --preset release -DIDS_BUILD_BENCH=ON >/dev/null
cmake --build --preset release >/dev/null
exec xvfb-run -a -s "-screen 0 1280x800x24" python3 bench/run.py build/release "$runs" "${quick[@]}"
