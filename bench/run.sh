#!/usr/bin/env bash
# Builds in Release and prints the benchmark figures beside their baselines measured in the same run.
# usage: bench/run.sh [runs]   (default 9 runs per figure; medians are reported)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release -DIDS_BUILD_BENCH=ON >/dev/null
cmake --build --preset release >/dev/null
exec xvfb-run -a -s "-screen 0 1280x800x24" python3 bench/run.py build/release "${1:-9}"
