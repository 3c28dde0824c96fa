#!/usr/bin/env bash
# Runs of `parallax batch` compared with each other, in a fresh scratch folder.
#
#   batch_test.sh CASE PARALLAX BIBLE_DIR
#
# BIBLE_DIR is the bible-ru-en evaluation set (src/ and tgt/, one sentence per line). The
# manifest holds four of its documents and, for the cases that say so, a pair whose source
# file is missing. The "seconds" field of the summary lines is the only one that may differ
# between runs; it is removed before comparing.
# Exit: 0 pass, 1 fail (with the reason), 77 skipped (no evaluation data).
set -uo pipefail

case_name=$1
parallax=$2
bible=$3

if [ ! -d "$bible/src" ]; then
  echo "skipped: no evaluation data in $bible"
  exit 77
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1

fail() {
  echo "FAIL ($case_name): $*"
  for f in stdout*.txt stderr*.txt; do
    [ -f "$f" ] && { echo "--- $f:"; head -c 3000 "$f"; echo; }
  done
  exit 1
}

docs=(01-gen-37-40 04-ruth-1-4 10-dan-1-2 21-rev-21-22)

# manifest FILE [missing]: the four documents with ids and languages; "missing" adds a fifth
# pair whose source does not exist.
manifest() {
  : >"$1"
  printf '# four bible chapters, lines mode\n' >>"$1"
  for d in "${docs[@]}"; do
    printf '%s\t%s\t%s\tru\ten\n' "$bible/src/$d" "$bible/tgt/$d" "$d" >>"$1"
  done
  if [ "${2:-}" = missing ]; then
    printf '%s\t%s\tmissing\tru\ten\n' "$scratch/nope.txt" "$bible/tgt/${docs[0]}" >>"$1"
  fi
}

# The summary lines without their timing.
untimed() { sed -E 's/,"seconds":[0-9.e+-]+//' "$1"; }

run() {  # run NAME EXPECTED_EXIT ARGS... : stdout-NAME.txt, stderr-NAME.txt
  local name=$1 expected=$2
  shift 2
  "$parallax" batch "$@" >"stdout-$name.txt" 2>"stderr-$name.txt" </dev/null
  local status=$?
  [ "$status" -eq "$expected" ] || fail "run $name: exit $status, expected $expected"
}

