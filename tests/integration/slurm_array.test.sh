#!/usr/bin/env bash
# scripts/slurm on a real single-node Slurm that this test starts itself
# (../shared/notes/scale-out.md §1): munge, slurmctld and slurmd on loopback,
# all configuration and state in a temporary folder, free ports, torn down by
# PID on exit. An 8-shard job array over a slice of the corpora must give
# exactly the events of one `dyad code` run; the dependent merge must produce
# the merged events and, from the shards' coded stories without coding again,
# a store equal to one `dyad ingest` (every row and key); a failing shard
# must be reported, must keep the merge from running, and must be rerunnable
# alone. Installs nothing: skips (exit 0) when Slurm/munge are absent.
set -uo pipefail
DYAD=${DYAD:?}; root=${DYAD_SOURCE_DIR:?}
corpora="$root/../shared/corpora"
skip() { echo "skipped: $1"; echo "0 passed, 0 failed"; exit 0; }
for c in munged slurmctld slurmd sbatch squeue sinfo runuser; do
  command -v "$c" > /dev/null 2>&1 || [ -x "/usr/sbin/$c" ] || skip "$c not installed (apt-get install slurm-wlm munge)"
done
[ "$(id -u)" = 0 ] || skip "starting munged and slurmd needs root"
id munge > /dev/null 2>&1 || skip "no munge user"
[ -d "$corpora/statedept_press_2021_2022" ] || skip "../shared/corpora not found"
export PATH=$PATH:/usr/sbin

S=$(mktemp -d); chmod 755 "$S"   # munged needs every parent of its socket traversable
teardown() {
  for f in "$S/slurmd.pid" "$S/slurmctld.pid" "$S/munge/munged.pid"; do
    [ -s "$f" ] && kill "$(cat "$f")" 2> /dev/null
  done
  sleep 0.5
  rm -rf "$S"
}
trap teardown EXIT
fails=0; checks=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  checks=$((checks + 1))
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}

# ---------------------------------------------------------------- the cluster
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
CTLD_PORT=$(free_port); SLURMD_PORT=$(free_port)
while [ "$SLURMD_PORT" = "$CTLD_PORT" ]; do SLURMD_PORT=$(free_port); done
mkdir -p "$S/state" "$S/spool" "$S/munge" "$S/log"
chown munge:munge "$S/munge" && chmod 755 "$S/munge"
dd if=/dev/urandom of="$S/munge/munge.key" bs=1 count=1024 status=none
chown munge:munge "$S/munge/munge.key"; chmod 400 "$S/munge/munge.key"
runuser -u munge -- /usr/sbin/munged --key-file="$S/munge/munge.key" --socket="$S/munge/munge.sock" \
  --pid-file="$S/munge/munged.pid" --log-file="$S/munge/munged.log" --seed-file="$S/munge/munged.seed" ||
  { cat "$S/munge/munged.log" 2> /dev/null; skip "munged did not start"; }
host=$(hostname -s)
cat > "$S/slurm.conf" <<CONF
ClusterName=dyadtest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$S/munge/munge.sock
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
StateSaveLocation=$S/state
SlurmdSpoolDir=$S/spool
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmctldLogFile=$S/log/slurmctld.log
SlurmdLogFile=$S/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
MaxArraySize=1001
SchedulerParameters=batch_sched_delay=0,sched_min_interval=100000
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=4000 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$S/slurm.conf
/usr/sbin/slurmctld -f "$S/slurm.conf" || { cat "$S/log/slurmctld.log"; exit 1; }
/usr/sbin/slurmd -f "$S/slurm.conf" || { cat "$S/log/slurmd.log"; exit 1; }
for _ in $(seq 1 60); do [ "$(sinfo -h -o %T 2> /dev/null || true)" = idle ] && break; sleep 0.5; done
check "single-node cluster is up (node idle)" test "$(sinfo -h -o %T 2> /dev/null)" = idle

# Polls squeue until none of the jobs is queued or running (at most 10 min).
wait_jobs() {
  local ids=$1 t
  for t in $(seq 1 3000); do
    squeue -h -j "$ids" 2> /dev/null | grep -q . || return 0
    sleep 0.2
  done
  echo "timeout waiting for jobs $ids"; squeue; return 1
}

# ---------------------------------------------------------------- the input
w=$S/work; mkdir -p "$w"
in=$w/slice.jsonl
zcat "$corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz" | head -n 120 > "$in"
zcat "$corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz" | head -n 120 >> "$in"
if [ -d "$corpora/reuters21578" ]; then
  zcat "$corpora/reuters21578/reuters21578.jsonl.gz" | head -n 120 >> "$in"
