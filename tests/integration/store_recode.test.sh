#!/bin/bash
# `dyad recode` with changed dictionaries: ingest with the bundled dictionary
# folder, edit a copy (remove the verb "laud", add an actor, move a person to
# another role code), recode with the copy, and check the per-root report
# (removed, added, changed, unchanged), that the store now equals a fresh
# ingest with the copy, and that a second recode changes nothing.
# Env: DYAD (the CLI), DYAD_SOURCE_DIR.
set -euo pipefail
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cat > "$WORK/in.jsonl" <<'EOF'
{"id":"rc-1","date":"2024-03-04","title":"","text":"Canada lauded China for its cooperation on Arctic research on Monday."}
{"id":"rc-2","date":"2024-03-05","title":"","text":"Ruritanian Guards attacked Canadian soldiers near the border on Tuesday."}
{"id":"rc-3","date":"2024-03-06","title":"","text":"Chinese Foreign Minister Wang Yi met Canadian Foreign Minister Melanie Joly in Beijing on Wednesday."}
{"id":"rc-4","date":"2024-03-07","title":"","text":"Wang Yi criticized Canada on Thursday."}
EOF
ORIG="$DYAD_SOURCE_DIR/dict/dyad"
cp -r "$ORIG" "$WORK/dict"
# The edits, each checked to have happened (a dictionary reformat must not turn them into no-ops).
sed -i -E 's/^(verb praise .*) \| laud \| /\1 | /' "$WORK/dict/verbs/05-diplomatic.txt"
! grep -q '| laud |' "$WORK/dict/verbs/05-diplomatic.txt" || fail "could not remove 'laud' from the copy"
printf '\n# Added by tests/integration/store_recode.test.sh\nactor RURMIL Ruritanian Guards\n' >> "$WORK/dict/orgs.txt"
awk '/^person Wang Yi$/ { p = 1 } p && /role CHNGOV 2023-07-25/ { sub(/CHNGOV/, "CHNELI"); p = 0 } { print }' \
  "$ORIG/people/chn.txt" > "$WORK/dict/people/chn.txt"
! cmp -s "$ORIG/people/chn.txt" "$WORK/dict/people/chn.txt" || fail "could not change Wang Yi's role in the copy"

"$DYAD" ingest -q -j1 --dict "$ORIG" --db "$WORK/store.db" "$WORK/in.jsonl"
"$DYAD" query --db "$WORK/store.db" --output-format csv | grep -q '"CAN","CHN","051"' || fail "the original dictionary should code 'lauded' as 051"

"$DYAD" recode --dict "$WORK/dict" --db "$WORK/store.db" --output-format csv > "$WORK/report.csv" 2> "$WORK/recode.log"
expected='root,added,removed,changed,unchanged
"04",0,0,0,1
"05",0,1,0,0
"11",0,0,1,0
"19",1,0,0,0
"all",1,1,1,1'
[[ "$(cat "$WORK/report.csv")" == "$expected" ]] || { cat "$WORK/report.csv"; fail "recode report"; }

# The store reflects the copy: exactly what a fresh ingest with it stores.
"$DYAD" ingest -q -j1 --dict "$WORK/dict" --db "$WORK/fresh.db" "$WORK/in.jsonl"
"$DYAD" export --db "$WORK/store.db" --format csv > "$WORK/recoded.csv"
"$DYAD" export --db "$WORK/fresh.db" --format csv > "$WORK/fresh.csv"
cmp -s "$WORK/recoded.csv" "$WORK/fresh.csv" || { diff "$WORK/recoded.csv" "$WORK/fresh.csv"; fail "recoded store differs from a fresh ingest"; }
grep -q '"RURMIL","CANMIL","190"' "$WORK/recoded.csv" || fail "the added actor's event is missing"
grep -q '"CHNELI","CAN","111"' "$WORK/recoded.csv" || fail "the changed role's event is missing"
! grep -q '"051"' "$WORK/recoded.csv" || fail "the removed verb's event is still stored"

# Idempotent: a second recode finds nothing to change and rewrites nothing.
"$DYAD" recode --dict "$WORK/dict" --db "$WORK/store.db" --output-format csv > "$WORK/again.csv" 2> "$WORK/again.log"
grep -qx '"all",0,0,0,3' "$WORK/again.csv" || { cat "$WORK/again.csv"; fail "second recode reported changes"; }
grep -q ' 0 rewritten' "$WORK/again.log" || fail "second recode rewrote stories: $(cat "$WORK/again.log")"
"$DYAD" export --db "$WORK/store.db" --format csv | cmp -s - "$WORK/fresh.csv" || fail "second recode changed the store"
echo "ok: recode removed, added and changed one event each, the store equals a fresh ingest, a rerun is a no-op"
