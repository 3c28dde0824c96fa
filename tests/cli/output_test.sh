#!/usr/bin/env bash
# Runs of parallax that write the same output file at the same time (issue #14), in a fresh
# scratch folder.
#
#   output_test.sh CASE PARALLAX CORPORA_DIR
#
# concurrent: a long `align -o mix.out` and, while it writes, a short `segment --format json
#   -o mix.out`. Each run writes a temporary file of its own, so both succeed and mix.out is
#   complete: the output of one of them, never a mix (with one fixed OUT.tmp the second run
#   truncated the first's file and the first failed with exit 73 after mixing both).
# Exit: 0 pass, 1 fail (with the reason).
set -uo pipefail

case_name=$1
parallax=$2
corpora=$3

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1

fail() {
  echo "FAIL ($case_name): $*"
  for f in stderr*.txt; do
    [ -f "$f" ] && { echo "--- $f:"; head -c 3000 "$f"; echo; }
  done
  exit 1
}

case "$case_name" in
  concurrent)
    # The Charter 80 times over (about 2 s to align): the first run must still be writing when
    # the loop below looks for its temporary file. With the Charter once (0.1 s), a machine
    # loaded by a parallel build scheduled the loop only after that run had renamed its file,
    # and the test failed (fresh-clone CI of session 9).
    ru=ru.txt en=en.txt
    for _ in $(seq 1 80); do
      cat "$corpora/un-charter.ru.txt" >>"$ru"
      cat "$corpora/un-charter.en.txt" >>"$en"
    done
    "$parallax" align -q --no-default-lexicon "$ru" "$en" -o align.ref || fail "reference align"
    "$parallax" segment -q --format json "$en" -o segment.ref || fail "reference segment"
    "$parallax" align -q --no-default-lexicon "$ru" "$en" -o mix.out 2>stderr-align.txt &
    pid=$!
    for _ in $(seq 1 500); do
      compgen -G 'mix.out.tmp*' >/dev/null && break
      sleep 0.01
    done
    compgen -G 'mix.out.tmp*' >/dev/null || fail "the first run's temporary file never appeared"
    "$parallax" segment -q --format json "$en" -o mix.out 2>stderr-segment.txt ||
      fail "the second run failed: exit $?"
    wait "$pid" || fail "the first run failed: exit $?"
    cmp -s mix.out align.ref || cmp -s mix.out segment.ref ||
      fail "mix.out is neither run's output: $(head -c 200 mix.out)"
    ! compgen -G 'mix.out.tmp*' >/dev/null || fail "a temporary file was left: $(ls)"
    ;;

  *)
    echo "output_test.sh: unknown case $case_name" >&2
    exit 2
    ;;
esac
echo "PASS"
