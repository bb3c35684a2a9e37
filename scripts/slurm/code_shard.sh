#!/usr/bin/env bash
# One task of the dyad Slurm job array: codes shard I of N of the input with
# `dyad code --shard I/N` into $DYAD_OUT/events.I.jsonl (docs/cluster.md) and,
# when a store is to be filled (DYAD_STORE set), the coded stories into
# $DYAD_OUT/coded.I.jsonl, which the merge job stores without coding again.
#
#   sbatch --array=0-7 --export=ALL,DYAD_SHARDS=8,DYAD_OUT=out,DYAD_INPUTS="a.jsonl.gz b/" code_shard.sh
#   (scripts/slurm/submit.sh does this and adds the dependent merge job)
#
# Environment: DYAD_SHARDS (N, required: never derived from the array size,
# since --array=0-15:2 has 8 tasks but 16 shards), DYAD_OUT (output folder,
# required), DYAD_INPUTS (space-separated files/folders, required), DYAD_BIN
# (the dyad binary, default `dyad` on PATH), DYAD_CODE_ARGS (extra options for
# `dyad code`, e.g. dictionary options; word-split).
#
# Completion is atomic: output goes to .tmp files that are renamed only when
# dyad succeeded, so events.I.jsonl exists if and only if shard I is complete.
# A rerun skips shards whose events.I.jsonl exists. Exit status: 0 when the
# shard is complete (dyad's 1, "some records skipped", counts as complete: the
# skipped records are listed in errors.I.jsonl), else dyad's status.
#SBATCH --job-name=dyad-code
#SBATCH --cpus-per-task=1
#SBATCH --mem=1G
set -uo pipefail

N=${DYAD_SHARDS:?DYAD_SHARDS (the shard count) is required}
I=${SLURM_ARRAY_TASK_ID:?not running as a Slurm array task (SLURM_ARRAY_TASK_ID unset)}
OUT=${DYAD_OUT:?DYAD_OUT (the output folder) is required}
: "${DYAD_INPUTS:?DYAD_INPUTS (the input files or folders) is required}"
DYAD_BIN=${DYAD_BIN:-dyad}
if [ "$I" -ge "$N" ]; then
  echo "dyad-code: array task $I is outside the $N shards" >&2
  exit 2
fi

events=$OUT/events.$I.jsonl
errors=$OUT/errors.$I.jsonl
coded=$OUT/coded.$I.jsonl
if [ -f "$events" ]; then
  echo "dyad-code: shard $I/$N already complete ($events); skipping"
  exit 0
fi
mkdir -p "$OUT"
# Per-task temporaries: a task killed by Slurm leaves at most a .tmp file,
# which the next attempt overwrites.
read -r -a inputs <<< "$DYAD_INPUTS"
read -r -a extra <<< "${DYAD_CODE_ARGS:-}"
coded_args=()
[ -n "${DYAD_STORE:-}" ] && coded_args=(--coded "$coded.tmp")
start=$(date +%s.%N)
"$DYAD_BIN" code --shard "$I/$N" -j "${SLURM_CPUS_PER_TASK:-1}" "${extra[@]}" "${coded_args[@]}" \
  --errors "$errors.tmp" -o "$events.tmp" "${inputs[@]}"
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
  rm -f "$events.tmp" "$errors.tmp" "$coded.tmp"
  echo "dyad-code: FAILED shard $I/$N (dyad exit $rc) on $(hostname -s); rerun it alone with:" >&2
  echo "dyad-code:   scripts/slurm/submit.sh --array $I ... (same options)" >&2
  exit $rc
fi
mv -f "$errors.tmp" "$errors"
if [ -n "${DYAD_STORE:-}" ]; then mv -f "$coded.tmp" "$coded"; else rm -f "$coded"; fi
mv -f "$events.tmp" "$events"   # last: the completion marker
echo "dyad-code: shard $I/$N complete: $(wc -l < "$events") events, $(wc -l < "$errors") skipped records," \
  "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s on $(hostname -s)"
exit 0
