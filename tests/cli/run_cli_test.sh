#!/usr/bin/env bash
# Runs the parallax CLI once in a fresh scratch folder and checks what it did.
#
#   run_cli_test.sh PARALLAX EXPECTED_EXIT [CHECK...] -- ARG...
#
# Checks and set-up (in this order: setup, env, stdin, run, then the checks):
#   --setup CMD          bash command run first in the scratch folder (creates inputs)
#   --env NAME=VALUE     environment variable for the run
#   --stdin FILE         feed FILE (relative to the scratch folder) on stdin; default /dev/null
#   --stdout-to FILE     send stdout to FILE (e.g. /dev/full) instead of capturing it
#   --ulimit-f BLOCKS    run under `ulimit -f BLOCKS` (1 KiB blocks): writes past it fail, as on
#                        a full disk (SIGXFSZ keeps its default action: parallax must handle it)
#   --timeout SECONDS    fail if the run takes longer (a guard against blow-ups, not a benchmark)
#   --signal-when-exists SIGNAL GLOB
#                        send SIGNAL (INT, TERM, ...) to parallax as soon as a file matches GLOB
#   --skip-if-root       exit 77 (ctest SKIP_RETURN_CODE) when run as root (permission tests)
#   --stdout REGEX       stdout matches the extended regex (grep -E, per line)
#   --stderr REGEX       stderr matches
#   --no-stderr          stderr is empty
#   --exists PATH        the file exists after the run
#   --absent PATH        the file does not exist after the run, nor a temporary file of it
#   --no-temporary PATH  no temporary file of PATH (PATH.tmp.*) is left after the run
#   --file-has PATH REGEX  the file exists and matches REGEX
#   --check CMD          bash command run last in the scratch folder must succeed (stdout.txt,
#                        stderr.txt and the outputs are there; $CLI_TEST_DIR is this script's
#                        folder, $PARALLAX the binary)
# Exit: 0 pass, 1 fail (with the reason and the captured output), 77 skipped.
set -uo pipefail

parallax=$1
expected_exit=$2
shift 2
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

setup=() envs=() stdin=/dev/null stdout_to=stdout.txt checks=() file_blocks="" timeout=""
signal="" signal_path=""
while [ $# -gt 0 ]; do
  case "$1" in
    --setup) setup+=("$2"); shift 2 ;;
    --env) envs+=("$2"); shift 2 ;;
    --stdin) stdin=$2; shift 2 ;;
    --stdout-to) stdout_to=$2; shift 2 ;;
    --ulimit-f) file_blocks=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --signal-when-exists) signal=$2 signal_path=$3; shift 3 ;;
    --skip-if-root) if [ "$(id -u)" -eq 0 ]; then echo "skipped: running as root"; exit 77; fi; shift ;;
    --stdout | --stderr | --exists | --absent | --no-temporary | --check) checks+=("$1" "$2"); shift 2 ;;
    --no-stderr) checks+=("$1" ""); shift ;;
    --file-has) checks+=("$1" "$2:$3"); shift 3 ;;
    --) shift; break ;;
    *) echo "run_cli_test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

args=("$@")
scratch=$(mktemp -d)
trap 'chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
: >stdout.txt
for cmd in "${setup[@]+"${setup[@]}"}"; do
  bash -c "$cmd" || { echo "FAIL: setup failed: $cmd"; exit 1; }
done

runner=(env "${envs[@]+"${envs[@]}"}")
if [ -n "$timeout" ]; then
  runner=(timeout --kill-after=5 "$timeout" "${runner[@]}")
fi
if [ -n "$file_blocks" ]; then
  # The limit applies to the subshell and parallax only, not to this script's own files.
  (ulimit -f "$file_blocks" && exec "${runner[@]}" "$parallax" "$@") <"$stdin" >"$stdout_to" \
    2>stderr.txt
elif [ -n "$signal" ]; then
  # A simple background command of a non-interactive shell ignores SIGINT, and parallax keeps
  # an ignored signal ignored; exec'ed from a subshell with the trap reset, it gets SIGINT as
  # from a terminal's Ctrl-C.
  (trap - INT && exec "${runner[@]}" "$parallax" "$@") <"$stdin" >"$stdout_to" 2>stderr.txt &
  pid=$!
  for _ in $(seq 1 300); do
    compgen -G "$signal_path" >/dev/null && break
    sleep 0.1
  done
  kill -"$signal" "$pid"
  wait "$pid"
else
  "${runner[@]}" "$parallax" "$@" <"$stdin" >"$stdout_to" 2>stderr.txt
fi
status=$?

fail() {
  echo "FAIL: $*"
  echo "command: parallax ${args[*]}"
  echo "--- exit code: $status (expected $expected_exit)"
  echo "--- stdout:"; head -c 4000 stdout.txt
  echo "--- stderr:"; head -c 4000 stderr.txt
  exit 1
}

if [ -n "$timeout" ] && [ "$status" -eq 124 ] && [ "$expected_exit" -ne 124 ]; then
  fail "took more than $timeout s"
fi
[ "$status" -eq "$expected_exit" ] || fail "exit code $status, expected $expected_exit"
set -- "${checks[@]+"${checks[@]}"}"
while [ $# -gt 0 ]; do
  kind=$1 value=$2
  shift 2
  case "$kind" in
    --stdout) grep -Eq -- "$value" stdout.txt || fail "stdout does not match /$value/" ;;
    --stderr) grep -Eq -- "$value" stderr.txt || fail "stderr does not match /$value/" ;;
    --no-stderr) [ ! -s stderr.txt ] || fail "stderr is not empty" ;;
    --exists) [ -e "$value" ] || fail "$value does not exist" ;;
    --absent)
      [ ! -e "$value" ] || fail "$value exists"
      ! compgen -G "$value.tmp.*" >/dev/null || fail "a temporary file is left: $value.tmp.*" ;;
    --no-temporary)
      ! compgen -G "$value.tmp.*" >/dev/null || fail "a temporary file is left: $value.tmp.*" ;;
    --file-has)
      path=${value%%:*} regex=${value#*:}
      [ -f "$path" ] || fail "$path does not exist"
      grep -Eq -- "$regex" "$path" || fail "$path does not match /$regex/" ;;
    --check)
      check_output=$(CLI_TEST_DIR=$script_dir PARALLAX=$parallax bash -c "$value" 2>&1) ||
        fail "check failed: $value"$'\n'"$check_output" ;;
  esac
done
echo "PASS"
