#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metadata; any error or warning fails.
# usage: validate_desktop_files.sh <packaging dir>
set -u
dir=$1
id=io.github.ideogram_datasets.IdeogramDatasets
passed=0
failed=0

out=$(desktop-file-validate "$dir/$id.desktop" 2>&1)
if [ $? -eq 0 ] && ! grep -qE 'error|warning' <<<"$out"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
[ -n "$out" ] && echo "$out"

out=$(appstreamcli validate --no-net "$dir/$id.metainfo.xml" 2>&1)
status=$?
echo "$out"
if [ $status -eq 0 ] && ! grep -qE '^[EW]:' <<<"$out"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
