#!/usr/bin/env bash
# `parallax diff` on pre-aligned input gives the table of changes of the texts it was written
# from: the first two columns of `parallax align --format tsv` on two versions (A alone, no B),
# and the first three of `parallax report --format tsv` on an original and two translations,
# which equal `diff --original` but for white space (the report's cells fold runs of spaces).
# The report's TMX is read too (--original-lang); it has no one-sided units either, so only its
# word edits are checked. A plain text without B is refused (64).
# Usage: PARALLAX A B ORIGINAL ORIGINAL_LANG TRANSLATION_1 TRANSLATION_2
set -euo pipefail
parallax=$1 a=$2 b=$3 original=$4 original_lang=$5 first=$6 second=$7
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# changes ARGS...: the document-wide table of distinct changes of `parallax diff ARGS`.
changes() { "$parallax" diff -q "$@" | sed -n '/^Changes/,$p'; }

# without KINDS: the table without the rows whose kind matches the pattern KINDS, nor the count.
without() { grep -v "^ *[0-9]*  $1" | sed 's/([0-9]* distinct/(N distinct/'; }

expect_same() {
  local what=$1 expected=$2 got=$3
  if [ ! -s "$expected" ] || ! diff -u "$expected" "$got"; then
    echo "diff on $what differs from diff on the texts (or is empty)" >&2
    exit 1
  fi
}

"$parallax" align -q --format tsv "$a" "$b" -o "$work/pair.tsv"
cut -f1,2 "$work/pair.tsv" > "$work/versions.tsv"
changes "$a" "$b" > "$work/texts.txt"
changes "$work/versions.tsv" > "$work/tsv.txt"
expect_same "a two-column TSV" "$work/texts.txt" "$work/tsv.txt"

"$parallax" report -q --format tsv "$original" "$first" "$second" -o "$work/three.tsv"
tail -n +2 "$work/three.tsv" | cut -f1-3 > "$work/columns.tsv"  # without the header of names
changes --original "$original" "$first" "$second" > "$work/through.txt"
without "typography  *‹" < "$work/through.txt" > "$work/through_words.txt"
changes "$work/columns.tsv" | without "typography  *‹" > "$work/columns.txt"
expect_same "a three-column TSV" "$work/through_words.txt" "$work/columns.txt"

"$parallax" report -q --format tmx "$original" "$first" "$second" -o "$work/three.tmx"
changes --original-lang "$original_lang" "$work/three.tmx" > "$work/tmx.txt"
without "typography  *‹\|sentence_" < "$work/through.txt" > "$work/words.txt"
without "typography  *‹\|sentence_" < "$work/tmx.txt" > "$work/tmx_words.txt"
expect_same "a three-way TMX (word edits)" "$work/words.txt" "$work/tmx_words.txt"

status=0
"$parallax" diff -q "$a" > /dev/null 2> "$work/err.txt" || status=$?
if [ "$status" != 64 ] || ! grep -q "B is required, unless A is a pre-aligned TSV or a TMX" "$work/err.txt"; then
  echo "diff on one plain text: expected exit 64 and 'B is required', got $status:" >&2
  cat "$work/err.txt" >&2
  exit 1
fi
echo "diff on pre-aligned input: same changes as on the texts"
