#!/usr/bin/env bash
# Runs a test so that file permissions bite: as root, without the capabilities that let root write, read or
# change any file regardless of its mode (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER); the files the
# test makes are its own, so it can still change their modes. As any other user, as is.
set -euo pipefail
if [ "$(id -u)" = 0 ]; then
  exec setpriv --bounding-set=-dac_override,-dac_read_search,-fowner "$@"
fi
exec "$@"
