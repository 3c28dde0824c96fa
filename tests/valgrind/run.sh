#!/usr/bin/env bash
# Runs the unit tests (ctest -L unit) under valgrind's memcheck, on a RelWithDebInfo build.
#
#   tests/valgrind/run.sh [BUILD_DIR]        default BUILD_DIR: build/valgrind
#
# Configures and builds BUILD_DIR first if it has no CMakeCache.txt (RelWithDebInfo: optimised
# code as shipped, with the line numbers valgrind's reports need). Every unit test runs in its
# own valgrind process through ctest's memcheck mode; a test fails on any memcheck error
# (invalid read or write, use of uninitialised memory, bad free, ...) and on any definitely
# lost block. "Possibly lost" and "still reachable" blocks are not errors: ICU keeps its
# caches (converters, break rules, normalizer data) until exit by design.
# No suppression file is needed (the run of docs/ROBUSTNESS.md was clean without one).
#
# Environment: JOBS (default 2) tests at once; TIMEOUT (default 900) seconds per test.
# Exit: 0 clean; 1 a test failed or memcheck found an error (logs are named at the end);
# 2 valgrind is missing.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${1:-$source_dir/build/valgrind}
jobs=${JOBS:-2}
timeout=${TIMEOUT:-900}

valgrind=$(command -v valgrind) || {
  echo "run.sh: valgrind is not installed (apt-get install valgrind)" >&2
  exit 2
}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
if [ "$build_type" != RelWithDebInfo ]; then
  echo "run.sh: note: $build_dir is a '$build_type' build, not RelWithDebInfo" >&2
fi
cmake --build "$build_dir" -j "$jobs"

options=(
  --error-exitcode=1           # a memcheck error fails the test even when the test passes
  --leak-check=full
  --errors-for-leak-kinds=definite
  --show-leak-kinds=definite   # keep the logs to what fails the run
  --track-origins=yes          # where uninitialised values come from
  --num-callers=30
)

start=$(date +%s)
status=0
# ctest warns that DartConfiguration.tcl is missing (the project does not include(CTest)); the
# two --overwrite settings are all that memcheck mode needs.
ctest --test-dir "$build_dir" -L unit -T memcheck -j "$jobs" --timeout "$timeout" \
  --output-on-failure \
  --overwrite "MemoryCheckCommand=$valgrind" \
  --overwrite "MemoryCheckCommandOptions=${options[*]}" || status=1
seconds=$(($(date +%s) - start))

logs=$build_dir/Testing/Temporary
# Logs of tests with memcheck errors; valgrind writes "ERROR SUMMARY: 0 errors" when clean.
dirty=$(grep -L "ERROR SUMMARY: 0 errors" "$logs"/MemoryChecker.*.log 2>/dev/null || true)
if [ -n "$dirty" ]; then
  status=1
  echo "memcheck errors in:"
  echo "$dirty"
fi
echo "valgrind run of ctest -L unit: $([ $status -eq 0 ] && echo clean || echo FAILED)" \
  "in ${seconds} s (-j $jobs, $build_dir)"
exit $status
