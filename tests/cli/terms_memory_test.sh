#!/usr/bin/env bash
# `parallax terms` on a TMX written by `parallax align --format tmx` gives the report of the
# text pair: every bead of the pair is a unit of the TMX, so the rendering report (text, TSV,
# JSON beads and locations aside from the file names) is the same. Usage: PARALLAX SOURCE TARGET
# FROM TO TERM...
set -euo pipefail
parallax=$1 source=$2 target=$3 from=$4 to=$5
shift 5
terms=()
for term in "$@"; do terms+=(--term "$term"); done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$parallax" align -q --from "$from" --to "$to" --format tmx "$source" "$target" -o "$work/m.tmx"
for format in text tsv; do
  "$parallax" terms -q --from "$from" --to "$to" --format $format "${terms[@]}" \
    "$source" "$target" | sed "s|$target|TRANSLATION|g; s|$source|ORIGINAL|g" > "$work/pair.$format"
  "$parallax" terms -q --from "$from" --to "$to" --format $format "${terms[@]}" \
    "$work/m.tmx" | sed "s|$work/m.tmx#$to|TRANSLATION|g; s|$work/m.tmx#$from|ORIGINAL|g" \
    > "$work/memory.$format"
  if ! diff -u "$work/pair.$format" "$work/memory.$format"; then
    echo "terms on the TMX differ from terms on the pair ($format)" >&2
    exit 1
  fi
  [ -s "$work/pair.$format" ] || { echo "empty report ($format)" >&2; exit 1; }
done
echo "same report: $(wc -l < "$work/pair.text") lines"
