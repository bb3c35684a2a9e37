#!/bin/bash
# The store on PostgreSQL 15 (a throwaway server on loopback, started and
# stopped here): the same events as SQLite for one ingest, idempotent
# re-ingest, queries and exports; then three processes ingesting the same
# stories at once store each story once, each mention once.
# Env: DYAD (the CLI), DYAD_SOURCE_DIR. Skips without PostgreSQL 15 or ../shared.
set -euo pipefail
WIKINEWS_SAMPLE=200
source "$DYAD_SOURCE_DIR/tests/integration/pg_common.sh"

# One ingest: same events as SQLite.
"$DYAD" ingest -q "${DICT[@]}" --db "$WORK/ref.db" "$WORK/in.jsonl"
"$DYAD" ingest -q "${DICT[@]}" --db "$DYAD_PG_URL" "$WORK/in.jsonl"
"$DYAD" ingest "${DICT[@]}" --db "$DYAD_PG_URL" "$WORK/in.jsonl" 2> "$WORK/again.log"
grep -q " 0 added, 0 replaced" "$WORK/again.log" || fail "re-ingest stored something: $(cat "$WORK/again.log")"
"$DYAD" export --db "$WORK/ref.db" --format csv > "$WORK/sqlite.csv" 2>/dev/null
"$DYAD" export --db "$DYAD_PG_URL" --format csv > "$WORK/pg.csv" 2>/dev/null
cmp -s "$WORK/sqlite.csv" "$WORK/pg.csv" || { diff "$WORK/sqlite.csv" "$WORK/pg.csv" | head; fail "PostgreSQL export differs from SQLite"; }
for args in "--source USA" "--dyad USA,CHN" "--root 04" "--quad 4" "--text president" "--from 2020-01-01 --to 2020-06-30"; do
  # shellcheck disable=SC2086
  a=$("$DYAD" query --db "$WORK/ref.db" $args --output-format jsonl | wc -l)
  # shellcheck disable=SC2086
  b=$("$DYAD" query --db "$DYAD_PG_URL" $args --output-format jsonl | wc -l)
  [[ "$a" == "$b" ]] || fail "query $args: SQLite $a rows, PostgreSQL $b"
done
cmp -s <("$DYAD" series --db "$WORK/ref.db" --dyad USA,CHN --by week) <("$DYAD" series --db "$DYAD_PG_URL" --dyad USA,CHN --by week) \
  || fail "series differ between SQLite and PostgreSQL"
sql events "SELECT value FROM meta WHERE key = 'schema_version'" | grep -qx 3 || fail "schema_version"

# Concurrent ingest from three processes into a fresh database.
sql postgres "CREATE DATABASE conc" > /dev/null
URL2="${DYAD_PG_URL%/events}/conc"
pids=()
for i in 1 2 3; do "$DYAD" ingest -q -j1 "${DICT[@]}" --db "$URL2" "$WORK/in.jsonl" & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || fail "a concurrent ingest failed"; done
stories=$(sql conc "SELECT count(*) FROM stories")
distinct=$(sql conc "SELECT count(DISTINCT id) FROM stories")
ref_stories=$(sql events "SELECT count(*) FROM stories")
[[ "$stories" == "$ref_stories" && "$distinct" == "$stories" ]] || fail "concurrent: $stories stories ($distinct distinct), expected $ref_stories"
dups=$(sql conc "SELECT count(*) FROM (SELECT story_pk, event_id FROM mentions GROUP BY 1, 2 HAVING count(*) > 1) d")
[[ "$dups" == 0 ]] || fail "concurrent: $dups duplicated mentions"
m1=$(sql conc "SELECT count(*) FROM mentions"); m0=$(sql events "SELECT count(*) FROM mentions")
[[ "$m1" == "$m0" ]] || fail "concurrent: $m1 mentions, expected $m0"
e1=$(sql conc "SELECT count(*) FROM events"); e0=$(sql events "SELECT count(*) FROM events")
[[ "$e1" == "$e0" ]] || fail "concurrent: $e1 events, expected $e0"
bad=$(sql conc "SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_pk = e.pk)")
[[ "$bad" == 0 ]] || fail "concurrent: $bad events with wrong num_mentions"
echo "ok: PostgreSQL matches SQLite ($(wc -l < "$WORK/pg.csv") CSV lines); concurrent ingest: $stories stories, $m1 mentions, $e1 events, no duplicates"