fi
printf '{"id":"broken-record","text":\n' >> "$in"   # one bad record: reported, not fatal
slurm=$root/scripts/slurm

# The reference: one process, one store.
"$DYAD" code -j 2 --errors "$w/one.errors" "$in" > "$w/one.jsonl" 2> /dev/null
LC_ALL=C sort "$w/one.jsonl" > "$w/one.sorted"
"$DYAD" ingest -q --db "$w/one.db" "$in" 2> /dev/null
"$DYAD" export --db "$w/one.db" --format jsonl > "$w/one.store.jsonl"
# Every row of every table (keys included), sorted; runs.started (a clock) aside.
dump() { python3 "$root/tests/integration/store_dump.py" "$1"; }
dump "$w/one.db" > "$w/one.dump"
check "reference run codes events" test "$(wc -l < "$w/one.jsonl")" -gt 100
check "reference store has events" test "$(wc -l < "$w/one.store.jsonl")" -gt 50

# ---------------------------------------------------------------- 1. the array
out=$w/out
# A dyad that logs its arguments, to see what the merge job runs.
cat > "$w/dyad-logged" <<LOGGED
#!/usr/bin/env bash
echo "\$*" >> "$w/calls.log"
exec "$DYAD" "\$@"
LOGGED
chmod +x "$w/dyad-logged"
t0=$(date +%s.%N)
ids=$("$slurm/submit.sh" -n 8 -o "$out" --store "$w/merged.db" --dyad "$w/dyad-logged" -- "$in" | tail -n 1)
read -r _ aid _ mid <<< "$ids"
check "submit printed both job ids" test -n "$aid" -a -n "$mid"
wait_jobs "$aid,$mid"
echo "8-shard array + merge: $(awk -v s="$t0" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s"
n=0; for i in $(seq 0 7); do [ -f "$out/events.$i.jsonl" ] && n=$((n + 1)); done
check "all 8 shard files complete" test $n -eq 8
check "no .tmp left behind" test -z "$(ls "$out"/*.tmp 2> /dev/null)"
cat "$out"/events.{0..7}.jsonl | LC_ALL=C sort > "$w/union.sorted"
check "union of shards equals one run" cmp -s "$w/one.sorted" "$w/union.sorted"
check "merge ran (MERGED marker)" test -f "$out/MERGED"
check "merged events equal one run" cmp -s "$w/one.sorted" "$out/events.jsonl"
check "bad record reported once over all shards" cmp -s "$w/one.errors" "$out/errors.jsonl"
"$DYAD" export --db "$w/merged.db" --format jsonl > "$w/merged.store.jsonl" 2> /dev/null
check "merged store equals one dyad ingest" cmp -s "$w/one.store.jsonl" "$w/merged.store.jsonl"
dump "$w/merged.db" > "$w/merged.dump"
check "merged store has the rows and keys of one dyad ingest" cmp -s "$w/one.dump" "$w/merged.dump"
check "the reference has cross-story merges" test "$(sqlite3 "$w/one.db" 'SELECT count(*) FROM events WHERE num_articles > 1')" -gt 0
check "merge stored the coded shards (ingest --coded)" grep -q "^ingest --coded .*coded\.7\.jsonl" "$w/calls.log"
check "merge coded nothing again (no ingest of the input)" test -z "$(grep "^ingest" "$w/calls.log" | grep -F "$in")"
"$slurm/status.sh" -n 8 -o "$out" > "$w/status1.txt"; rc=$?
check "status: complete, exit 0" test $rc -eq 0
grep -q "shards complete: 8 of 8" "$w/status1.txt" || cat "$w/status1.txt"

