#!/bin/bash
# store_parallel.test.sh on PostgreSQL 15 (a throwaway server on loopback,
# started and stopped here): ingest -j 1 and -j 2 give identical databases
# (every table, keys included; runs.started, a clock, aside), so do recode
# -j 1 and -j 2, and coded shards stored with `ingest --coded` equal one
# ingest. Env: DYAD (the CLI), DYAD_SOURCE_DIR. Skips without PostgreSQL 15
# or ../shared.
set -euo pipefail
SHARED="$DYAD_SOURCE_DIR/../shared"
SD="$SHARED/corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz"
WN="$SHARED/corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz"
SUITE="$SHARED/eval/petr1-unittest"
for f in "$SD" "$WN" "$SUITE"; do [[ -e "$f" ]] || { echo "SKIP: $f not found"; exit 0; }; done
source "$DYAD_SOURCE_DIR/tests/integration/pg_common.sh"
URL=${DYAD_PG_URL%/*}
IN="$WORK/in.jsonl"
zcat "$SD" | head -n 100 > "$IN" || true   # head closes the pipe early
zcat "$WN" | head -n 100 >> "$IN" || true

# Every table, every stored column, rows sorted by all columns.
dump() {
  local db=$1 t cols sel n
  for t in $(sql "$db" "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"); do
    cols=$(sql "$db" "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'
                      AND table_name = '$t' AND is_generated = 'NEVER' ORDER BY ordinal_position")
    sel=$(for c in $cols; do if [[ $t.$c == runs.started ]]; then echo "'-'"; else echo "$c"; fi; done | paste -sd,)
    n=$(echo "$cols" | wc -l)
    sql "$db" "SELECT '$t', $sel FROM $t ORDER BY $(seq -s, 2 $((n + 1)))"
  done
}
for db in j1 j2 coded r1; do sql postgres "CREATE DATABASE $db" > /dev/null; done

"$DYAD" ingest -q -j 1 "${DICT[@]}" --db "$URL/j1" "$IN"
"$DYAD" ingest -q -j 2 "${DICT[@]}" --db "$URL/j2" "$IN"
dump j1 > "$WORK/j1.dump"
dump j2 > "$WORK/j2.dump"
[[ $(grep -c '^events|' "$WORK/j1.dump") -gt 50 ]] || fail "too few events stored to compare"
cmp -s "$WORK/j1.dump" "$WORK/j2.dump" || fail "ingest -j 2 differs from -j 1: $(diff "$WORK/j1.dump" "$WORK/j2.dump" | head -5)"
echo "ok: PostgreSQL ingest -j 1 and -j 2 identical ($(wc -l < "$WORK/j1.dump") rows)"

for i in 0 1; do
  "$DYAD" code -j 2 "${DICT[@]}" --shard "$i/2" --coded "$WORK/coded.$i.jsonl" "$IN" > /dev/null
done
"$DYAD" ingest -q --coded --db "$URL/coded" "$WORK/coded.1.jsonl" "$WORK/coded.0.jsonl"
dump coded > "$WORK/coded.dump"
cmp -s "$WORK/j1.dump" "$WORK/coded.dump" || fail "coded shards differ from one ingest: $(diff "$WORK/j1.dump" "$WORK/coded.dump" | head -5)"
echo "ok: PostgreSQL store from 2 coded shards equals one ingest"

"$DYAD" ingest -q -j 2 --suite "$SUITE" --db "$URL/r1" "$IN" 2> /dev/null
sql postgres "CREATE DATABASE r2 TEMPLATE r1" > /dev/null
"$DYAD" recode -j 1 "${DICT[@]}" --db "$URL/r1" --output-format csv > "$WORK/r1.csv" 2> /dev/null
"$DYAD" recode -j 2 "${DICT[@]}" --db "$URL/r2" --output-format csv > "$WORK/r2.csv" 2> /dev/null
cmp -s "$WORK/r1.csv" "$WORK/r2.csv" || fail "recode -j 2 report differs"
tail -1 "$WORK/r1.csv" | grep -q '^"all",0,0,0,' && fail "recode changed nothing: the test would not compare writes"
dump r1 > "$WORK/r1.dump"
dump r2 > "$WORK/r2.dump"
cmp -s "$WORK/r1.dump" "$WORK/r2.dump" || fail "recode -j 2 differs from -j 1: $(diff "$WORK/r1.dump" "$WORK/r2.dump" | head -5)"
echo "ok: PostgreSQL recode -j 1 and -j 2 identical ($(tail -1 "$WORK/r1.csv"))"
