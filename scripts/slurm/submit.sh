#!/usr/bin/env bash
# Submits a dyad coding run to Slurm: a job array of N shards (code_shard.sh)
# and a merge job that runs only when every shard succeeded (merge.sh).
#
#   scripts/slurm/submit.sh -n 64 -o /scratch/run1 [--store /scratch/run1/events.db] \
#       [--cpus 4] [--array 3,17] [--dyad /path/to/dyad] [--code-args "--dict x.bin"] \
#       [--ingest-args "..."] [--sbatch-args "--partition=short --time=1:00:00"] -- INPUT...
#
# Prints "array <jobid> merge <jobid>" and appends it to OUT/jobs. Rerunning the
# same command skips the shards already complete; --array LIST resubmits only
# the listed shards (e.g. the failed ones `status.sh` names). Paths are made
# absolute, since jobs may start in another directory. See docs/cluster.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

N= OUT= STORE= CPUS=1 ARRAY= BIN=${DYAD_BIN:-dyad} CODE_ARGS= INGEST_ARGS= SBATCH_ARGS=
while (($#)); do
  case $1 in
    -n|--shards) N=$2; shift 2 ;;
    -o|--out) OUT=$2; shift 2 ;;
    --store) STORE=$2; shift 2 ;;
    --cpus) CPUS=$2; shift 2 ;;
    --array) ARRAY=$2; shift 2 ;;
    --dyad) BIN=$2; shift 2 ;;
    --code-args) CODE_ARGS=$2; shift 2 ;;
    --ingest-args) INGEST_ARGS=$2; shift 2 ;;
    --sbatch-args) SBATCH_ARGS=$2; shift 2 ;;
    --) shift; break ;;
    -h|--help) usage ;;
    -*) echo "submit: unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
(($#)) || { echo "submit: no INPUT given" >&2; usage; }
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "submit: -n N (shard count >= 1) is required" >&2; exit 2; }
[ -n "$OUT" ] || { echo "submit: -o OUT is required" >&2; exit 2; }
[[ $CPUS =~ ^[1-9][0-9]*$ ]] || { echo "submit: --cpus must be a positive integer" >&2; exit 2; }
ARRAY=${ARRAY:-0-$((N - 1))}

abs() { case $1 in /*) echo "$1" ;; postgres://*|postgresql://*|*=*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
inputs=()
for f in "$@"; do
  [ -e "$f" ] || { echo "submit: input not found: $f" >&2; exit 2; }
  inputs+=("$(abs "$f")")
done
case $BIN in */*) BIN=$(abs "$BIN") ;; esac
OUT=$(abs "$OUT"); [ -z "$STORE" ] || STORE=$(abs "$STORE")
mkdir -p "$OUT/logs"
# A new submission makes any earlier merge stale: MERGED reappears only when
# this run's merge job completes.
rm -f "$OUT/MERGED"

export DYAD_SHARDS=$N DYAD_OUT=$OUT DYAD_INPUTS="${inputs[*]}" DYAD_BIN=$BIN DYAD_STORE=$STORE
export DYAD_CODE_ARGS=$CODE_ARGS DYAD_INGEST_ARGS=$INGEST_ARGS
read -r -a extra <<< "$SBATCH_ARGS"
aid=$(sbatch --parsable "${extra[@]}" --array="$ARRAY" --cpus-per-task="$CPUS" --export=ALL \
  --output="$OUT/logs/code_%A_%a.out" "$here/code_shard.sh")
aid=${aid%%;*}
# --kill-on-invalid-dep: when a shard fails the merge is cancelled instead of
# pending forever with DependencyNeverSatisfied. The merge codes nothing (it
# stores the shards' coded stories), so one CPU is enough.
mid=$(sbatch --parsable "${extra[@]}" --dependency="afterok:$aid" --kill-on-invalid-dep=yes \
  --cpus-per-task=1 --export=ALL --output="$OUT/logs/merge_%j.out" "$here/merge.sh")
mid=${mid%%;*}
echo "array $aid merge $mid" | tee -a "$OUT/jobs"
