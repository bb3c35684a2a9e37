#!/usr/bin/env bash
# Throughput of `dyad ingest` next to `dyad code` at the same -j (issue 6).
#
#   bench/ingest.sh [--dyad BIN] [--threads "1 2"] [--repeat R] [--corpus NAME|all] [--shared DIR] [--out FILE.md]
#
# Input: SHARED/corpora/NAME (default ../shared/corpora/statedept_press_2021_2022;
# `all`: every corpus file there, concatenated in name order), decompressed
# once into $TMPDIR (outside the timing). For each thread count, R rounds of
# `dyad code -j T` to /dev/null then `dyad ingest -j T` into a fresh SQLite
# store in $TMPDIR, interleaved so that a slow spell of the machine hits both
# alike; then the two halves of a sharded run: `dyad code --coded` and
# `dyad ingest --coded` (storing only, nothing coded). Each figure is the best
# and the median of the R runs (default 3) of /usr/bin/time: wall and CPU
# (user+sys) seconds, peak RSS. Stories/s and sentences/s divide by the best
# wall time and by the best CPU time; the sentence count is the store's.
# Writes a Markdown report (default bench/results/<date>-ingest.md) and prints it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
DYAD=${DYAD:-$root/build/bin/dyad}
THREADS="1 2"
REPEAT=3
CORPUS=statedept_press_2021_2022
SHARED=$root/../shared
OUT=$root/bench/results/$(date +%Y-%m-%d)-ingest.md
while (($#)); do
  case $1 in
    --dyad) DYAD=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --shared) SHARED=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
if [[ $CORPUS == all ]]; then
  srcs=("$SHARED"/corpora/*/*.jsonl.gz)
else
  srcs=("$SHARED/corpora/$CORPUS/$CORPUS.jsonl.gz")
fi
for src in "${srcs[@]}"; do [[ -f $src ]] || { echo "bench/ingest.sh: $src not found" >&2; exit 2; }; done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in=$tmp/in.jsonl
zcat "${srcs[@]}" > "$in"
stories=$(wc -l < "$in")

# once NAME CMD...: runs CMD once (a fresh store when it names $tmp/s.db)
# and appends "wall cpu rss_kb" to $tmp/NAME.runs.
once() {
  local name=$1 w u s m; shift
  rm -f "$tmp"/s.db*
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" > /dev/null 2> "$tmp/$name.err" || true
  read -r w u s m < <(tail -n 1 "$tmp/time")
  echo "$w $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') $m" >> "$tmp/$name.runs"
}
# stats NAME: sets WALL CPU (best), WALL_MED CPU_MED (median), RSS (largest) of NAME's runs.
stats() {
  read -r WALL WALL_MED CPU CPU_MED RSS < <(python3 - "$tmp/$1.runs" <<'PY'
import statistics, sys
runs = [list(map(float, l.split())) for l in open(sys.argv[1])]
w, c, m = zip(*runs)
print(min(w), statistics.median(w), min(c), statistics.median(c), max(m))
PY
)
}
row() {  # row WHAT -j
  awk -v what="$1" -v j="$2" -v w="$WALL" -v wm="$WALL_MED" -v c="$CPU" -v cm="$CPU_MED" -v m="$RSS" -v n="$stories" -v s="$sentences" \
    'BEGIN { printf "| %s | %s | %.2f (%.2f) | %.2f (%.2f) | %.0f | %.0f | %.0f | %.0f | %.0f |\n", what, j, w, wm, c, cm, n / w, s / w, n / c, s / c, m / 1024 }'
}

"$DYAD" ingest -q -j 2 --db "$tmp/count.db" "$in" 2> /dev/null || true
sentences=$(sqlite3 "$tmp/count.db" "SELECT count(*) FROM sentences")
{
  echo "# dyad ingest next to dyad code — $(date +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
    "load average at start: $(cut -d' ' -f1-3 /proc/loadavg). dyad at $(git -C "$root" rev-parse --short HEAD)."
  echo "Input: $CORPUS, $stories stories, $sentences sentences (as stored). Bundled dictionaries."
  echo "Command: \`bench/ingest.sh --corpus $CORPUS --threads \"$THREADS\" --repeat $REPEAT\`. The store is SQLite in \$TMPDIR."
  echo "Each time is the best of $REPEAT interleaved runs, the median in parentheses; rates use the best."
  echo
  echo "| command | -j | wall s | CPU s | stories/s (wall) | sentences/s (wall) | stories per CPU-s | sentences per CPU-s | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for j in $THREADS; do
    for ((r = 0; r < REPEAT; r++)); do
      once "code$j" "$DYAD" code -j "$j" "$in"
      once "ingest$j" "$DYAD" ingest -q -j "$j" --db "$tmp/s.db" "$in"
    done
    stats "code$j"; row "code" "$j"; cw=$WALL; cwm=$WALL_MED; cc=$CPU; ccm=$CPU_MED
    stats "ingest$j"; row "ingest" "$j"
    ratio[$j]=$(awk -v a="$cw" -v b="$WALL" -v am="$cwm" -v bm="$WALL_MED" -v c="$cc" -v d="$CPU" -v cm="$ccm" -v dm="$CPU_MED" \
      'BEGIN { printf "%.2f (wall, best) / %.2f (wall, median), %.2f (CPU, best) / %.2f (CPU, median)", a / b, am / bm, c / d, cm / dm }')
  done
  for ((r = 0; r < REPEAT; r++)); do
    once coded "$DYAD" code -j 2 --coded "$tmp/coded.jsonl" "$in"
    once store "$DYAD" ingest -q --coded --db "$tmp/s.db" "$tmp/coded.jsonl"
  done
  stats coded; row "code --coded FILE" 2
  stats store; row "ingest --coded FILE (store only)" 1
  echo
  for j in $THREADS; do echo "Ingest throughput as a fraction of code's at -j $j: ${ratio[$j]}."; done
  echo "Coded-story file: $(du -m "$tmp/coded.jsonl" | cut -f1) MB for $(du -m "$in" | cut -f1) MB of input."
} | tee "$OUT"