# ---------------------------------------------------------------- 2. a failing shard
# A dyad that fails on shard 5 while $w/fail5 exists (fault injection for the
# test only), after a rerun in which shards 2 and 5 must be recomputed.
cat > "$w/dyad-faulty" <<EOF
#!/usr/bin/env bash
for a in "\$@"; do [ "\$a" = 5/8 ] && [ -e "$w/fail5" ] && { echo "injected failure" >&2; exit 3; }; done
exec "$DYAD" "\$@"
EOF
chmod +x "$w/dyad-faulty"
touch "$w/fail5"
rm -f "$out/events.2.jsonl" "$out/events.5.jsonl"
stamp0=$(stat -c %Y.%s "$out/events.0.jsonl"; md5sum < "$out/events.0.jsonl")
ids=$("$slurm/submit.sh" -n 8 -o "$out" --store "$w/merged.db" --dyad "$w/dyad-faulty" -- "$in" | tail -n 1)
read -r _ aid _ mid <<< "$ids"
wait_jobs "$aid,$mid"
check "rerun recomputed shard 2" test -f "$out/events.2.jsonl"
check "failed shard 5 left no output" test ! -e "$out/events.5.jsonl" -a ! -e "$out/events.5.jsonl.tmp"
check "rerun skipped finished shards" grep -q "already complete" "$out"/logs/code_"${aid}"_0.out
check "finished shard untouched" test "$(stat -c %Y.%s "$out/events.0.jsonl"; md5sum < "$out/events.0.jsonl")" = "$stamp0"
check "merge did not run after the failure" test ! -e "$out/MERGED" -a ! -e "$out/logs/merge_$mid.out"
check "shard log reports the failure" grep -q "FAILED shard 5/8" "$out"/logs/code_"${aid}"_5.out
"$slurm/status.sh" -n 8 -o "$out" > "$w/status2.txt"; rc=$?
check "status exit 1 while a shard is missing" test $rc -eq 1
check "status names the missing shard" grep -q "shards missing: 5$" "$w/status2.txt"
check "status shows the rerun command" grep -q -- "--array 5 " "$w/status2.txt"

# ---------------------------------------------------------------- 3. rerun it alone
rm -f "$w/fail5"
ids=$("$slurm/submit.sh" -n 8 -o "$out" --store "$w/merged.db" --array 5 --dyad "$w/dyad-faulty" -- "$in" | tail -n 1)
read -r _ aid _ mid <<< "$ids"
wait_jobs "$aid,$mid"
check "rerun array ran shard 5 only" test "$(ls "$out"/logs/code_"${aid}"_*.out | wc -l)" -eq 1
cat "$out"/events.{0..7}.jsonl | LC_ALL=C sort > "$w/union2.sorted"
check "after the rerun the union equals one run" cmp -s "$w/one.sorted" "$w/union2.sorted"
check "merge ran after the rerun" test -f "$out/MERGED"
check "merged events equal one run after the rerun" cmp -s "$w/one.sorted" "$out/events.jsonl"
"$DYAD" export --db "$w/merged.db" --format jsonl > "$w/merged2.store.jsonl" 2> /dev/null
check "store still equals one dyad ingest (idempotent)" cmp -s "$w/one.store.jsonl" "$w/merged2.store.jsonl"
dump "$w/merged.db" > "$w/merged2.dump"
check "rows and keys still equal one dyad ingest (idempotent)" cmp -s "$w/one.dump" "$w/merged2.dump"
"$slurm/status.sh" -n 8 -o "$out" > /dev/null; rc=$?
check "status complete again" test $rc -eq 0

# ---------------------------------------------------------------- 4. shards without coded stories
# Shards coded without --store have no coded.I.jsonl: a later --store run
# skips them (complete) and its merge must refuse, saying which and why.
out2=$w/out2
ids=$("$slurm/submit.sh" -n 2 -o "$out2" --dyad "$DYAD" -- "$in" | tail -n 1)
read -r _ aid _ mid <<< "$ids"
wait_jobs "$aid,$mid"
check "run without --store merged, no coded files" test -f "$out2/MERGED" -a ! -e "$out2/coded.0.jsonl"
ids=$("$slurm/submit.sh" -n 2 -o "$out2" --store "$w/late.db" --dyad "$DYAD" -- "$in" | tail -n 1)
read -r _ aid _ mid <<< "$ids"
wait_jobs "$aid,$mid"
check "merge refuses shards coded without --store" grep -q "shards 0,1 were coded without --store" "$out2/logs/merge_$mid.out"
check "no store filled from them" test ! -e "$out2/MERGED" -a ! -e "$w/late.db"
"$slurm/status.sh" -n 2 -o "$out2" > "$w/status4.txt"; rc=$?
check "status exit 1 after the refused merge" test $rc -eq 1
check "status quotes the merge failure" grep -q "coded without --store" "$w/status4.txt"

if ((fails)); then
  echo "--- logs"; tail -n 5 "$out"/logs/*.out; tail -n 20 "$S/log/slurmctld.log"
fi
echo "$((checks - fails)) passed, $fails failed"
exit $((fails > 0))
