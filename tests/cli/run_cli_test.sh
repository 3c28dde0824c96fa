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
#   --skip-if-root       exit 77 (ctest SKIP_RETURN_CODE) when run as root (permission tests)
#   --stdout REGEX       stdout matches the extended regex (grep -E, per line)
#   --stderr REGEX       stderr matches
#   --no-stderr          stderr is empty
#   --exists PATH        the file exists after the run
#   --absent PATH        the file does not exist after the run
#   --file-has PATH REGEX  the file exists and matches REGEX
# Exit: 0 pass, 1 fail (with the reason and the captured output), 77 skipped.
set -uo pipefail

parallax=$1
expected_exit=$2
shift 2

setup=() envs=() stdin=/dev/null stdout_to=stdout.txt checks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --setup) setup+=("$2"); shift 2 ;;
    --env) envs+=("$2"); shift 2 ;;
    --stdin) stdin=$2; shift 2 ;;
    --stdout-to) stdout_to=$2; shift 2 ;;
    --skip-if-root) if [ "$(id -u)" -eq 0 ]; then echo "skipped: running as root"; exit 77; fi; shift ;;
    --stdout | --stderr | --exists | --absent) checks+=("$1" "$2"); shift 2 ;;
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

env "${envs[@]+"${envs[@]}"}" "$parallax" "$@" <"$stdin" >"$stdout_to" 2>stderr.txt
status=$?

fail() {
  echo "FAIL: $*"
  echo "command: parallax ${args[*]}"
  echo "--- exit code: $status (expected $expected_exit)"
  echo "--- stdout:"; head -c 4000 stdout.txt
  echo "--- stderr:"; head -c 4000 stderr.txt
  exit 1
}

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
    --absent) [ ! -e "$value" ] || fail "$value exists" ;;
    --file-has)
      path=${value%%:*} regex=${value#*:}
      [ -f "$path" ] || fail "$path does not exist"
      grep -Eq -- "$regex" "$path" || fail "$path does not match /$regex/" ;;
  esac
done
echo "PASS"
