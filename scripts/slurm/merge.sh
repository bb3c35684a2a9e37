#!/usr/bin/env bash
# The dependent job of the dyad Slurm array (docs/cluster.md): runs after every
# shard succeeded (sbatch --dependency=afterok:<array>), checks that all N
# shards are complete, and merges them:
#   $DYAD_OUT/events.jsonl   the union of the shards' events, sorted (LC_ALL=C)
#   $DYAD_OUT/errors.jsonl   the union of the skipped-record reports
#   $DYAD_STORE              (when set) the store, filled by `dyad ingest --coded`
#                            from the shards' coded stories (coded.I.jsonl):
#                            nothing is coded again. Stories go in in input
#                            order, so the store's cross-story merge gives what
#                            one `dyad ingest` of the input gives; ingest is
#                            idempotent, so a rerun adds nothing. One job,
#                            because SQLite must have one writer and never
#                            lives on NFS/Lustre.
#   $DYAD_OUT/MERGED         written last: the merge is complete.
# Environment: as code_shard.sh (DYAD_SHARDS, DYAD_OUT, DYAD_BIN), plus
# DYAD_STORE (SQLite path or postgresql://...) and DYAD_INGEST_ARGS (extra
# options for `dyad ingest`, e.g. --merge-days; dictionaries are not used).
#SBATCH --job-name=dyad-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=2G
set -uo pipefail

N=${DYAD_SHARDS:?DYAD_SHARDS is required}
OUT=${DYAD_OUT:?DYAD_OUT is required}
DYAD_BIN=${DYAD_BIN:-dyad}
rm -f "$OUT/MERGED"

missing=()
for ((i = 0; i < N; i++)); do [ -f "$OUT/events.$i.jsonl" ] || missing+=("$i"); done
if ((${#missing[@]})); then
  list=$(IFS=,; echo "${missing[*]}")
  echo "dyad-merge: FAILED: shards $list of $N are not complete; rerun them alone with" >&2
  echo "dyad-merge:   scripts/slurm/submit.sh --array $list ... (same options)" >&2
  exit 1
fi

shard_files() { local i; for ((i = 0; i < N; i++)); do echo "$OUT/$1.$i.jsonl"; done; }
mapfile -t ev < <(shard_files events)
mapfile -t er < <(shard_files errors)
cat "${ev[@]}" | LC_ALL=C sort > "$OUT/events.jsonl.tmp" || exit 1
cat "${er[@]}" > "$OUT/errors.jsonl.tmp" 2> /dev/null || : > "$OUT/errors.jsonl.tmp"
mv -f "$OUT/errors.jsonl.tmp" "$OUT/errors.jsonl"
mv -f "$OUT/events.jsonl.tmp" "$OUT/events.jsonl"
echo "dyad-merge: $N shards: $(wc -l < "$OUT/events.jsonl") events, $(wc -l < "$OUT/errors.jsonl") skipped records"

if [ -n "${DYAD_STORE:-}" ]; then
  nocoded=()
  for ((i = 0; i < N; i++)); do [ -f "$OUT/coded.$i.jsonl" ] || nocoded+=("$i"); done
  if ((${#nocoded[@]})); then
    list=$(IFS=,; echo "${nocoded[*]}")
    echo "dyad-merge: FAILED: shards $list were coded without --store (no coded.I.jsonl); delete their" >&2
    echo "dyad-merge:   events.I.jsonl and rerun them with --store: submit.sh --array $list --store ..." >&2
    exit 1
  fi
  mapfile -t coded < <(shard_files coded)
  read -r -a extra <<< "${DYAD_INGEST_ARGS:-}"
  # Idempotent: stories already stored with the same text are skipped, so a
  # rerun after a crash adds only the rest.
  "$DYAD_BIN" ingest --coded --db "$DYAD_STORE" "${extra[@]}" --errors "$OUT/ingest-errors.jsonl" "${coded[@]}"
  rc=$?
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    echo "dyad-merge: FAILED: dyad ingest into $DYAD_STORE exited $rc" >&2
    exit $rc
  fi
fi
date -u +%Y-%m-%dT%H:%M:%SZ > "$OUT/MERGED"
echo "dyad-merge: complete"
