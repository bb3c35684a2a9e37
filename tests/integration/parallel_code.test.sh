#!/usr/bin/env bash
# `dyad code -j N` and `--shard I/N`: the output never depends on the number of
# threads (byte for byte), and N shards together code the input exactly once
# (events and skipped-record reports). Uses a slice of ../shared/corpora when
# present (read at run time, never copied) plus the examples folder.
set -uo pipefail
DYAD=${DYAD:?}; root=${DYAD_SOURCE_DIR:?}
corpora="$root/../shared/corpora"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0; checks=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  checks=$((checks + 1))
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
same() { cmp -s "$1" "$2"; }

# The input: 150 + 150 stories of two corpora, a bad record in the middle
# (line 151: a record the reader must skip and report), and the examples.
in=$tmp/slice.jsonl
if [ -d "$corpora/statedept_press_2021_2022" ] && [ -d "$corpora/wikinews_2019_2020" ]; then
  zcat "$corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz" | head -n 150 > "$in"
  printf '{"id":"broken-151","text":\n' >> "$in"
  zcat "$corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz" | head -n 150 >> "$in"
else
  echo "note: ../shared/corpora not found; using the examples only"
  cp "$root/examples/stories.jsonl" "$in"
  printf '{"id":"broken","text":\n' >> "$in"
fi
inputs=("$in" "$root/examples")

# 1. -j 1, 2, 4 and the default give the same bytes (JSON Lines and TSV), and
#    the same skipped-record report.
"$DYAD" code -j 1 "${inputs[@]}" --errors "$tmp/e1.jsonl" > "$tmp/j1.jsonl" 2> "$tmp/j1.err"; rc1=$?
check "-j 1 exit 1 (one bad record)" test $rc1 -eq 1
check "-j 1 codes events" test "$(wc -l < "$tmp/j1.jsonl")" -gt 50
check "bad record reported with its line" grep -q 'slice.jsonl:151' "$tmp/j1.err"
for j in 2 4; do
  "$DYAD" code -j $j "${inputs[@]}" --errors "$tmp/e$j.jsonl" > "$tmp/j$j.jsonl" 2> /dev/null; rc=$?
  check "-j $j exit 1" test $rc -eq 1
  check "-j $j output byte-identical to -j 1" same "$tmp/j1.jsonl" "$tmp/j$j.jsonl"
  check "-j $j errors identical to -j 1" same "$tmp/e1.jsonl" "$tmp/e$j.jsonl"
done
"$DYAD" code "${inputs[@]}" > "$tmp/jdef.jsonl" 2> /dev/null
check "default -j (all cores) identical to -j 1" same "$tmp/j1.jsonl" "$tmp/jdef.jsonl"
"$DYAD" code -j 1 --output-format tsv "${inputs[@]}" > "$tmp/t1.tsv" 2> /dev/null
"$DYAD" code -j 3 --output-format tsv "${inputs[@]}" > "$tmp/t3.tsv" 2> /dev/null
check "TSV -j 3 identical to -j 1" same "$tmp/t1.tsv" "$tmp/t3.tsv"

# 2. Stories come out in input order: the story ids of the events, with
#    repeats collapsed, are a subsequence of the input ids in input order.
python3 - "$in" "$tmp/j1.jsonl" > "$tmp/order.txt" <<'PY'
import json, sys
ids = []
for line in open(sys.argv[1], encoding="utf-8"):
    try: ids.append(json.loads(line)["id"])
    except Exception: pass
pos = {k: i for i, k in enumerate(ids)}
last, ok = -1, True
for line in open(sys.argv[2], encoding="utf-8"):
    sid = json.loads(line)["story_id"]
    if sid not in pos: continue          # examples folder
    ok &= pos[sid] >= last; last = pos[sid]
print("ordered" if ok and last >= 0 else "unordered")
PY
check "events in input story order" grep -qx ordered "$tmp/order.txt"

