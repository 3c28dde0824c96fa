#!/usr/bin/env bash
# `parallax terms` on the pair's alignment written out and read back as pre-aligned input gives
# the report of the text pair: a TMX written by `parallax align --format tmx`, and the first two
# columns of `parallax align --format tsv` as a pre-aligned TSV, without a header (languages
# from --from/--to) and with one (`ru<TAB>en`, no flags). Every bead of the pair is a unit or
# row, so the rendering report (text and TSV, the file names aside) is the same. Usage:
# PARALLAX SOURCE TARGET FROM TO TERM...
set -euo pipefail
parallax=$1 source=$2 target=$3 from=$4 to=$5
shift 5
terms=()
for term in "$@"; do terms+=(--term "$term"); done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$parallax" align -q --from "$from" --to "$to" --format tmx "$source" "$target" -o "$work/m.tmx"
"$parallax" align -q --from "$from" --to "$to" --format tsv "$source" "$target" -o "$work/a.tsv"
cut -f1,2 "$work/a.tsv" > "$work/m.tsv"
{ printf '%s\t%s\n' "$from" "$to"; cat "$work/m.tsv"; } > "$work/h.tsv"

# compare NAME ORIGINAL_NAME TRANSLATION_NAME -- TERMS ARGS...: the report on ARGS, its file
# names replaced, equals the pair's.
compare() {
  local name=$1 original=$2 translation=$3
  shift 4
  for format in text tsv; do
    "$parallax" terms -q --format $format "${terms[@]}" "$@" \
      | sed "s|$translation|TRANSLATION|g; s|$original|ORIGINAL|g" > "$work/$name.$format"
    if ! diff -u "$work/pair.$format" "$work/$name.$format"; then
      echo "terms on the $name differ from terms on the pair ($format)" >&2
      exit 1
    fi
  done
}

for format in text tsv; do
  "$parallax" terms -q --from "$from" --to "$to" --format $format "${terms[@]}" \
    "$source" "$target" | sed "s|$target|TRANSLATION|g; s|$source|ORIGINAL|g" > "$work/pair.$format"
  [ -s "$work/pair.$format" ] || { echo "empty report ($format)" >&2; exit 1; }
done
compare tmx "$work/m.tmx#$from" "$work/m.tmx#$to" -- --from "$from" --to "$to" "$work/m.tmx"
compare tsv "$work/m.tsv#1" "$work/m.tsv#2" -- --from "$from" --to "$to" "$work/m.tsv"
compare tsv-header "$work/h.tsv#$from" "$work/h.tsv#$to" -- "$work/h.tsv"
echo "same report: $(wc -l < "$work/pair.text") lines (TMX, TSV, TSV with a header)"
