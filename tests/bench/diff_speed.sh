#!/usr/bin/env bash
# Diff speed against length (docs/PERFORMANCE.md, "diff").
#   tests/bench/diff_speed.sh PARALLAX [SIZES...]        (default: 1000 10000 100000)
# Builds an English text of about SIZE sentences from the English side of
# ../shared/eval/data/bible-ru-en (make_input.py, no omissions), a second version of it with
# scripted edits (make_version.py: dropped articles, reversed words, swaps, quotes, capitals,
# dropped sentences), and diffs them in --lines mode (alignment included) on one thread,
# printing sentences, wall and CPU seconds, peak memory, the edits made and the edits reported.
set -euo pipefail
parallax=$1
shift
sizes=("${@:-1000 10000 100000}")
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/eval/data/bible-ru-en"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-9s %-9s %-8s %-8s %-8s %s\n' a b wall_s cpu_s peak_MB "made / reported"
for size in ${sizes[*]}; do
  python3 "$here/make_input.py" "$data" "$size" "$work/input" --omit 0 --seed "$size"
  made=$(python3 "$here/make_version.py" "$work/input.tgt" "$work/b.txt" --seed "$size")
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$parallax" diff --lines --quiet --lang en \
    --format json -o "$work/diff.json" "$work/input.tgt" "$work/b.txt"
  read -r wall user system kb < "$work/time"
  reported=$(python3 -c 'import json, sys
by_kind = json.load(open(sys.argv[1]))["summary"]["by_kind"]
print(" ".join(f"{k}={v}" for k, v in by_kind.items() if v))' "$work/diff.json")
  awk -v a="$(wc -l < "$work/input.tgt")" -v b="$(wc -l < "$work/b.txt")" -v wall="$wall" \
    -v user="$user" -v sys="$system" -v kb="$kb" 'BEGIN {
      printf "%-9d %-9d %-8.2f %-8.2f %-8d ", a, b, wall, user + sys, kb / 1024 }'
  printf '%s / %s\n' "$made" "$reported"
done
