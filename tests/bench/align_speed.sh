#!/usr/bin/env bash
# Alignment speed and memory against input length (docs/PERFORMANCE.md).
#   tests/bench/align_speed.sh PARALLAX [SIZE[:OMIT]...]
#   (default: 1000 10000 20000 20000:0.02 100000 200000:0.02 1000000)
# Builds Russian–English inputs of about SIZE sentences per side from the 21 documents of
# ../shared/eval/data/bible-ru-en (make_input.py): the documents are repeated, and a share OMIT
# (default 0.01; 20000:0.02 drops 2%) of the target sentences are dropped at random (fixed
# seed), so that the aligner meets omissions as in real text; 20000:0.02 and 200000:0.02 are
# the inputs of issue #13 (hunalign's time on the 20k one, as the issue gives it: 12.4 s).
# Aligns them in --lines mode with the bundled lexicon on one thread and prints sentences,
# wall and CPU seconds, CPU microseconds per source sentence (constant if the cost is linear),
# peak memory, and the strict F1 against the gold carried along (score.py
# --merge-within-gold), so that speed is never bought with quality unnoticed.
set -euo pipefail
parallax=$1
shift
sizes=("${@:-1000 10000 20000 20000:0.02 100000 200000:0.02 1000000}")
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/eval/data/bible-ru-en"
score="$here/../../../shared/eval/score.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-9s %-9s %-6s %-8s %-8s %-10s %-8s %s\n' source target omit wall_s cpu_s us/sent peak_MB \
  strict_F1
for spec in ${sizes[*]}; do
  size=${spec%%:*}
  omit=0.01
  [[ $spec == *:* ]] && omit=${spec#*:}
  python3 "$here/make_input.py" "$data" "$size" "$work/input" --omit "$omit" --seed "$size"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$parallax" align --lines --quiet \
    --from ru --to en --format beads -o "$work/input.out" "$work/input.src" "$work/input.tgt"
  read -r wall user system kb < "$work/time"
  f1=$(python3 "$score" --merge-within-gold --json -t "$work/input.out" -g "$work/input.gold" |
    python3 -c 'import json, sys; print("%.3f" % json.load(sys.stdin)["f1_strict"])')
  awk -v s="$(wc -l < "$work/input.src")" -v t="$(wc -l < "$work/input.tgt")" -v wall="$wall" \
    -v user="$user" -v sys="$system" -v kb="$kb" -v f1="$f1" -v omit="$omit" 'BEGIN {
      cpu = user + sys
      printf "%-9d %-9d %-6s %-8.2f %-8.2f %-10.1f %-8d %s\n", s, t, omit, wall, cpu, cpu * 1e6 / s,
        kb / 1024, f1 }'
done
