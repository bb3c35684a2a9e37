#!/bin/bash
# The store's SQL diagnostics on SQLite: DYAD_SQL_TRACE=1 prints each
# statement with its bound values; DYAD_SQL_TRACE=summary prints, when the
# store closes, each statement's count and time, costliest first, and
# nothing per statement. Env: DYAD (the CLI), DYAD_SOURCE_DIR.
set -euo pipefail
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
stories=$(ls "$DYAD_SOURCE_DIR"/examples/*.txt "$DYAD_SOURCE_DIR"/examples/*.jsonl 2>/dev/null | wc -l)

DYAD_SQL_TRACE=summary "$DYAD" ingest -q --db "$WORK/a.db" "$DYAD_SOURCE_DIR/examples/" 2> "$WORK/summary.err"
grep -q $'^dyad-sql\t' "$WORK/summary.err" && fail "summary mode printed single statements"
# One line per statement text: "dyad-sql-summary<TAB>T ms<TAB>COUNT<TAB>SQL".
added=$(sqlite3 "$WORK/a.db" "SELECT count(*) FROM stories")
[[ $added -ge $stories ]] || fail "only $added stories stored"
line=$(grep $'^dyad-sql-summary\t[0-9.]* ms\t[0-9]*\tINSERT INTO stories(' "$WORK/summary.err") \
  || fail "no summary line for the story insert: $(head -5 "$WORK/summary.err")"
[[ $(cut -f3 <<< "$line") == "$added" ]] || fail "story inserts counted $(cut -f3 <<< "$line"), stored $added"
# Costliest first.
cut -f2 "$WORK/summary.err" | grep ' ms$' | sed 's/ ms//' | sort -g -r -c || fail "summary not sorted by time"

DYAD_SQL_TRACE=1 "$DYAD" query --db "$WORK/a.db" --dyad CHN,CAN --limit 5 > /dev/null 2> "$WORK/trace.err"
grep -q $'^dyad-sql\t[0-9.]*\tSELECT .*\'CHN\'' "$WORK/trace.err" \
  || fail "no traced statement with its bound values: $(head -3 "$WORK/trace.err")"
grep -q 'dyad-sql-summary' "$WORK/trace.err" && fail "trace mode printed a summary"
echo "PASS: sql_trace ($added stories, $(grep -c dyad-sql-summary "$WORK/summary.err") statement texts)"
