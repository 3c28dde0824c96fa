#!/usr/bin/env bash
# Builds every libFuzzer target (preset "fuzz", clang) and checks that each has a seed corpus.
# .ci/run calls it first: clang rejects some code GCC accepts, and this fails in minutes, not
# after the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset fuzz >/dev/null
# Every target has a seed corpus named after it, and every corpus a target: the list of
# targets is the list of corpora, so a new target is built and smoked as soon as its seeds are
# added.
targets=()
for corpus in tests/fuzz/corpus/*_fuzz; do targets+=("$(basename "$corpus")"); done
for target in $(cmake --build --preset fuzz --target help | grep -o '[a-z_]*_fuzz$'); do
  [ -d "tests/fuzz/corpus/$target" ] || { echo "[fuzz] $target has no seed corpus" >&2; exit 1; }
done
cmake --build --preset fuzz --target "${targets[@]}"
