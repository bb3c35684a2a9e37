#!/usr/bin/env bash
# scripts/dask/dyad_dask.py on a LocalCluster (2 worker processes, loopback):
# 6 shards over a slice of the corpora give exactly the events of one
# `dyad code` run; a failing shard is reported, blocks the merge, and a rerun
# redoes only it. Skips (exit 0) when Debian's python3-distributed is absent.
set -uo pipefail
DYAD=${DYAD:?}; root=${DYAD_SOURCE_DIR:?}
corpora="$root/../shared/corpora"
skip() { echo "skipped: $1"; echo "0 passed, 0 failed"; exit 0; }
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import dask.distributed' 2> /dev/null ||
  skip "python3-distributed not installed for /usr/bin/python3"
[ -d "$corpora/wikinews_2019_2020" ] || skip "../shared/corpora not found"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0; checks=0
check() {
  local name=$1; shift
  checks=$((checks + 1))
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
in=$tmp/slice.jsonl
zcat "$corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz" | head -n 100 > "$in"
zcat "$corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz" | head -n 60 >> "$in"
printf '{"id":"broken-record","text":\n' >> "$in"
"$DYAD" code -j 2 --errors "$tmp/one.errors" "$in" 2> /dev/null | LC_ALL=C sort > "$tmp/one.sorted"
check "reference run codes events" test "$(wc -l < "$tmp/one.sorted")" -gt 50
dask=(/usr/bin/python3 "$root/scripts/dask/dyad_dask.py")

# 1. Six shards on two local workers.
"${dask[@]}" -n 6 -o "$tmp/out" --workers 2 --dyad "$DYAD" "$in" > "$tmp/run1.log" 2>&1; rc=$?
check "run exit 0" test $rc -eq 0
check "six shards done" test "$(grep -c ': done' "$tmp/run1.log")" -eq 6
check "merged events equal one run" cmp -s "$tmp/one.sorted" "$tmp/out/events.jsonl"
cat "$tmp"/out/events.{0..5}.jsonl | LC_ALL=C sort > "$tmp/union.sorted"
check "union of shards equals one run" cmp -s "$tmp/one.sorted" "$tmp/union.sorted"
check "bad record reported once" cmp -s "$tmp/one.errors" "$tmp/out/errors.jsonl"

# 2. Shard 4 fails (fault injected by a wrapper), shard 1 must be recomputed.
cat > "$tmp/dyad-faulty" <<WRAP
#!/usr/bin/env bash
for a in "\$@"; do [ "\$a" = 4/6 ] && [ -e "$tmp/fail4" ] && { echo "injected failure" >&2; exit 3; }; done
exec "$DYAD" "\$@"
WRAP
chmod +x "$tmp/dyad-faulty"; touch "$tmp/fail4"
rm -f "$tmp/out/events.1.jsonl" "$tmp/out/events.4.jsonl"
"${dask[@]}" -n 6 -o "$tmp/out" --workers 2 --dyad "$tmp/dyad-faulty" "$in" > "$tmp/run2.log" 2>&1; rc=$?
check "failed run exit 1" test $rc -eq 1
check "failure names shard 4" grep -q "FAILED shards 4" "$tmp/run2.log"
check "finished shards skipped" test "$(grep -c ': skipped' "$tmp/run2.log")" -eq 4
check "shard 1 recomputed" test -f "$tmp/out/events.1.jsonl"
check "no merge after a failure" test ! -e "$tmp/out/events.jsonl"
rm -f "$tmp/fail4"
"${dask[@]}" -n 6 -o "$tmp/out" --workers 2 --dyad "$tmp/dyad-faulty" "$in" > "$tmp/run3.log" 2>&1; rc=$?
check "rerun exit 0" test $rc -eq 0
check "rerun did shard 4 only" test "$(grep -c ': done' "$tmp/run3.log")" -eq 1
check "merged events equal one run after the rerun" cmp -s "$tmp/one.sorted" "$tmp/out/events.jsonl"

echo "$((checks - fails)) passed, $fails failed"
exit $((fails > 0))
