#!/usr/bin/env bash
# A distributed `parallax batch` on a real engine: a one-node Slurm cluster started on this
# machine (docs/../shared/notes/slurm-single-node.md), an array job of TASKS tasks each running
# `parallax batch --shard K/TASKS`, and a check that the union of their outputs equals a
# single-process run byte for byte (the per-pair files, and the summary lines sorted, without
# their timing).
#
#   tests/dist/slurm_shards.sh PARALLAX BIBLE_DIR [TASKS]
#
# BIBLE_DIR: the bible-ru-en evaluation set (src/, tgt/). Needs root (the daemons run as
# SlurmUser=root) and the Debian packages slurmctld slurmd slurm-client munge; with
# PARALLAX_INSTALL_SLURM=1 it installs them with apt-get. The configuration lives in a scratch
# folder (SLURM_CONF), not in /etc/slurm; only the daemons this script started are stopped.
# Not part of ctest (it needs root and free ports 6817/6818); run by hand, see
# docs/PERFORMANCE.md "Distributed run".
# Exit: 0 pass, 1 fail, 77 skipped (no root, no Slurm).
set -uo pipefail

parallax=$(realpath "$1")
bible=$(realpath "$2")
tasks=${3:-2}

say() { echo "[slurm_shards] $*"; }
skip() { say "skipped: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "needs root to start slurmctld/slurmd"
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  if [ "${PARALLAX_INSTALL_SLURM:-0}" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      slurmctld slurmd slurm-client munge >/dev/null || skip "apt-get install failed"
  else
    skip "Slurm is not installed (apt-get install slurmctld slurmd slurm-client munge, or set PARALLAX_INSTALL_SLURM=1)"
  fi
fi
[ -d "$bible/src" ] || skip "no evaluation data in $bible"

work=$(mktemp -d /tmp/parallax-slurm.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  # Only the daemons started here, by their PIDs.
  for pid in "${pids[@]+"${pids[@]}"}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]+"${pids[@]}"}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  [ "${KEEP:-0}" = 1 ] && say "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
fail() {
  say "FAIL: $*"
  for f in "$work"/log/* "$work"/task-*.err; do
    [ -s "$f" ] && { echo "--- $f"; tail -20 "$f"; }
  done
  exit 1
}

mkdir -p "$work"/{state,spool,log,single,dist}
export SLURM_CONF=$work/slurm.conf
cat >"$SLURM_CONF" <<CONF
ClusterName=parallaxtest
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=batch_sched_delay=0
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
NodeName=localhost CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

# munge: reuse a running munged, else start one (it needs /run/munge, absent without systemd).
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  install -d -o munge -g munge -m 755 /run/munge
  setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged -F \
    >"$work/log/munged.out" 2>&1 </dev/null &
  pids+=($!)
  for _ in $(seq 1 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null 2>&1 || fail "munged does not answer"
fi
setsid /usr/sbin/slurmctld -D >"$work/log/slurmctld.out" 2>&1 </dev/null &
pids+=($!)
setsid /usr/sbin/slurmd -D -N localhost >"$work/log/slurmd.out" 2>&1 </dev/null &
pids+=($!)
for _ in $(seq 1 100); do
  sinfo -h -o %T 2>/dev/null | grep -Eq '^idle' && break
  sleep 0.2
done
sinfo -h -o %T 2>/dev/null | grep -Eq '^idle' || fail "the node did not come up"
say "cluster up: $(sinfo -h -o '%P %a %D %T %N')"

# The manifest: every document of the evaluation set, lines mode.
for f in "$bible"/src/*; do
  d=$(basename "$f")
  printf '%s\t%s\t%s\tru\ten\n' "$f" "$bible/tgt/$d" "$d"
done >"$work/manifest.tsv"
pairs=$(wc -l <"$work/manifest.tsv")
common=(--lines --quiet --format tsv "$work/manifest.tsv")

start=$(date +%s.%N)
"$parallax" batch --jobs 1 --output-dir "$work/single" "${common[@]}" >"$work/single.jsonl" ||
  fail "the single-process run failed"
single_s=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
jid=$(sbatch --parsable --array=1-"$tasks" --cpus-per-task=1 \
  -o "$work/task-%a.out" -e "$work/task-%a.err" \
  --wrap "'$parallax' batch --jobs 1 --shard \$SLURM_ARRAY_TASK_ID/$tasks --output-dir '$work/dist' ${common[*]} > '$work/dist-'\$SLURM_ARRAY_TASK_ID.jsonl") ||
  fail "sbatch failed"
# Poll rather than sbatch --wait, whose back-off adds up to ~30 s after the last task ends.
for _ in $(seq 1 1200); do
  [ -z "$(squeue -h -j "$jid" 2>/dev/null)" ] && break
  sleep 0.25
done
[ -z "$(squeue -h -j "$jid" 2>/dev/null)" ] || fail "the array job did not end in 5 minutes"
# No accounting (no sacct): the controller still knows the finished tasks for MinJobAge (300 s).
states=$(scontrol -o show job "$jid" | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | tr -s ' ')
[ "$states" = " $tasks JobState=COMPLETED" ] || fail "array tasks did not all complete: $states"
dist_s=$(echo "$(date +%s.%N) - $start" | bc)
say "array job $jid: $tasks tasks done"
for k in $(seq 1 "$tasks"); do
  say "task $k: $(wc -l <"$work/dist-$k.jsonl") pairs"
done

diff -r "$work/single" "$work/dist" || fail "the shards' files differ from the single run's"
untimed() { sed -E -e 's/,"seconds":[0-9.e+-]+//' -e 's#"output":"[^"]*/(single|dist)/#"output":"DIR/#'; }
diff <(untimed <"$work/single.jsonl" | sort) <(cat "$work"/dist-*.jsonl | untimed | sort) ||
  fail "the shards' summary lines differ from the single run's"
say "PASS: $pairs pairs; union of $tasks shards == single run ($(ls "$work/single" | wc -l) files, byte for byte)"
say "single process: ${single_s} s; Slurm array of $tasks tasks (submit to last task done): ${dist_s} s"
