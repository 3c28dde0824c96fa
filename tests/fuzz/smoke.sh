#!/usr/bin/env bash
# A bounded fuzzing pass for CI: builds the libFuzzer targets (tests/fuzz/build.sh) and runs
# each for SECONDS (default 20) from its seed corpus, copied so that new inputs stay out of
# the repository. A crash fails the run and leaves its input under build/fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
tests/fuzz/build.sh
mkdir -p build/fuzz/crashes
for corpus in tests/fuzz/corpus/*_fuzz; do
  target=$(basename "$corpus")
  work=$(mktemp -d)
  cp -r "$corpus"/. "$work"/
  echo "[fuzz] $target for ${seconds}s" >&2
  "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=0 \
    -artifact_prefix=build/fuzz/crashes/"$target"- "$work" 2>&1 | tail -n 2
  rm -rf "$work"
done
