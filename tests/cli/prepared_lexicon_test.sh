#!/usr/bin/env bash
# The prepared lexicons that the build writes beside the bundled TSV files (docs/FORMATS.md,
# "Prepared lexicon"), in a fresh scratch folder:
#
#   prepared_lexicon_test.sh CASE PARALLAX LEXICON_DIR CORPORA_DIR TEXTBERG_DIR
#
# Cases:
#   same_beads  for ru-en, en-ru, de-fr and fr-de: the beads with the build's prepared file equal
#               those with the TSV files alone, and nothing is printed on stderr
#   stale       a prepared file whose TSV was changed afterwards is not used: the beads equal
#               those of the changed TSV alone
#   damaged     a truncated prepared file gives a warning naming it, and the TSV files are used
#   changed_letter  the same for one letter changed in a key (seen by the payload checksum)
# LEXICON_DIR is the build's lexicon folder; CORPORA_DIR the repository's corpora/;
# TEXTBERG_DIR the textberg-de-fr-dev evaluation set (src/ and tgt/).
# Exit: 0 pass, 1 fail (with the reason), 77 skipped (no evaluation data).
set -uo pipefail

case_name=$1
parallax=$2
lexicons=$3
corpora=$4
textberg=$5

if [ "$case_name" = same_beads ] && [ ! -d "$textberg/src" ]; then
  echo "skipped: no evaluation data in $textberg"
  exit 77
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1

fail() {
  echo "FAIL ($case_name): $*"
  for f in *.err; do
    [ -f "$f" ] && { echo "--- $f:"; head -c 3000 "$f"; echo; }
  done
  exit 1
}

# Whether NAME.err holds a message other than progress lines (a slow build, e.g. under ASan,
# prints "parallax: progress: …" every 10 s) and the patterns given (grep -E).
has_messages() {
  local file=$1
  shift
  local filter=("-e" "^parallax: progress: ")
  for pattern in "$@"; do filter+=("-e" "$pattern"); done
  grep -Evq "${filter[@]}" "$file"
}

# align NAME DIR FROM TO SOURCE TARGET: beads in NAME.beads, stderr in NAME.err.
align() {
  PARALLAX_LEXICON_DIR=$2 "$parallax" align --from "$3" --to "$4" --format beads \
    -o "$1.beads" "$5" "$6" 2>"$1.err" || fail "$1: parallax align failed"
}

# A folder with the bundled TSV files only.
mkdir plain
ln -s "$lexicons/en-ru.tsv" "$lexicons/de-fr.tsv" plain/

ru=$corpora/un-charter.ru.txt
en=$corpora/un-charter.en.txt
case "$case_name" in
  same_beads)
    de=$textberg/src/001 fr=$textberg/tgt/001
    for run in "ru en $ru $en" "en ru $en $ru" "de fr $de $fr" "fr de $fr $de"; do
      read -r from to source target <<<"$run"
      [ -f "$lexicons/$from-$to.prepared" ] || fail "the build wrote no $from-$to.prepared"
      align "prepared-$from-$to" "$lexicons" "$from" "$to" "$source" "$target"
      align "plain-$from-$to" plain "$from" "$to" "$source" "$target"
      # The Text+Berg document has a 36-sentence stretch without counterpart: its coverage
      # warning (align_command.cc) is expected; anything else is not.
      ! has_messages "prepared-$from-$to.err" "partial coverage" || fail "$from-$to: stderr is not empty"
      cmp "prepared-$from-$to.beads" "plain-$from-$to.beads" ||
        fail "$from-$to: other beads with the prepared lexicon"
    done
    ;;
  stale)
    # Prepared from an empty lexicon, then the TSV gets its entries: the file must not be used
    # (it would align without a dictionary).
    mkdir stale
    printf '# parallax-lexicon source=en target=ru\n' >stale/en-ru.tsv
    "$parallax" prepare-lexicon --from ru --to en --lexicon-dir stale -o stale/ru-en.prepared ||
      fail "prepare-lexicon failed"
    align empty stale ru en "$ru" "$en"
    cp "$lexicons/en-ru.tsv" stale/en-ru.tsv
    align stale stale ru en "$ru" "$en"
    align plain plain ru en "$ru" "$en"
    ! has_messages stale.err || fail "stderr is not empty"
    cmp stale.beads plain.beads || fail "the stale prepared file was used"
    ! cmp -s empty.beads plain.beads || fail "the lexicon changes nothing: the case tests nothing"
    # The build's file, then a line appended to the TSV.
    mkdir appended
    cp "$lexicons/en-ru.tsv" "$lexicons/ru-en.prepared" appended/
    printf 'council\tсовет\n' >>appended/en-ru.tsv
    align appended appended ru en "$ru" "$en"
    rm appended/ru-en.prepared
    align appended-alone appended ru en "$ru" "$en"
    ! has_messages appended.err || fail "stderr is not empty"
    cmp appended.beads appended-alone.beads || fail "the stale prepared file was used"
    ;;
  damaged)
    mkdir damaged
    cp "$lexicons/en-ru.tsv" "$lexicons/ru-en.prepared" damaged/
    truncate -s -1 damaged/ru-en.prepared
    align damaged damaged ru en "$ru" "$en"
    align plain plain ru en "$ru" "$en"
    grep -Eq "^parallax: warning: damaged/ru-en\.prepared: damaged at byte [0-9]+: .*; the TSV files are read instead$" \
      damaged.err || fail "no warning naming the damaged file"
    cmp damaged.beads plain.beads || fail "other beads than with the TSV files"
    ;;
  changed_letter)
    # One letter of a target key changed: the file is still well-formed, and was used silently
    # (other beads, no warning); the payload checksum now names it.
    mkdir changed
    cp "$lexicons/en-ru.tsv" "$lexicons/ru-en.prepared" changed/
    offset=$(grep -abo 'council' changed/ru-en.prepared | head -1 | cut -d: -f1)
    [ -n "$offset" ] || fail "no key 'council' in the prepared file"
    printf 'k' | dd of=changed/ru-en.prepared bs=1 seek=$((offset + 5)) conv=notrunc 2>/dev/null
    align changed changed ru en "$ru" "$en"
    align plain plain ru en "$ru" "$en"
    grep -Eq "^parallax: warning: changed/ru-en\.prepared: damaged at byte [0-9]+: the checksum does not match the contents .*; the TSV files are read instead$" \
      changed.err || fail "no warning naming the changed file"
    cmp changed.beads plain.beads || fail "other beads than with the TSV files"
    ;;
  *)
    echo "prepared_lexicon_test.sh: unknown case $case_name" >&2
    exit 2
    ;;
esac
echo "PASS"
