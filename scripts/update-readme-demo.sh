#!/usr/bin/env bash
# Regenerates the README's demo block from scripts/demo.sh (run after `make`).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
db=$(mktemp -u --suffix=.db)
DYAD_DB=$db DYAD=${DYAD:-build/bin/dyad} bash scripts/demo.sh > "$out"
rm -f "$db" "$db-wal" "$db-shm"
python3 - "$out" <<'PY'
import sys, re
demo = open(sys.argv[1], encoding="utf-8").read()
readme = open("README.md", encoding="utf-8").read()
block = "<!-- demo:begin -->\n```console\n" + demo + "```\n<!-- demo:end -->"
new = re.sub(r"<!-- demo:begin -->.*?<!-- demo:end -->", lambda m: block, readme, flags=re.S)
open("README.md", "w", encoding="utf-8").write(new)
PY
rm -f "$out"
echo "README demo block updated"
