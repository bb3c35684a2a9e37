#!/usr/bin/env bash
# Whole-corpus throughput benchmark of `dyad code` (issue 8).
#
#   bench/corpus.sh [--dyad BIN] [--data DIR] [--threads "1 2"] [--out FILE.md] [--quick]
#
# Input: the pinned corpora statedept_press_2021_2022 + wikinews_2019_2020 +
# reuters21578 from ../shared/corpora, decompressed once into $TMPDIR (outside
# the timing). Measures, with /usr/bin/time, for the bundled dictionaries
# (DATA/dict/dyad.bin) and the Phoenix dictionaries (--petrarch-* options) at
# each thread count: wall time, CPU time (user+sys), peak RSS, and derives
# sentences/s (dyad's own sentence count, from `dyad split`), sentences/s per
# CPU-second and MB/s. Start-up (dictionary loading) is measured on an empty
# input and reported separately. Also: where the time goes (front end alone
# via `dyad split` versus the whole of `dyad code`), cost growth in corpus size
# (1/16, 1/4 and all of the pinned input = 1x, 4x, 16x) and in dictionary
# size (Phoenix actor files added one by one, and the bundled set, on the
# same 1x slice). Writes a Markdown report (default bench/results/<date>.md).
# --quick uses the 1x slice as the whole input (for checking the script).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
DYAD=${DYAD:-$root/build/bin/dyad}
DATA=${DYAD_DATA:-}
THREADS="1 2"
OUT=$root/bench/results/$(date +%Y-%m-%d).md
QUICK=0
while (($#)); do
  case $1 in
    --dyad) DYAD=$2; shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --quick) QUICK=1; shift ;;
    *) sed -n '2,20p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
  esac
done
[ -n "$DATA" ] && export DYAD_DATA=$DATA
corpora=$root/../shared/corpora
phoenix=$root/../shared/eval/phoenix-dictionaries
[ -x "$DYAD" ] || { echo "corpus.sh: no dyad binary at $DYAD (use --dyad)" >&2; exit 2; }
[ -d "$corpora" ] || { echo "corpus.sh: $corpora not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "corpus.sh: needs /usr/bin/time (Debian package time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench.XXXXXX"); trap 'rm -rf "$work"' EXIT
pinned=$work/pinned.jsonl
for c in statedept_press_2021_2022 wikinews_2019_2020 reuters21578; do
  zcat "$corpora/$c/$c.jsonl.gz"
done > "$pinned"
lines=$(wc -l < "$pinned")
# --quick: everything on 1/64 of the input (to check the script, not to measure).
scale=1; [ $QUICK = 1 ] && scale=64
head -n $((lines / 16 / scale)) "$pinned" > "$work/x1.jsonl"
head -n $((lines / 4 / scale)) "$pinned" > "$work/x4.jsonl"
head -n $((lines / scale)) "$pinned" > "$work/x16.jsonl"
cp "$work/x16.jsonl" "$pinned"
: > "$work/empty.jsonl"

P=$phoenix
phx_actors=(Phoenix.Countries.actors.txt Phoenix.International.actors.txt Phoenix.MilNonState.actors.txt)
phoenix_args() {  # phoenix_args K: the Phoenix set with its first K actor files
  local k=$1 list="" i
  for ((i = 0; i < k; i++)); do list+="${list:+,}$P/${phx_actors[$i]}"; done
  echo "--petrarch-verbs $P/CAMEO.2.0.txt --petrarch-actors $list --petrarch-agents $P/Phoenix.agents.txt" \
    "--petrarch-discards $P/Phoenix.discards.txt --petrarch-ontology $P/PETR.Internal.Coding.Ontology.txt"
}
BUNDLED=""
PHOENIX=$(phoenix_args 3)

# run LABEL INPUT ARGS...: times `dyad ARGS INPUT`, sets W (wall s), C (cpu s), M (peak RSS KiB).
run() {
  local input=$2; shift 2
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$DYAD" "$@" "$input" > "$work/out" 2> "$work/err" || {
    local rc=$?; [ $rc -eq 1 ] || { echo "corpus.sh: dyad $* failed ($rc):" >&2; tail -n 5 "$work/err" >&2; exit 1; }
  }
  read -r W u s M < <(tail -n 1 "$work/time")
  C=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')
}
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.0f}" 'BEGIN{ if (b > 0) printf f, a/b; else printf "n/a" }'; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN{ d = a - b; if (d < 0.01) d = 0.01; printf "%.2f", d }'; }

