#!/usr/bin/env bash
# Reports the state of a dyad Slurm run: complete and missing shards, the
# failures the shard logs recorded, whether the merge ran, and the command to
# rerun only what is missing.
#   scripts/slurm/status.sh -n N -o OUT
# Exit status: 0 when every shard and the merge are complete, 1 otherwise.
set -uo pipefail
N= OUT=
while (($#)); do
  case $1 in
    -n|--shards) N=$2; shift 2 ;;
    -o|--out) OUT=$2; shift 2 ;;
    *) echo "usage: status.sh -n N -o OUT" >&2; exit 2 ;;
  esac
done
[[ $N =~ ^[1-9][0-9]*$ ]] && [ -d "$OUT" ] || { echo "usage: status.sh -n N -o OUT" >&2; exit 2; }

missing=()
done_count=0
for ((i = 0; i < N; i++)); do
  if [ -f "$OUT/events.$i.jsonl" ]; then done_count=$((done_count + 1)); else missing+=("$i"); fi
done
echo "shards complete: $done_count of $N"
if ((${#missing[@]})); then
  list=$(IFS=,; echo "${missing[*]}")
  echo "shards missing: $list"
  # The failure messages of the missing shards' most recent logs.
  for i in "${missing[@]}"; do
    log=$(ls -t "$OUT"/logs/code_*_"$i".out 2> /dev/null | head -n 1)
    [ -n "$log" ] && grep -h "FAILED" "$log" | sed "s|^|  shard $i: |"
  done
  echo "rerun: scripts/slurm/submit.sh --array $list (with the same options)"
fi
if [ -f "$OUT/MERGED" ]; then
  echo "merge: complete ($(cat "$OUT/MERGED"))"
else
  echo "merge: not complete"
  # A merge that ran and failed (e.g. shards coded without --store) says why.
  log=$(ls -t "$OUT"/logs/merge_*.out 2> /dev/null | head -n 1)
  [ -n "$log" ] && grep -h "FAILED" "$log" | sed "s|^|  |"
fi
((${#missing[@]} == 0)) && [ -f "$OUT/MERGED" ]
