#!/usr/bin/env bash
# The README never lies: the block between <!-- demo:begin --> and
# <!-- demo:end --> must equal what scripts/demo.sh prints now.
set -euo pipefail
root=${DYAD_SOURCE_DIR:?}
expected=$(mktemp); actual=$(mktemp)
trap 'rm -f "$expected" "$actual"' EXIT
awk '/<!-- demo:begin -->/{on=1; next} /<!-- demo:end -->/{on=0} on' "$root/README.md" |
  sed '/^```/d' > "$expected"
# A private store, so the series shows exactly what the demo ingested.
db=$(mktemp -u --suffix=.db)
trap 'rm -f "$expected" "$actual" "$db" "$db-wal" "$db-shm"' EXIT
DYAD_DB=$db DYAD=${DYAD:?} bash "$root/scripts/demo.sh" > "$actual"
if ! diff -u "$expected" "$actual"; then
  echo "README demo block differs from scripts/demo.sh output (regenerate: scripts/update-readme-demo.sh)" >&2
  exit 1
fi
[ -s "$actual" ] || { echo "demo printed nothing" >&2; exit 1; }
echo "README demo block matches ($(wc -l < "$actual") lines)"
