#!/bin/bash
# The store does not depend on -j or on shards (issue 8):
#   1. `dyad ingest -j 1` and `-j 2` give identical stores: every row of every
#      table, primary keys included (runs.started, a wall-clock time, aside);
#   2. `dyad recode -j 1` and `-j 2` (here: from the PETRARCH-1 suite's
#      dictionaries to dyad's, so many stories change) give identical stores
#      and identical reports;
#   3. shards coded with `dyad code --shard I/3 --coded FILE` and stored with
#      `dyad ingest --coded` (files in any order, nothing coded again) give
#      the store of one `dyad ingest`, cross-story merges included; storing
#      them again adds nothing; `--coded` does not change what code prints;
#   4. memory is bounded: ingesting 4 times as many stories (the slice with
#      its ids renamed 4 ways) does not need much more memory.
# Env: DYAD (the CLI), DYAD_SOURCE_DIR. Needs ../shared (skips without).
set -euo pipefail
SHARED="$DYAD_SOURCE_DIR/../shared"
SD="$SHARED/corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz"
WN="$SHARED/corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz"
SUITE="$SHARED/eval/petr1-unittest"
for f in "$SD" "$WN" "$SUITE"; do [[ -e "$f" ]] || { echo "SKIP: $f not found"; exit 0; }; done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DICT=(--dict "$DYAD_SOURCE_DIR/dict/dyad")
fail() { echo "FAIL: $*"; exit 1; }
IN="$WORK/in.jsonl"
zcat "$SD" | head -n 150 > "$IN" || true   # head closes the pipe early
zcat "$WN" | head -n 150 >> "$IN" || true
printf '{"id":"broken-record","text":\n' >> "$IN"   # one bad record: reported, not fatal

# Every row of every table (keys included), sorted; runs.started (a clock) aside.
dump() { python3 "$DYAD_SOURCE_DIR/tests/integration/store_dump.py" "$1"; }

# 1. ingest -j1 == ingest -j2
set +e
"$DYAD" ingest -q -j 1 "${DICT[@]}" --db "$WORK/j1.db" --errors "$WORK/j1.err" "$IN"; rc1=$?
"$DYAD" ingest -q -j 2 "${DICT[@]}" --db "$WORK/j2.db" --errors "$WORK/j2.err" "$IN"; rc2=$?
set -e
[[ $rc1 == 1 && $rc2 == 1 ]] || fail "ingest exit $rc1/$rc2, want 1 (one bad record)"
dump "$WORK/j1.db" > "$WORK/j1.dump"
dump "$WORK/j2.db" > "$WORK/j2.dump"
cmp -s "$WORK/j1.dump" "$WORK/j2.dump" || fail "ingest -j 2 store differs from -j 1: $(diff "$WORK/j1.dump" "$WORK/j2.dump" | head -5)"
cmp -s "$WORK/j1.err" "$WORK/j2.err" || fail "ingest -j 2 errors differ from -j 1"
merged=$(sqlite3 "$WORK/j1.db" "SELECT count(*) FROM events WHERE num_articles > 1")
(( merged > 0 )) || fail "no cross-story merge in the input: the comparison would miss merge order"
echo "ok: ingest -j 1 and -j 2 give identical stores ($(wc -l < "$WORK/j1.dump") rows, $merged events merged across stories)"

# 2. recode -j1 == recode -j2, from other dictionaries so that much changes.
"$DYAD" ingest -q -j 2 --suite "$SUITE" --db "$WORK/r1.db" "$IN" 2> /dev/null || true
cp "$WORK/r1.db" "$WORK/r2.db"
"$DYAD" recode -j 1 "${DICT[@]}" --db "$WORK/r1.db" --output-format csv > "$WORK/r1.csv" 2> "$WORK/r1.log"
"$DYAD" recode -j 2 "${DICT[@]}" --db "$WORK/r2.db" --output-format csv > "$WORK/r2.csv" 2> "$WORK/r2.log"
cmp -s "$WORK/r1.csv" "$WORK/r2.csv" || fail "recode -j 2 report differs: $(diff "$WORK/r1.csv" "$WORK/r2.csv" | head -5)"
cmp -s "$WORK/r1.log" "$WORK/r2.log" || fail "recode -j 2 summary differs: $(cat "$WORK/r1.log" "$WORK/r2.log")"
tail -1 "$WORK/r1.csv" | grep -q '^"all",0,0,0,' && fail "recode changed nothing: the test would not compare writes"
dump "$WORK/r1.db" > "$WORK/r1.dump"
dump "$WORK/r2.db" > "$WORK/r2.dump"
cmp -s "$WORK/r1.dump" "$WORK/r2.dump" || fail "recode -j 2 store differs from -j 1: $(diff "$WORK/r1.dump" "$WORK/r2.dump" | head -5)"
echo "ok: recode -j 1 and -j 2 give identical stores and reports ($(cat "$WORK/r1.log"); $(tail -1 "$WORK/r1.csv"))"

