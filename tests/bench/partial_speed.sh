#!/usr/bin/env bash
# Alignment speed and memory on the unequal inputs of the evaluation (docs/PERFORMANCE.md,
# "Unequal en–zh inputs"): issue #13 asks for ≥ 10× hunalign on every input, not only on the
# 20k ru–en one of align_speed.sh.
#   [RUNS=N] tests/bench/partial_speed.sh PARALLAX [SET...]   (default: gap-en-zh partial-en-zh)
# Builds the cases of each set with tests/quality/partial/make_partial.py (an excerpt or a text
# with a stretch left out, against a whole document; no en–zh dictionary, so the covered
# region comes from sentence lengths), aligns each RUNS times (default 1) as evaluate.py does,
# keeps the least CPU time (the load of a shared machine only adds to it) and prints sentences,
# CPU seconds, peak memory and x_hunalign: hunalign's published 12.4 s for 20k + 20k sentences
# scaled linearly to the case's sentences (both sides), over the CPU seconds; ≥ 10 is the aim.
set -euo pipefail
parallax=$1
shift
if (($#)); then sets=("$@"); else sets=(gap-en-zh partial-en-zh); fi
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-1}
python3 "$here/../quality/partial/make_partial.py" --shared "$here/../../../shared" \
  --out "$work/data" --sets "$(IFS=,; echo "${sets[*]}")" > /dev/null 2> "$work/make.log" ||
  { cat "$work/make.log" >&2; exit 1; }
printf '%-15s %-28s %-7s %-7s %-7s %-8s %s\n' set case source target cpu_s peak_MB x_hunalign
for set in "${sets[@]}"; do
  while IFS=$'\t' read -r name from to; do
    src="$work/data/$set/src/$name" tgt="$work/data/$set/tgt/$name"
    best="" peak_kb=0
    for _ in $(seq "$runs"); do
      /usr/bin/time -f '%U %S %M' -o "$work/time" "$parallax" align --lines --quiet --from "$from" \
        --to "$to" --format beads -o "$work/out" "$src" "$tgt"
      read -r user system kb < "$work/time"
      cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
      if [[ -z $best ]] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then
        best=$cpu
      fi
      peak_kb=$((peak_kb > kb ? peak_kb : kb))
    done
    awk -v set="$set" -v name="$name" -v s="$(wc -l < "$src")" -v t="$(wc -l < "$tgt")" \
      -v cpu="$best" -v kb="$peak_kb" 'BEGIN {
        printf "%-15s %-28s %-7d %-7d %-7.2f %-8d %.1f\n", set, name, s, t, cpu, kb / 1024,
          12.4 * (s + t) / 40000 / (cpu > 0 ? cpu : 0.01) }'
  done < "$work/data/$set/languages.tsv"
done
