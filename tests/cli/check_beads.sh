#!/usr/bin/env bash
# Checks a `--format beads` file: every one of the M source and N target sentences is in exactly
# one bead, in order (the partition invariant of STYLE.md §7, on the CLI's output).
#
#   check_beads.sh FILE M N [--diagonal] [--min-confidence X]
#
#   --diagonal          every bead is 1-1 and bead k is [k]:[k] (identical texts)
#   --min-confidence X  every bead's confidence is at least X
# Exit: 0 when it holds, 1 with the first violation on stdout.
set -uo pipefail

file=$1 m=$2 n=$3
shift 3
diagonal=0 min_confidence=0
while [ $# -gt 0 ]; do
  case "$1" in
    --diagonal) diagonal=1; shift ;;
    --min-confidence) min_confidence=$2; shift 2 ;;
    *) echo "check_beads.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$file" ] || { echo "no file $file"; exit 1; }

# A side "[3, 4]" must hold the next ids in order; "[]" is an empty side.
awk -v m="$m" -v n="$n" -v diagonal="$diagonal" -v min_confidence="$min_confidence" '
  function fail(message) { printf "%s:%d: %s: %s\n", FILENAME, FNR, message, $0; failed = 1; exit 1 }
  # Consumes the ids of one side; returns how many, after checking they continue from *next.
  function side(text, which,    ids, count, k) {
    if (text !~ /^\[([0-9]+(, [0-9]+)*)?\]$/) fail("malformed " which " side")
    text = substr(text, 2, length(text) - 2)
    count = text == "" ? 0 : split(text, ids, ", ")
    for (k = 1; k <= count; ++k) {
      if (ids[k] + 0 != expected[which]) fail(which " id " ids[k] ", expected " expected[which])
      ++expected[which]
    }
    return count
  }
  BEGIN { expected["source"] = 0; expected["target"] = 0 }
  {
    if (split($0, parts, ":") != 3) fail("not SOURCE:TARGET:CONFIDENCE")
    if (parts[3] !~ /^[01]\.[0-9][0-9][0-9]$/) fail("malformed confidence")
    first_source = expected["source"]
    first_target = expected["target"]
    a = side(parts[1], "source")
    b = side(parts[2], "target")
    if (a + b == 0) fail("empty bead")
    if (diagonal && (a != 1 || b != 1 || first_source != first_target)) fail("not on the diagonal")
    if (parts[3] + 0 < min_confidence + 0) fail("confidence below " min_confidence)
    ++beads
  }
  END {
    if (failed) exit 1
    if (expected["source"] != m) { printf "%d source sentences in the beads, expected %d\n", expected["source"], m; exit 1 }
    if (expected["target"] != n) { printf "%d target sentences in the beads, expected %d\n", expected["target"], n; exit 1 }
    printf "%d beads cover %d source and %d target sentences\n", beads, m, n
  }' "$file"
