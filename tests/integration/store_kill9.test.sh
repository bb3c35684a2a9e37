#!/bin/bash
# Crash safety of `dyad ingest`: kill -9 at random points in a loop, rerun, and
# check the store equals one uninterrupted ingest: no partial story (every
# story has its sentences and mentions), no duplicates, the same events.
# The killed runs code on two threads (-j 2), the reference on one: crash
# safety and the store's independence of -j are checked together.
# Env: DYAD (the CLI), DYAD_SOURCE_DIR. Needs ../shared/corpora (skips without).
set -euo pipefail
CORPUS="$DYAD_SOURCE_DIR/../shared/corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz"
if [[ ! -f "$CORPUS" ]]; then echo "SKIP: $CORPUS not found"; exit 0; fi
PY=/usr/bin/python3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DICT=(--dict "$DYAD_SOURCE_DIR/dict/dyad")
zcat "$CORPUS" | head -n 300 > "$WORK/in.jsonl" || true   # head closes the pipe early

# The uninterrupted run, timed: kill points are fractions of its duration, so
# the loop lands kills on fast and slow machines alike.
t0=$(date +%s%N)
"$DYAD" ingest -q -j1 "${DICT[@]}" --db "$WORK/ref.db" "$WORK/in.jsonl"
full_ms=$(( ($(date +%s%N) - t0) / 1000000 ))

kills=0
for i in $(seq 1 8); do
  "$DYAD" ingest -q -j2 "${DICT[@]}" --db "$WORK/crash.db" "$WORK/in.jsonl" &
  pid=$!
  # Random point: 2..35 % of a full run's duration (reruns skip the stories
  # already stored, so each run is shorter than the one before).
  sleep "$(awk -v r=$RANDOM -v ms="$full_ms" 'BEGIN { printf "%.3f", ms * (0.02 + (r % 330) / 1000) / 1000 }')"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null || true
done
echo "killed $kills times (a full run took $full_ms ms)"
if (( kills < 2 )); then echo "FAIL: ingest finished before it could be killed (only $kills kills)"; exit 1; fi
"$DYAD" ingest -q "${DICT[@]}" --db "$WORK/crash.db" "$WORK/in.jsonl"

"$PY" - "$WORK/ref.db" "$WORK/crash.db" <<'PYEOF'
import sqlite3, sys
def summary(path):
    db = sqlite3.connect(path)
    q = lambda sql: db.execute(sql).fetchall()
    dup = q("SELECT id, count(*) FROM stories GROUP BY id HAVING count(*) > 1")
    assert not dup, f"{path}: duplicate stories {dup[:5]}"
    per_story = q("""SELECT s.id, s.hash,
                       (SELECT count(*) FROM sentences t WHERE t.story_pk = s.pk),
                       (SELECT count(*) FROM mentions m WHERE m.story_pk = s.pk)
                     FROM stories s ORDER BY s.id""")
    no_sentences = [r[0] for r in per_story if r[2] == 0]
    assert not no_sentences, f"{path}: stories without sentences (partial): {no_sentences[:5]}"
    dup_m = q("SELECT story_pk, event_id, count(*) FROM mentions GROUP BY 1, 2 HAVING count(*) > 1")
    assert not dup_m, f"{path}: duplicate mentions {dup_m[:5]}"
    orphans = q("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_pk = e.pk)")[0][0]
    assert orphans == 0, f"{path}: {orphans} events without mentions"
    events = q("""SELECT source, target, code, date, num_mentions, num_sources, num_articles, event_id
                  FROM events ORDER BY event_id""")
    return per_story, events
ref, crash = summary(sys.argv[1]), summary(sys.argv[2])
assert len(ref[0]) == 300 or len(ref[0]) > 0
assert ref[0] == crash[0], "stories, sentences or mentions differ from the uninterrupted run"
assert ref[1] == crash[1], "events differ from the uninterrupted run"
print(f"ok: {len(ref[0])} stories, {len(ref[1])} events, identical to one uninterrupted ingest")
PYEOF
