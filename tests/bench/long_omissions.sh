#!/usr/bin/env bash
# Strict F1 and CPU time when a block of consecutive target sentences is missing (a chapter
# left out of a translation): the table "Long omissions" of docs/EVALUATION.md.
#   tests/bench/long_omissions.sh PARALLAX
# Inputs: make_input.py on ../shared/eval/data/bible-ru-en (seed = size, 1% dropped at random)
# with --cut START COUNT on top.
set -euo pipefail
parallax=$1
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/eval/data/bible-ru-en"
score="$here/../../../shared/eval/score.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %-8s %-7s %-9s %s\n' size start count strict_F1 cpu_s
for row in "1000 500 100" "10000 5000 300" "10000 5000 1000" "20000 10000 1000" \
  "100000 50000 500" "100000 50000 1000" "100000 20000 1000" "100000 50000 3000"; do
  read -r size start count <<<"$row"
  python3 "$here/make_input.py" "$data" "$size" "$work/input" --seed "$size" --cut "$start" "$count"
  /usr/bin/time -f '%U %S' -o "$work/time" "$parallax" align --lines --quiet --from ru --to en \
    --format beads -o "$work/input.out" "$work/input.src" "$work/input.tgt"
  f1=$(python3 "$score" --merge-within-gold --json -t "$work/input.out" -g "$work/input.gold" |
    python3 -c 'import json, sys; print("%.3f" % json.load(sys.stdin)["f1_strict"])')
  read -r user system <"$work/time"
  awk -v a="$size" -v b="$start" -v c="$count" -v f="$f1" -v u="$user" -v s="$system" \
    'BEGIN { printf "%-8s %-8s %-7s %-9s %.2f\n", a, b, c, f, u + s }'
done
