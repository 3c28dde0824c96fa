#!/usr/bin/env bash
# Alignment speed and memory against input length (docs/PERFORMANCE.md).
#   tests/bench/align_speed.sh PARALLAX [SIZES...]        (default: 1000 10000 100000 1000000)
# Builds Russian–English inputs of about SIZE sentences per side from the 21 documents of
# ../shared/eval/data/bible-ru-en: the documents are repeated, and 1% of the target sentences
# are dropped at random (fixed seed), so that the aligner meets omissions as in real text.
# Aligns them in --lines mode with the bundled lexicon on one thread and prints sentences,
# wall and CPU seconds, CPU microseconds per source sentence (constant if the cost is linear)
# and peak memory.
set -euo pipefail
parallax=$1
shift
sizes=("${@:-1000 10000 100000 1000000}")
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/eval/data/bible-ru-en"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-9s %-9s %-8s %-8s %-10s %-8s\n' source target wall_s cpu_s us/sent peak_MB
for size in ${sizes[*]}; do
  # Whole documents, cyclically, until the source side reaches size.
  : > "$work/src"
  : > "$work/full.tgt"
  lines=0
  while [ "$lines" -lt "$size" ]; do
    for doc in "$data"/src/*; do
      name=$(basename "$doc")
      cat "$doc" >> "$work/src"
      cat "$data/tgt/$name" >> "$work/full.tgt"
      lines=$((lines + $(wc -l < "$doc")))
      [ "$lines" -ge "$size" ] && break
    done
  done
  awk -v seed="$size" 'BEGIN { srand(seed) } rand() >= 0.01' "$work/full.tgt" > "$work/tgt"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$parallax" align --lines --quiet \
    --from ru --to en --format beads -o "$work/out" "$work/src" "$work/tgt"
  read -r wall user system kb < "$work/time"
  source_count=$(wc -l < "$work/src")
  awk -v s="$source_count" -v t="$(wc -l < "$work/tgt")" -v wall="$wall" -v user="$user" \
    -v sys="$system" -v kb="$kb" 'BEGIN {
      cpu = user + sys
      printf "%-9d %-9d %-8.2f %-8.2f %-10.1f %-8d\n", s, t, wall, cpu, cpu * 1e6 / s, kb / 1024 }'
done
