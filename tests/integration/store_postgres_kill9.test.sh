#!/bin/bash
# Crash safety of `dyad ingest` into PostgreSQL (a throwaway server on
# loopback): kill -9 at random points in a loop, rerun, and check the store
# equals one uninterrupted ingest into another database of the same server:
# no partial story, no duplicate story or mention, the same events and counts.
# Env: DYAD (the CLI), DYAD_SOURCE_DIR. Skips without PostgreSQL 15 or ../shared.
set -euo pipefail
WIKINEWS_SAMPLE=300
source "$DYAD_SOURCE_DIR/tests/integration/pg_common.sh"
sql postgres "CREATE DATABASE ref" > /dev/null
REF_URL="${DYAD_PG_URL%/events}/ref"

# The uninterrupted run, timed: kill points are fractions of its duration.
t0=$(date +%s%N)
"$DYAD" ingest -q -j1 "${DICT[@]}" --db "$REF_URL" "$WORK/in.jsonl"
full_ms=$(( ($(date +%s%N) - t0) / 1000000 ))

kills=0
for i in $(seq 1 8); do
  "$DYAD" ingest -q -j1 "${DICT[@]}" --db "$DYAD_PG_URL" "$WORK/in.jsonl" &
  pid=$!
  # 2..35 % of a full run (reruns skip the stories already stored).
  sleep "$(awk -v r=$RANDOM -v ms="$full_ms" 'BEGIN { printf "%.3f", ms * (0.02 + (r % 330) / 1000) / 1000 }')"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null || true
  # The server must not keep the killed client's transaction (or its lock).
  open=$(sql events "SELECT count(*) FROM pg_stat_activity WHERE datname = 'events' AND pid <> pg_backend_pid() AND state <> 'idle'")
  for _ in $(seq 1 50); do
    [[ "$open" == 0 ]] && break
    sleep 0.1
    open=$(sql events "SELECT count(*) FROM pg_stat_activity WHERE datname = 'events' AND pid <> pg_backend_pid() AND state <> 'idle'")
  done
done
echo "killed $kills times (a full run took $full_ms ms)"
if (( kills < 2 )); then fail "ingest finished before it could be killed (only $kills kills)"; fi
"$DYAD" ingest "${DICT[@]}" --db "$DYAD_PG_URL" "$WORK/in.jsonl" 2> "$WORK/rerun.log"
grep -q " 0 errors" "$WORK/rerun.log" || fail "rerun: $(cat "$WORK/rerun.log")"

# Per story: its hash, sentences and mentions; then every event with its counts.
summary() {
  local db=$1
  [[ $(sql "$db" "SELECT count(*) FROM (SELECT id FROM stories GROUP BY id HAVING count(*) > 1) d") == 0 ]] \
    || fail "$db: duplicate stories"
  [[ $(sql "$db" "SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM sentences t WHERE t.story_pk = s.pk)") == 0 ]] \
    || fail "$db: stories without sentences (partial)"
  [[ $(sql "$db" "SELECT count(*) FROM (SELECT story_pk, event_id FROM mentions GROUP BY 1, 2 HAVING count(*) > 1) d") == 0 ]] \
    || fail "$db: duplicate mentions"
  [[ $(sql "$db" "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_pk = e.pk)") == 0 ]] \
    || fail "$db: events without mentions"
  [[ $(sql "$db" "SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_pk = e.pk)") == 0 ]] \
    || fail "$db: events whose num_mentions disagrees with their mentions"
  sql "$db" "SELECT s.id, s.hash, (SELECT count(*) FROM sentences t WHERE t.story_pk = s.pk),
               (SELECT count(*) FROM mentions m WHERE m.story_pk = s.pk) FROM stories s ORDER BY s.id"
  sql "$db" "SELECT source, target, code, date, num_mentions, num_sources, num_articles, event_id
               FROM events ORDER BY event_id"
}
summary ref > "$WORK/ref.txt"
summary events > "$WORK/crash.txt"
cmp -s "$WORK/ref.txt" "$WORK/crash.txt" || { diff "$WORK/ref.txt" "$WORK/crash.txt" | head; fail "the killed-and-rerun store differs from one uninterrupted ingest"; }
stories=$(sql events "SELECT count(*) FROM stories"); events=$(sql events "SELECT count(*) FROM events")
(( stories > 0 && events > 0 )) || fail "nothing stored ($stories stories, $events events)"
echo "ok: $stories stories, $events events, identical to one uninterrupted ingest"