# 3. Shards coded once, stored without coding == one ingest.
"$DYAD" code -j 2 "${DICT[@]}" "$IN" > "$WORK/plain.jsonl" 2> /dev/null || true
for i in 0 1 2; do
  "$DYAD" code -j 2 "${DICT[@]}" --shard "$i/3" --coded "$WORK/coded.$i.jsonl" "$IN" > "$WORK/events.$i.jsonl" 2> /dev/null || true
done
sort "$WORK"/events.{0,1,2}.jsonl > "$WORK/union.sorted"
sort "$WORK/plain.jsonl" > "$WORK/plain.sorted"
cmp -s "$WORK/plain.sorted" "$WORK/union.sorted" || fail "code --coded changed the events printed"
[[ $(cat "$WORK"/coded.{0,1,2}.jsonl | wc -l) == 300 ]] || fail "coded files must hold the 300 stories once"
# No dictionary options: nothing is coded, so none are needed.
"$DYAD" ingest --coded --db "$WORK/merged.db" "$WORK/coded.2.jsonl" "$WORK/coded.0.jsonl" "$WORK/coded.1.jsonl" 2> "$WORK/m.log"
grep -q "300 stories read: 300 added" "$WORK/m.log" || fail "merge ingest: $(cat "$WORK/m.log")"
dump "$WORK/merged.db" > "$WORK/merged.dump"
cmp -s "$WORK/j1.dump" "$WORK/merged.dump" || fail "store from coded shards differs from one ingest: $(diff "$WORK/j1.dump" "$WORK/merged.dump" | head -5)"
"$DYAD" ingest --coded --db "$WORK/merged.db" "$WORK"/coded.{0,1,2}.jsonl 2> "$WORK/m2.log"
grep -q " 0 added, 0 replaced, 300 unchanged" "$WORK/m2.log" || fail "second merge stored something: $(cat "$WORK/m2.log")"
dump "$WORK/merged.db" > "$WORK/merged2.dump"
cmp -s "$WORK/j1.dump" "$WORK/merged2.dump" || fail "second merge changed the store"
# A file out of input order is refused (a shard file must come from one `dyad code` run).
tac "$WORK/coded.0.jsonl" > "$WORK/reversed.jsonl"
if "$DYAD" ingest --coded --db "$WORK/bad.db" "$WORK/reversed.jsonl" 2> "$WORK/bad.log"; then fail "out-of-order coded file accepted"; fi
grep -q "reversed.jsonl:2: sequence numbers not ascending" "$WORK/bad.log" || fail "unclear message: $(cat "$WORK/bad.log")"
echo "ok: 3 coded shards stored without coding equal one ingest (rows and keys); a rerun adds nothing"

# 4. Memory does not grow with the input: reading, coding and writing stream.
if [[ -x /usr/bin/time ]]; then
  grep -v broken-record "$IN" > "$WORK/one.jsonl"
  for k in 1 2 3 4; do sed "s/^{\"id\": \"/{\"id\": \"copy$k-/" "$WORK/one.jsonl"; done > "$WORK/four.jsonl"
  [[ $(grep -c '"id": "copy4-' "$WORK/four.jsonl") == 300 ]] || fail "could not rename the ids of the slice"
  /usr/bin/time -f %M -o "$WORK/rss1" "$DYAD" ingest -q -j 2 "${DICT[@]}" --db "$WORK/m1.db" "$WORK/one.jsonl"
  /usr/bin/time -f %M -o "$WORK/rss4" "$DYAD" ingest -q -j 2 "${DICT[@]}" --db "$WORK/m4.db" "$WORK/four.jsonl"
  r1=$(tail -n 1 "$WORK/rss1"); r4=$(tail -n 1 "$WORK/rss4")
  [[ $(sqlite3 "$WORK/m4.db" "SELECT count(*) FROM stories") == 1200 ]] || fail "4x ingest did not store 1200 stories"
  (( r4 * 2 < r1 * 3 )) || fail "peak RSS of 4x input ${r4} KiB >= 1.5 x ${r1} KiB"
  echo "ok: peak RSS of ingest -j 2: 300 stories ${r1} KiB, 1200 stories ${r4} KiB"
fi