case "$case_name" in
  summary)
    manifest m.tsv missing
    run all 65 --lines --jobs 2 m.tsv
    [ "$(wc -l <stdout-all.txt)" -eq 5 ] || fail "expected 5 summary lines"
    # In manifest order, whatever finished first.
    ids=$(sed -E 's/^\{"id":"([^"]*)".*/\1/' stdout-all.txt | tr '\n' ' ')
    [ "$ids" = "${docs[*]} missing " ] || fail "ids in the wrong order: $ids"
    for d in "${docs[@]}"; do
      grep -Eq "^\{\"id\":\"$d\",\"source\":\"[^\"]*/src/$d\",\"target\":\"[^\"]*/tgt/$d\",\"source_language\":\"ru\",\"target_language\":\"en\",\"source_sentences\":[1-9][0-9]*,\"target_sentences\":[1-9][0-9]*,\"beads\":[1-9][0-9]*,\"shapes\":\{\"[0-9]-[0-9]\":[0-9]+.*\},\"mean_confidence\":0\.[0-9]{1,3},\"seconds\":[0-9.]+\}$" \
        stdout-all.txt || fail "no complete summary line for $d"
    done
    # Line counts of the eval files are the sentence counts in lines mode.
    n=$(wc -l <"$bible/src/${docs[0]}")
    grep -q "\"id\":\"${docs[0]}\".*\"source_sentences\":$n," stdout-all.txt ||
      fail "source_sentences of ${docs[0]} is not its line count $n"
    grep -Eq '^\{"id":"missing","source":"[^"]*/nope\.txt","target":"[^"]*","error":"[^"]*/nope\.txt: no such file \(check the path\)","seconds":[0-9.]+\}$' \
      stdout-all.txt || fail "no error line for the missing pair"
    grep -Eq "^parallax: error: pair 'missing' \(m\.tsv:6\) failed: .*nope\.txt: no such file" \
      stderr-all.txt || fail "stderr does not name the failed pair and its manifest line"
    grep -Eq '^parallax: error: m\.tsv: 1 of 5 pairs failed' stderr-all.txt ||
      fail "stderr does not sum up the failures"
    # Without the failing pair: exit 0.
    manifest ok.tsv
    run ok 0 --lines --quiet ok.tsv
    [ ! -s stderr-ok.txt ] || fail "--quiet printed on stderr"
    diff <(untimed stdout-ok.txt) <(untimed stdout-all.txt | head -4) >/dev/null ||
      fail "the pairs' lines depend on the failing pair"
    ;;

  relative_paths)
    # Paths relative to the manifest's folder, not to the working directory.
    mkdir -p corpus/src corpus/tgt elsewhere
    cp "$bible/src/${docs[1]}" corpus/src/ && cp "$bible/tgt/${docs[1]}" corpus/tgt/
    printf 'src/%s\ttgt/%s\n' "${docs[1]}" "${docs[1]}" >corpus/m.tsv
    (cd elsewhere && "$parallax" batch --lines --from ru --to en --format tsv --output-dir out \
      ../corpus/m.tsv >../stdout.txt 2>../stderr.txt) || fail "exit $?"
    # The default id is the source file's name.
    [ -s "elsewhere/out/${docs[1]}.tsv" ] || fail "no elsewhere/out/${docs[1]}.tsv"
    grep -q "\"source\":\"../corpus/src/${docs[1]}\"" stdout.txt || fail "source path not resolved"
    ;;

  jobs)
    # --jobs 1 and --jobs 2 give the same lines and the same files, byte for byte.
    manifest m.tsv missing
    for format in jsonl tsv; do
      run "j1-$format" 65 --lines --quiet --jobs 1 --format "$format" --output-dir "j1-$format" m.tsv
      run "j2-$format" 65 --lines --quiet --jobs 2 --format "$format" --output-dir "j2-$format" m.tsv
      diff <(untimed "stdout-j1-$format.txt" | sed "s/j1-$format/DIR/") \
        <(untimed "stdout-j2-$format.txt" | sed "s/j2-$format/DIR/") ||
        fail "summary lines differ between --jobs 1 and 2 ($format)"
      diff -r "j1-$format" "j2-$format" || fail "files differ between --jobs 1 and 2 ($format)"
      [ "$(ls "j1-$format" | wc -l)" -eq 4 ] || fail "expected 4 files in j1-$format"
    done
    ;;

  shards)
    # Shards 1/2 and 2/2 together are the whole run: same files, same lines (sorted by id).
    manifest m.tsv missing
    run whole 65 --lines --quiet --jobs 2 --format beads --output-dir whole m.tsv
    run s1 65 --lines --quiet --shard 1/2 --format beads --output-dir parts m.tsv
    run s2 0 --lines --quiet --shard 2/2 --format beads --output-dir parts m.tsv
    diff -r whole parts || fail "the shards' files differ from the whole run's"
    # Each pair runs in one shard, and the shards get about the same bytes: they differ by at
    # most the largest pair (largest first, each to the lighter shard).
    ids() { sed -E 's/^\{"id":"([^"]*)".*/\1/' "$1"; }
    [ "$(cat <(ids stdout-s1.txt) <(ids stdout-s2.txt) | sort | tr '\n' ' ')" = \
      "$(printf '%s\n' "${docs[@]}" missing | sort | tr '\n' ' ')" ] ||
      fail "the shards ran $(ids stdout-s1.txt | tr '\n' ' ') and $(ids stdout-s2.txt | tr '\n' ' ')"
    bytes() {  # bytes IDS_FILE: the source and target bytes of those pairs (missing: target only)
      local total=0 id
      for id in $(ids "$1"); do
        [ "$id" = missing ] && id=${docs[0]} && total=$((total - $(stat -c %s "$bible/src/$id")))
        total=$((total + $(stat -c %s "$bible/src/$id") + $(stat -c %s "$bible/tgt/$id")))
      done
      echo "$total"
    }
    largest=0
    for d in "${docs[@]}"; do
      size=$(($(stat -c %s "$bible/src/$d") + $(stat -c %s "$bible/tgt/$d")))
      [ "$size" -gt "$largest" ] && largest=$size
    done
    difference=$(($(bytes stdout-s1.txt) - $(bytes stdout-s2.txt)))
    [ "${difference#-}" -le "$largest" ] ||
      fail "unbalanced shards: $(bytes stdout-s1.txt) and $(bytes stdout-s2.txt) bytes"
    diff <(untimed stdout-whole.txt | sed 's/"whole\//"DIR\//' | sort) \
      <(cat stdout-s1.txt stdout-s2.txt | untimed /dev/stdin | sed 's/"parts\//"DIR\//' | sort) ||
      fail "the shards' lines differ from the whole run's"
    ;;

  resume)
    manifest m.tsv
    run first 0 --lines --quiet --format tsv --output-dir out m.tsv
    cp -r out reference
    rm "out/${docs[2]}.tsv"
    touch -d '2000-01-01' out/*.tsv
    run second 0 --lines --format tsv --output-dir out --resume m.tsv
    diff -r reference out || fail "the resumed run's files differ from the first run's"
    [ "$(grep -c '"skipped":"output exists"' stdout-second.txt)" -eq 3 ] ||
      fail "expected 3 skipped pairs"
    grep -q "^{\"id\":\"${docs[2]}\",\"source\"" stdout-second.txt || fail "the removed pair was not run"
    grep -q "skipping 3 of 4 pairs" stderr-second.txt || fail "no note about the skipped pairs"
    # The skipped files were not rewritten.
    [ -z "$(find out -name '*.tsv' -newer reference -not -name "${docs[2]}.tsv")" ] ||
      fail "--resume rewrote a file it should have skipped"
    # A stale temporary file from a killed run does not count as output.
    rm "out/${docs[3]}.tsv" && echo partial >"out/${docs[3]}.tsv.tmp.0badc0de"
    run third 0 --lines --quiet --format tsv --output-dir out --resume m.tsv
    [ -e "out/${docs[3]}.tsv.tmp.0badc0de" ] || fail "another run's temporary file was removed"
    rm "out/${docs[3]}.tsv.tmp.0badc0de"
    diff -r reference out || fail "a stale .tmp file was taken for a complete output"
    ;;

  stdin_manifest)
    manifest m.tsv
    "$parallax" batch --lines --quiet - <m.tsv >stdout.txt 2>stderr.txt || fail "exit $?"
    [ "$(wc -l <stdout.txt)" -eq 4 ] || fail "expected 4 lines"
    ;;

  sigint | sigint_twice | sigterm)
    # sigint: no more pairs are started, the running ones are finished, exit 130.
    # sigint_twice (Ctrl-C pressed again) and sigterm: the running pairs are dropped, exit 130 or
    # 143. In every case no temporary file is left and every file written is complete.
    # Pairs long enough (all 21 chapters, three times: about a second each) that the running
    # ones are still running when the signals come; single chapters take a few milliseconds.
    for side in src tgt; do
      for _ in 1 2 3; do cat "$bible/$side"/*; done >"long.$side"
    done
    printf '%s\t%s\tlong\tru\ten\n' "$scratch/long.src" "$scratch/long.tgt" >m.tsv
    : >big.tsv
    for i in $(seq 1 20); do
      printf '%s\t%s\tlong-%s\tru\ten\n' "$scratch/long.src" "$scratch/long.tgt" "$i" >>big.tsv
    done
    run reference 0 --lines --quiet --format tsv --output-dir reference m.tsv
    # A background job of a script starts with SIGINT ignored, and batch keeps an inherited
    # ignored SIGINT ignored (sigint_ignored): reset it, as for a job in a terminal.
    (trap - INT && exec "$parallax" batch --lines --jobs 2 --format tsv --output-dir out big.tsv) \
      >stdout.txt 2>stderr.txt </dev/null &
    pid=$!
    for _ in $(seq 1 300); do
      [ "$(ls out 2>/dev/null | grep -c '\.tsv$')" -ge 3 ] && break
      sleep 0.1
    done
    # Usually 3; fewer when a slow build (ASan) has not finished 3 pairs in the 30 s waited.
    before=$(ls out 2>/dev/null | grep -c '\.tsv$')
    case "$case_name" in
      sigint) kill -INT "$pid" ;;
      # The second signal comes while the first pairs are still being finished.
      sigint_twice) kill -INT "$pid" && sleep 0.05 && kill -INT "$pid" ;;
      sigterm) kill -TERM "$pid" ;;
    esac
    wait "$pid"
    status=$?
    if [ "$case_name" != sigint ]; then
      expected=$([ "$case_name" = sigterm ] && echo 143 || echo 130)
      [ "$status" -eq "$expected" ] || fail "exit $status after $case_name, expected $expected"
      ! compgen -G 'out/*.tmp.*' >/dev/null || fail "a temporary file was left: $(ls out)"
      # No file at all (a slow build, e.g. under ASan, is signalled before any pair ends):
      # nothing to compare, rather than the pattern itself taken for a file.
      shopt -s nullglob
      files=(out/*.tsv)
      shopt -u nullglob
      for f in "${files[@]+"${files[@]}"}"; do
        id=$(basename "$f" .tsv)
        cmp -s "$f" "reference/${id%-*}.tsv" || fail "$f is not complete"
      done
      # Dropped: every line printed names a file written; files may outnumber lines, since
      # the lines come in manifest order.
      [ "$(wc -l <stdout.txt)" -le "${#files[@]}" ] || fail "more summary lines than files"
      grep -q "interrupted: dropping the running pairs" stderr.txt || fail "no message about dropping"
      echo "PASS"
      exit 0
    fi
    [ "$status" -eq 130 ] || fail "exit $status after SIGINT, expected 130"
    written=$(ls out | grep -c '\.tsv$')
    # The files written before the signal, and the two pairs running then (--jobs 2), finished;
    # none started after it.
    [ "$written" -ge "$before" ] && [ "$written" -ge 2 ] && [ "$written" -lt 20 ] ||
      fail "$written files written ($before before the signal)"
    [ -z "$(ls out | grep '\.tmp\.')" ] || fail "a temporary file was left: $(ls out)"
    for f in out/*.tsv; do
      id=$(basename "$f" .tsv)
      cmp -s "$f" "reference/${id%-*}.tsv" || fail "$f is not complete"
    done
    [ "$(wc -l <stdout.txt)" -eq "$written" ] || fail "not one summary line per written file"
    grep -q "interrupted" stderr.txt || fail "no message about the interruption"
    ;;

  sigint_ignored)
    # Started with SIGINT ignored (`trap '' INT; exec parallax batch`, nohup-like): a SIGINT
    # changes nothing, every pair is aligned, exit 0, as for align.
    manifest m.tsv
    run reference 0 --lines --quiet --format tsv --output-dir reference m.tsv
    (trap '' INT && exec "$parallax" batch --lines --jobs 1 --format tsv --output-dir out m.tsv) \
      >stdout.txt 2>stderr.txt </dev/null &
    pid=$!
    for _ in $(seq 1 300); do
      [ "$(ls out 2>/dev/null | grep -c '\.tsv$')" -ge 1 ] && break
      sleep 0.02
    done
    kill -INT "$pid"
    wait "$pid"
    status=$?
    [ "$status" -eq 0 ] || fail "exit $status after an ignored SIGINT, expected 0"
    diff -r reference out || fail "the outputs differ from an uninterrupted run's"
    ! grep -q "interrupted" stderr.txt || fail "an ignored SIGINT was taken"
    ;;

  *)
    echo "batch_test.sh: unknown case $case_name" >&2
    exit 2
    ;;
esac
echo "PASS"
