#!/usr/bin/env bash
# Alignment speed and memory against input length (docs/PERFORMANCE.md).
#   tests/bench/align_speed.sh PARALLAX [SIZES...]
# Builds Russian–English inputs of about SIZE sentences per side by repeating the 21 documents
# of ../shared/eval/data/bible-ru-en, aligns them in --lines mode with the bundled lexicon and
# prints sentences, wall seconds, user seconds and peak memory. Cost should grow linearly.
set -euo pipefail
parallax=$1; shift
sizes=("${@:-5000 10000 20000 40000}")
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/eval/data/bible-ru-en"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %-10s %-8s %-8s %-8s\n' source target wall_s user_s peak_MB
for size in ${sizes[*]}; do
  : > "$work/src"; : > "$work/tgt"
  while [ "$(wc -l < "$work/src")" -lt "$size" ]; do
    cat "$data"/src/* >> "$work/src"; cat "$data"/tgt/* >> "$work/tgt"
  done
  /usr/bin/time -f '%e %U %M' -o "$work/time" "$parallax" align --lines --quiet --from ru --to en \
    --format beads -o "$work/out" "$work/src" "$work/tgt"
  read -r wall user kb < "$work/time"
  printf '%-10s %-10s %-8s %-8s %-8s\n' "$(wc -l < "$work/src")" "$(wc -l < "$work/tgt")" \
    "$wall" "$user" "$((kb / 1024))"
done
