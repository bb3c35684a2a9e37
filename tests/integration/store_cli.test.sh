#!/bin/bash
# The store from the command line on examples/: ingest (twice: nothing new),
# an edited story replaces its events, query/series/top/export in every
# format, the CSV loaded by Debian's pandas with dtypes, the SVG plot parsed,
# and recode's report. Env: DYAD (the CLI), DYAD_SOURCE_DIR.
set -euo pipefail
PY=/usr/bin/python3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/t.db"
DICT=(--dict "$DYAD_SOURCE_DIR/dict/dyad")
fail() { echo "FAIL: $*"; exit 1; }

"$DYAD" ingest "${DICT[@]}" --db "$DB" "$DYAD_SOURCE_DIR/examples" 2> "$WORK/first.log"
grep -q "unchanged" "$WORK/first.log" || fail "no summary: $(cat "$WORK/first.log")"
n1=$("$DYAD" query --db "$DB" --output-format jsonl | wc -l)
(( n1 > 0 )) || fail "no events stored from examples/"
"$DYAD" ingest "${DICT[@]}" --db "$DB" "$DYAD_SOURCE_DIR/examples" 2> "$WORK/second.log"
grep -q " 0 added, 0 replaced" "$WORK/second.log" || fail "second ingest stored something: $(cat "$WORK/second.log")"
n2=$("$DYAD" query --db "$DB" --output-format jsonl | wc -l)
[[ "$n1" == "$n2" ]] || fail "events changed on re-ingest: $n1 -> $n2"

# An edited story replaces its events.
printf '%s\n' '{"id":"edit-1","date":"2024-03-01","title":"t","text":"Chinese President Xi Jinping met Canadian Prime Minister Mark Carney in Beijing on Friday."}' > "$WORK/e1.jsonl"
"$DYAD" ingest -q "${DICT[@]}" --db "$DB" "$WORK/e1.jsonl"
before=$("$DYAD" query --db "$DB" --text Carney --from 2024-03-01 --to 2024-03-01 --output-format jsonl | wc -l)
printf '%s\n' '{"id":"edit-1","date":"2024-03-01","title":"t","text":"Nothing happened in Beijing on Friday."}' > "$WORK/e2.jsonl"
"$DYAD" ingest "${DICT[@]}" --db "$DB" "$WORK/e2.jsonl" 2> "$WORK/edit.log"
grep -q "1 replaced" "$WORK/edit.log" || fail "edited story not replaced: $(cat "$WORK/edit.log")"
after=$("$DYAD" query --db "$DB" --from 2024-03-01 --to 2024-03-01 --output-format jsonl | wc -l)
echo "edited story: $before events before, $after after"
[[ "$after" == 0 ]] || fail "edited story kept its old events"

# Bad filter values are refused with a clear message, never run.
if "$DYAD" query --db "$DB" --source "CHN' OR 1=1 --" 2> "$WORK/bad.log"; then fail "injection string accepted"; fi
grep -q -- "--source" "$WORK/bad.log" || fail "unclear message: $(cat "$WORK/bad.log")"

# Exports.
"$DYAD" export --db "$DB" --format csv -o "$WORK/e.csv"
"$DYAD" export --db "$DB" --format phoenix -o "$WORK/e.phoenix.tsv"
"$DYAD" export --db "$DB" --format gdelt -o "$WORK/e.gdelt.csv"
"$DYAD" export --db "$DB" --format plover -o "$WORK/e.plover.jsonl"
"$DYAD" export --db "$DB" --format jsonl -o "$WORK/e.jsonl"
[[ $(wc -l < "$WORK/e.jsonl") == "$n2" ]] || fail "jsonl export row count"
awk -F'\t' 'NF != 26 { print "phoenix line " NR ": " NF " columns"; bad=1 } END { exit bad }' "$WORK/e.phoenix.tsv"
awk -F'\t' 'NF != 61 { print "gdelt line " NR ": " NF " columns"; bad=1 } END { exit bad }' "$WORK/e.gdelt.csv"
[[ $(wc -l < "$WORK/e.phoenix.tsv") == "$n2" ]] || fail "phoenix row count"

"$PY" - "$WORK" "$n2" <<'PYEOF'
import json, sys
import pandas as pd
work, n = sys.argv[1], int(sys.argv[2])
codes = {c: str for c in ["id", "story_id", "source", "target", "code", "root", "date", "story_ids", "urls"]}
df = pd.read_csv(f"{work}/e.csv", dtype=codes, keep_default_na=False, na_values={"goldstein": [""], "lat": [""], "lon": [""], "quad_class": [""]})
assert len(df) == n, (len(df), n)
assert list(df.columns[:10]) == ["id", "story_id", "sentence", "date", "date_precision", "source", "target", "code", "root", "quad_class"]
assert df["code"].map(lambda c: isinstance(c, str) and len(c) >= 2).all(), df["code"]
assert (df["code"].str.len() >= 3).any() and df["code"].str.startswith("0").any(), "codes lost their leading zeros"
assert (df["root"] == df["code"].str[:2]).all()
assert str(df["sentence"].dtype) == "int64" and str(df["num_mentions"].dtype) == "int64"
assert str(df["goldstein"].dtype) == "float64"
assert (df["num_articles"] >= 1).all() and (df["num_mentions"] >= df["num_articles"]).all()
gd = pd.read_csv(f"{work}/e.gdelt.csv", sep="\t", header=None, dtype={26: str, 27: str, 28: str})
assert gd.shape == (n, 61), gd.shape
assert gd[29].between(1, 4).all()
recs = [json.loads(l) for l in open(f"{work}/e.plover.jsonl")]
assert all(r["event"][0] in {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"} for r in recs)
dropped = int((df["root"].isin(["01", "02"])).sum())
assert len(recs) == n - dropped, (len(recs), n, dropped)
print(f"ok: pandas loaded {len(df)} rows with string codes; gdelt {gd.shape}; {len(recs)} PLOVER records ({dropped} of roots 01/02 left out)")
PYEOF

# Series, plot, top.
"$DYAD" series --db "$DB" --dyad CHN,CAN --by month --plot "$WORK/s.svg" > "$WORK/series.txt"
grep -q "CHN>CAN" "$WORK/series.txt" || fail "series: $(cat "$WORK/series.txt")"
"$DYAD" series --db "$DB" --dyad CHN,CAN --by week --from 2025-10-01 --to 2025-11-30 --output-format csv > "$WORK/weeks.csv"
[[ $(grep -c '"2025-W' "$WORK/weeks.csv") == 18 ]] || fail "week series must have 9 ISO weeks (W40..W48) x 2 directions: $(cat "$WORK/weeks.csv")"
"$PY" -c "import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); t = ''.join(r.itertext()); assert 'CHN>CAN' in t and 'Goldstein' in t, t" "$WORK/s.svg"
"$DYAD" top --db "$DB" --by actor -n 5 > "$WORK/top.txt"
[[ -s "$WORK/top.txt" ]] || fail "top printed nothing"
for by in dyad code place; do "$DYAD" top --db "$DB" --by "$by" > /dev/null; done

# Recode with the same dictionaries changes nothing.
"$DYAD" recode "${DICT[@]}" --db "$DB" --output-format csv > "$WORK/recode.csv"
tail -1 "$WORK/recode.csv" | grep -q '^"all",0,0,0,' || fail "recode with the same dictionaries reported changes: $(cat "$WORK/recode.csv")"
n3=$("$DYAD" query --db "$DB" --output-format jsonl | wc -l)
[[ "$n3" == "$n2" ]] || fail "recode changed the event count: $n2 -> $n3"
echo "ok: store CLI"
