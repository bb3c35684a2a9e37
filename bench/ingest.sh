#!/usr/bin/env bash
# Throughput of `dyad ingest` next to `dyad code` at the same -j (issue 8).
#
#   bench/ingest.sh [--dyad BIN] [--threads "1 2"] [--repeat R] [--corpus NAME] [--shared DIR] [--out FILE.md]
#
# Input: SHARED/corpora/NAME (default ../shared/corpora/statedept_press_2021_2022),
# decompressed once into $TMPDIR (outside the timing). For each thread count:
# `dyad code -j T` to /dev/null, and `dyad ingest -j T` into a fresh SQLite
# store in $TMPDIR; then the two halves of a sharded run: `dyad code --coded`
# and `dyad ingest --coded` (storing only, nothing coded). Each figure is the
# best of R runs (default 2) of /usr/bin/time: wall and CPU (user+sys)
# seconds, peak RSS. Stories/s and sentences/s divide by wall time (which
# depends on what else runs on the machine) and by CPU time (which does not);
# the sentence count is the store's. Writes a Markdown report (default
# bench/results/<date>-ingest.md) and prints it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
DYAD=${DYAD:-$root/build/bin/dyad}
THREADS="1 2"
REPEAT=2
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
src=$SHARED/corpora/$CORPUS/$CORPUS.jsonl.gz
[[ -f $src ]] || { echo "bench/ingest.sh: $src not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in=$tmp/in.jsonl
zcat "$src" > "$in"
stories=$(wc -l < "$in")

# best NAME CMD...: runs CMD REPEAT times (a fresh store each time when the
# command names $tmp/s.db) and sets WALL CPU RSS to the best run.
best() {
  local name=$1 r w c m; shift
  WALL=; CPU=; RSS=
  for ((r = 0; r < REPEAT; r++)); do
    rm -f "$tmp"/s.db*
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" > /dev/null 2> "$tmp/$name.err" || true
    read -r w u s m < <(tail -n 1 "$tmp/time")
    c=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    if [[ -z $WALL ]] || awk -v a="$w" -v b="$WALL" 'BEGIN { exit !(a < b) }'; then WALL=$w; fi
    if [[ -z $CPU ]] || awk -v a="$c" -v b="$CPU" 'BEGIN { exit !(a < b) }'; then CPU=$c; fi
    RSS=$m
  done
}
row() {  # row WHAT -j
  awk -v what="$1" -v j="$2" -v w="$WALL" -v c="$CPU" -v m="$RSS" -v n="$stories" -v s="$sentences" \
    'BEGIN { printf "| %s | %s | %.2f | %.2f | %.0f | %.0f | %.0f | %.0f | %.0f |\n", what, j, w, c, n / w, s / w, n / c, s / c, m / 1024 }'
}

"$DYAD" ingest -q -j 2 --db "$tmp/count.db" "$in" 2> /dev/null || true
sentences=$(sqlite3 "$tmp/count.db" "SELECT count(*) FROM sentences")
{
  echo "# dyad ingest next to dyad code — $(date +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
    "load average at start: $(cut -d' ' -f1-3 /proc/loadavg). dyad at $(git -C "$root" rev-parse --short HEAD)."
  echo "Input: $CORPUS, $stories stories, $sentences sentences (as stored). Bundled dictionaries. Best of $REPEAT runs."
  echo "Command: \`bench/ingest.sh --threads \"$THREADS\" --repeat $REPEAT\`. The store is SQLite in \$TMPDIR."
  echo
  echo "| command | -j | wall s | CPU s | stories/s (wall) | sentences/s (wall) | stories per CPU-s | sentences per CPU-s | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for j in $THREADS; do
    best code "$DYAD" code -j "$j" "$in"; row "code" "$j"; code_wall=$WALL; code_cpu=$CPU
    best ingest "$DYAD" ingest -q -j "$j" --db "$tmp/s.db" "$in"; row "ingest" "$j"
    ratio[$j]=$(awk -v a="$code_wall" -v b="$WALL" -v c="$code_cpu" -v d="$CPU" 'BEGIN { printf "%.2f (wall), %.2f (CPU)", a / b, c / d }')
  done
  best coded "$DYAD" code -j 2 --coded "$tmp/coded.jsonl" "$in"; row "code --coded FILE" 2
  best store "$DYAD" ingest -q --coded --db "$tmp/s.db" "$tmp/coded.jsonl"; row "ingest --coded FILE (store only)" 1
  echo
  for j in $THREADS; do echo "Ingest throughput as a fraction of code's at -j $j: ${ratio[$j]}."; done
  echo "Coded-story file: $(du -m "$tmp/coded.jsonl" | cut -f1) MB for $(du -m "$in" | cut -f1) MB of input."
} | tee "$OUT"