# 3. Eight shards: every story in exactly one shard, and the union of the
#    shards' events (concatenated in shard order, compared as sorted sets)
#    equals one run; the bad record is reported by exactly one shard.
: > "$tmp/shards.jsonl"; : > "$tmp/shard-errors.jsonl"
for i in $(seq 0 7); do
  "$DYAD" code -j 2 --shard "$i/8" "${inputs[@]}" --errors "$tmp/se$i.jsonl" > "$tmp/s$i.jsonl" 2> /dev/null
  cat "$tmp/s$i.jsonl" >> "$tmp/shards.jsonl"; cat "$tmp/se$i.jsonl" >> "$tmp/shard-errors.jsonl"
done
sort "$tmp/j1.jsonl" > "$tmp/one.sorted"; sort "$tmp/shards.jsonl" > "$tmp/union.sorted"
check "union of 8 shards equals one run" same "$tmp/one.sorted" "$tmp/union.sorted"
nonempty=0; for i in $(seq 0 7); do [ -s "$tmp/s$i.jsonl" ] && nonempty=$((nonempty + 1)); done
check "events spread over several shards" test $nonempty -ge 4
python3 - "$tmp" > "$tmp/disjoint.txt" <<'PY'
import json, sys
seen = {}
for i in range(8):
    for line in open(f"{sys.argv[1]}/s{i}.jsonl", encoding="utf-8"):
        sid = json.loads(line)["story_id"]
        if seen.setdefault(sid, i) != i: print("story", sid, "in shards", seen[sid], "and", i); sys.exit()
print("disjoint")
PY
check "every story in one shard only" grep -qx disjoint "$tmp/disjoint.txt"
check "bad record reported by one shard only" same "$tmp/e1.jsonl" "$tmp/shard-errors.jsonl"

# 4. The shard of a story is FNV-1a 64 of its UTF-8 id, mod N (the documented,
#    version-stable hash): recompute it for every event of shard 3.
python3 - "$tmp/s3.jsonl" > "$tmp/hash.txt" <<'PY'
import json, sys
def fnv(s):
    h = 14695981039346656037
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 1099511628211) % (1 << 64)
    return h
bad = [e["story_id"] for e in map(json.loads, open(sys.argv[1], encoding="utf-8")) if fnv(e["story_id"]) % 8 != 3]
print("hash ok" if not bad else "hash mismatch: " + bad[0])
PY
check "shard = FNV-1a 64 of id mod N" grep -qx "hash ok" "$tmp/hash.txt"

# 5. Bad values for -j and --shard are usage errors (exit 2, explained).
"$DYAD" code --shard 8/8 "$in" > /dev/null 2> "$tmp/u1.err"; rc=$?
check "--shard 8/8 exit 2" test $rc -eq 2
check "--shard 8/8 explained" grep -q -- "--shard" "$tmp/u1.err"
"$DYAD" code --shard x "$in" > /dev/null 2> /dev/null; rc=$?
check "--shard x exit 2" test $rc -eq 2
"$DYAD" code -j -1 "$in" > /dev/null 2> /dev/null; rc=$?
check "-j -1 exit 2" test $rc -eq 2

# 6. Memory is bounded (streamed): coding the slice 8 times over does not
#    need much more memory than coding it once.
if [ -x /usr/bin/time ]; then
  for k in 1 2 3 4 5 6 7 8; do cat "$in"; done > "$tmp/big.jsonl"
  /usr/bin/time -f %M -o "$tmp/rss1" "$DYAD" code -j 2 "$in" > /dev/null 2>&1
  /usr/bin/time -f %M -o "$tmp/rss8" "$DYAD" code -j 2 "$tmp/big.jsonl" > /dev/null 2>&1
  r1=$(tail -n 1 "$tmp/rss1"); r8=$(tail -n 1 "$tmp/rss8")
  echo "peak RSS: 1x ${r1} KiB, 8x ${r8} KiB"
  check "peak RSS 8x input < 1.5x of 1x input" test $((r8 * 2)) -lt $((r1 * 3))
fi

echo "$((checks - fails)) passed, $fails failed"
exit $((fails > 0))
