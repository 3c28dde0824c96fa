#!/usr/bin/env bash
# The demo behind `./run demo`: aligns the bundled UN Charter pair (corpora/, see
# corpora/SOURCE.md), shows the first beads, reports how three terms are rendered, and writes the
# side-by-side HTML report.
#
# Usage: tools/demo.sh PARALLAX_BINARY BUILD_DIR
#   PARALLAX_BINARY  the built CLI (build/release/cli/parallax)
#   BUILD_DIR        where to write BUILD_DIR/demo/un-charter.tsv and BUILD_DIR/demo/report.html
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: tools/demo.sh PARALLAX_BINARY BUILD_DIR" >&2
  exit 64
fi
PARALLAX=$(realpath "$1")
BUILD_DIR=$(realpath -m "$2")
if [ ! -x "$PARALLAX" ]; then
  echo "demo: $1 is not an executable (build it first: ./run demo does)" >&2
  exit 66
fi
cd "$(dirname "$0")/.."  # corpora/ paths are relative to the repository root

OUT="$BUILD_DIR/demo"
mkdir -p "$OUT"
SOURCE=corpora/un-charter.ru.txt
TARGET=corpora/un-charter.en.txt
written=()

section() { printf '\n== %s ==\n' "$*"; }

section "Aligning $SOURCE with $TARGET"
"$PARALLAX" align "$SOURCE" "$TARGET" --from ru --to en --format tsv -o "$OUT/un-charter.tsv"
written+=("$OUT/un-charter.tsv")
echo "$(wc -l <"$OUT/un-charter.tsv") beads"

section "First 15 beads (source ids <-> target ids, confidence)"
# TSV columns: source text, target text, confidence, source ids, target ids
# (align/formats/tsv_writer.cc).
head -n 15 "$OUT/un-charter.tsv" | python3 -c '
import sys

def cut(text, width=100):
    return text if len(text) <= width else text[: width - 1] + "…"

for number, line in enumerate(sys.stdin, 1):
    fields = line.rstrip("\n").split("\t")
    fields += [""] * (5 - len(fields))
    source, target, confidence, source_ids, target_ids = fields[:5]
    source_ids, target_ids = source_ids or "-", target_ids or "-"
    source, target = cut(source) or "(nothing)", cut(target) or "(nothing)"
    print(f"{number:2}. [{source_ids}] <-> [{target_ids}]  confidence {confidence}")
    print(f"    ru: {source}")
    print(f"    en: {target}")
'

section "How three terms are rendered"
"$PARALLAX" terms "$SOURCE" "$TARGET" --from ru --to en \
  --term "Совет Безопасности" --term "Генеральная Ассамблея" \
  --term "международного мира и безопасности" --format text

section "Side-by-side HTML report"
"$PARALLAX" report "$SOURCE" "$TARGET" --from ru --to en \
  --term "Совет Безопасности" --term "Генеральная Ассамблея" \
  --term "международного мира и безопасности" -o "$OUT/report.html"
written+=("$OUT/report.html")

section "Written"
printf '%s\n' "${written[@]}"