echo "corpus.sh: counting sentences" >&2
count_sentences() { "$DYAD" split -j 2 --output-format text "$1" 2> /dev/null | wc -l; }
stories=$(wc -l < "$pinned"); bytes=$(wc -c < "$pinned"); mb=$(div "$bytes" 1000000 %.2f)
sentences=$(count_sentences "$pinned")
s1=$(count_sentences "$work/x1.jsonl"); s4=$(count_sentences "$work/x4.jsonl"); s16=$(count_sentences "$work/x16.jsonl")
load0=$(cut -d' ' -f1-3 /proc/loadavg)

{
echo "# Whole-corpus throughput of dyad code — $(date -u +%Y-%m-%d)"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GB RAM,"
echo "$(uname -sr). dyad $("$DYAD" --version 2>/dev/null | head -n 1) at $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')."
echo "Load average at start: $load0 (the machine is shared: see the note on wall times below)."
echo
echo "Input: statedept_press_2021_2022 + wikinews_2019_2020 + reuters21578 (../shared/corpora), decompressed"
echo "to \$TMPDIR before timing: $stories stories, $mb MB of JSON Lines, **$sentences sentences** (dyad's own count:"
echo "\`dyad split --output-format text | wc -l\`; titles not coded, as in \`dyad code\`)."
echo
echo "Command: \`bench/corpus.sh $( [ $QUICK = 1 ] && echo --quick )\` (each figure: one run of"
echo "\`/usr/bin/time -f '%e %U %S %M' dyad code -j T [dictionary options] pinned.jsonl > /dev/null\`)."
echo "Bundled: \`DYAD_DATA/dict/dyad.bin\`; Phoenix: \`$(phoenix_args 3 | sed "s|$P|P|g")\`"
echo "with P = ../shared/eval/phoenix-dictionaries."
echo
echo "## Throughput"
echo
echo "Start-up is the time \`dyad code\` takes on an empty input (loading the front end and the dictionaries);"
echo "\"coding\" figures subtract it. Sentences/s per CPU-second divides by user+sys time, which does not depend"
echo "on what else runs on the machine; wall-clock figures do."
echo
echo "| dictionaries | -j | start-up s (wall) | wall s | CPU s | sentences/s (wall, coding) | sentences per CPU-s | MB/s (wall, coding) | peak RSS MB | events |"
echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$work/report.md"

for dict in bundled phoenix; do
  if [ $dict = bundled ]; then read -r -a dargs <<< "$BUNDLED"; else read -r -a dargs <<< "$PHOENIX"; fi
  for t in $THREADS; do
    echo "corpus.sh: $dict -j $t" >&2
    run startup "$work/empty.jsonl" code -j "$t" "${dargs[@]}"; W0=$W; C0=$C
    run code "$pinned" code -j "$t" "${dargs[@]}"
    events=$(wc -l < "$work/out")
    net=$(sub "$W" "$W0"); netc=$(sub "$C" "$C0")
    # Kept for the profile below (the same run, not a second one).
    [ "$dict$t" = bundled1 ] && { CC0=$C0; CC=$C; }
    echo "| $dict | $t | $W0 | $W | $C | $(div "$sentences" "$net") | $(div "$sentences" "$netc") | $(div "$mb" "$net" %.2f) | $(div "$M" 1024 %.0f) | $events |" >> "$work/report.md"
  done
done

# Where the time goes: front end (normalise, split, tokenise, tag, lemmatise)
# alone versus the whole coder, one thread, bundled dictionaries.
echo "corpus.sh: profile" >&2
run startup "$work/empty.jsonl" split -j 1 -o /dev/null; FC0=$C
run split "$pinned" split -j 1 --output-format text; FC=$C
if [ -z "${CC:-}" ]; then run startup "$work/empty.jsonl" code -j 1; CC0=$C; run code "$pinned" code -j 1; CC=$C; fi
fe=$(sub "$FC" "$FC0"); all=$(sub "$CC" "$CC0"); rest=$(sub "$all" "$fe")
{
echo
echo "## Where the time goes (1 thread, bundled dictionaries, CPU seconds net of start-up)"
echo
echo "| stage | CPU s | share |"
echo "|---|---|---|"
echo "| front end (\`dyad split\`: normalise, sentences, tokens, POS tags, lemmas, plus text output) | $fe | $(div "$fe" "$all" %.2f | awk '{printf "%.0f%%", $1*100}') |"
echo "| coding (dictionary lookup, actors, verb patterns, events, JSON output) | $rest | $(div "$rest" "$all" %.2f | awk '{printf "%.0f%%", $1*100}') |"
echo "| whole \`dyad code\` | $all | 100% |"
} >> "$work/report.md"

# Cost growth in corpus size: 1x, 4x, 16x (1/16, 1/4, all of the pinned input).
echo "corpus.sh: growth" >&2
{
echo
echo "## Cost growth in corpus size (1 thread, bundled dictionaries)"
echo
echo "1x = the first 1/16 of the pinned input's lines, 4x = the first 1/4, 16x = all of it (one pass over the"
echo "pinned input each; not repeated copies). Linear growth means a flat CPU time per sentence."
echo
echo "| size | stories | sentences | wall s | CPU s (net of start-up) | µs CPU per sentence | peak RSS MB |"
echo "|---|---|---|---|---|---|---|"
} >> "$work/report.md"
run startup "$work/empty.jsonl" code -j 1; G0=$C
for x in 1 4 16; do
  f=$work/x$x.jsonl
  sc=$s1; [ $x = 4 ] && sc=$s4; [ $x = 16 ] && sc=$s16
  run code "$f" code -j 1
  net=$(sub "$C" "$G0")
  echo "| ${x}x | $(wc -l < "$f") | $sc | $W | $net | $(awk -v n="$net" -v s="$sc" 'BEGIN{printf "%.1f", n*1e6/s}') | $(div "$M" 1024 %.0f) |" >> "$work/report.md"
done

# Cost growth in dictionary size: the same 1x slice with growing dictionaries.
echo "corpus.sh: dictionary sizes" >&2
{
echo
echo "## Cost growth in dictionary size (1 thread, the 1x slice: $s1 sentences)"
echo
echo "| dictionaries | dictionary file bytes | start-up s (CPU) | CPU s (net of start-up) | µs CPU per sentence | events |"
echo "|---|---|---|---|---|---|"
} >> "$work/report.md"
dict_bytes() {  # total bytes of the files an option list names
  local total=0 f
  for f in $(echo "$1" | tr ' ,' '\n\n' | grep '^/'); do total=$((total + $(wc -c < "$f"))); done
  echo $total
}
for k in 1 2 3 bundled; do
  if [ $k = bundled ]; then
    dargs=(); label="bundled (dyad.bin)"; size=$(wc -c < "${DYAD_DATA:-$root/build/share/dyad}/dict/dyad.bin")
  else
    read -r -a dargs <<< "$(phoenix_args $k)"; label="Phoenix, $k of 3 actor files"; size=$(dict_bytes "$(phoenix_args $k)")
  fi
  run startup "$work/empty.jsonl" code -j 1 "${dargs[@]}"; D0=$C
  run code "$work/x1.jsonl" code -j 1 "${dargs[@]}"
  net=$(sub "$C" "$D0")
  echo "| $label | $size | $D0 | $net | $(awk -v n="$net" -v s="$s1" 'BEGIN{printf "%.1f", n*1e6/s}') | $(wc -l < "$work/out") |" >> "$work/report.md"
done
echo >> "$work/report.md"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$work/report.md"

mkdir -p "$(dirname "$OUT")"
cp "$work/report.md" "$OUT"
echo "corpus.sh: wrote $OUT" >&2
