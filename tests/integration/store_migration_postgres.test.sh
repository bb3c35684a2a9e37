#!/bin/bash
# Schema 2 -> 3 on a populated PostgreSQL store (a throwaway server on
# loopback): a store is ingested, rewritten as schema 2 left it (a row per
# sentence, every mention with its record), and reopened by dyad, which
# migrates it. Every sentence, every mention's record, the exports and a
# full-text query are the same as before, and the representatives' records
# are stored once again.
# Env: DYAD (the CLI), DYAD_SOURCE_DIR. Skips without PostgreSQL 15 or ../shared.
set -euo pipefail
WIKINEWS_SAMPLE=120
source "$DYAD_SOURCE_DIR/tests/integration/pg_common.sh"
"$DYAD" ingest -q "${DICT[@]}" --db "$DYAD_PG_URL" "$WORK/in.jsonl"

# What a store answers, in a stable order.
snapshot() {
  sql events "SELECT story_pk, idx, base, span_begin, span_end FROM sentences ORDER BY 1, 2"
  sql events "SELECT m.pk, m.event_id, CASE WHEN m.record = '' THEN e.record ELSE m.record END
              FROM mentions m JOIN events e ON e.pk = m.event_pk ORDER BY m.pk"
  "$DYAD" export --db "$DYAD_PG_URL" --format jsonl
  "$DYAD" query --db "$DYAD_PG_URL" --text "president*" --output-format csv
}
snapshot > "$WORK/before.txt"
[[ $(sql events "SELECT count(*) FROM sentences") -gt 1000 ]] || fail "too few sentences to test"
reps=$(sql events "SELECT count(*) FROM mentions WHERE record = ''")
[[ "$reps" == $(sql events "SELECT count(*) FROM events") ]] || fail "representatives with a record of their own: $reps"

sql events "BEGIN;
DROP VIEW sentences;
CREATE TABLE sentences(story_pk BIGINT NOT NULL REFERENCES stories(pk), idx INTEGER NOT NULL,
  base TEXT NOT NULL, span_begin BIGINT NOT NULL, span_end BIGINT NOT NULL, PRIMARY KEY(story_pk, idx));
INSERT INTO sentences SELECT s.pk, (j.ord - 1)::integer,
  CASE WHEN jsonb_array_length(j.v) > 2 THEN 'title' ELSE 'text' END, (j.v->>0)::bigint, (j.v->>1)::bigint
  FROM stories s CROSS JOIN LATERAL jsonb_array_elements(s.sentences::jsonb) WITH ORDINALITY AS j(v, ord);
ALTER TABLE stories DROP COLUMN sentences;
UPDATE mentions m SET record = e.record FROM events e WHERE e.pk = m.event_pk AND m.record = '';
UPDATE meta SET value = '2' WHERE key = 'schema_version';
COMMIT;" > /dev/null
[[ $(sql events "SELECT count(*) FROM mentions WHERE record = ''") == 0 ]] || fail "the schema 2 store is not one"

"$DYAD" query --db "$DYAD_PG_URL" --limit 1 > /dev/null   # opens the store: migrates it
[[ $(sql events "SELECT value FROM meta WHERE key = 'schema_version'") == 3 ]] || fail "not migrated to schema 3"
[[ $(sql events "SELECT table_type FROM information_schema.tables WHERE table_name = 'sentences'") == VIEW ]] \
  || fail "sentences is not the view of schema 3"
[[ $(sql events "SELECT count(*) FROM mentions WHERE record = ''") == "$reps" ]] \
  || fail "the representatives' records are stored twice after the migration"
snapshot > "$WORK/after.txt"
cmp -s "$WORK/before.txt" "$WORK/after.txt" || { diff "$WORK/before.txt" "$WORK/after.txt" | head; fail "the migrated store answers differently"; }
echo "PASS: store_migration_postgres ($(wc -l < "$WORK/before.txt") lines the same before and after)"
