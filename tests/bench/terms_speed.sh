#!/usr/bin/env bash
# Speed of the rendering report (docs/PERFORMANCE.md): `parallax terms` with 100 proposed
# terms over a Russian–English pair of about SIZE sentences per side, on one core.
#   tests/bench/terms_speed.sh PARALLAX [SIZE]        (default: 100000)
# The input repeats the 21 documents of ../shared/eval/data/bible-ru-en (make_input.py, 1% of
# the target sentences dropped at random, fixed seed). The run aligns the pair (--lines), then
# proposes 100 terms and reports their renderings (word aligner trained on at most 20k beads).
# Prints sentences, wall and CPU seconds and peak memory of the whole command.
set -euo pipefail
parallax=$1
size=${2:-100000}
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/eval/data/bible-ru-en"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/make_input.py" "$data" "$size" "$work/input" --omit 0.01 --seed "$size"
/usr/bin/time -f '%e %U %S %M' -o "$work/time" taskset -c 0 "$parallax" terms --lines --quiet \
  --from ru --to en --max-proposed 100 --format tsv -o "$work/terms.tsv" \
  "$work/input.src" "$work/input.tgt"
read -r wall user system kb < "$work/time"
printf '%-9s %-9s %-8s %-8s %s\n' source target wall_s cpu_s peak_MB
awk -v s="$(wc -l < "$work/input.src")" -v t="$(wc -l < "$work/input.tgt")" -v wall="$wall" \
  -v user="$user" -v sys="$system" -v kb="$kb" 'BEGIN {
    printf "%-9d %-9d %-8.2f %-8.2f %d\n", s, t, wall, user + sys, kb / 1024 }'
echo "terms reported: $(($(wc -l < "$work/terms.tsv") - 1)) rows"
