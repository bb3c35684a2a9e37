#!/bin/bash
# Store scale benchmark (not a test): the queries `dyad series|query|top|export`
# run over a synthetic SQLite store of N events (bench/store_synth.sql), each
# timed (wall and CPU seconds) and, with a dyad that honours DYAD_SQL_TRACE,
# every statement it ran with its time and SQLite's EXPLAIN QUERY PLAN.
#
#   DYAD=build/bin/dyad bench/store_scale.sh make STORE.db [EVENTS] [MENTIONS 0|1]
#   DYAD=build/bin/dyad bench/store_scale.sh run STORE.db > report.md
#
# `make` creates the schema with $DYAD (so the store has that dyad's indexes)
# and fills it (10,000,000 events by default; mentions off by default, they
# double the size). `run` opens the store with $DYAD first (applying any
# schema migration, timed) and then runs each command once.
set -euo pipefail
DYAD=${DYAD:-build/bin/dyad}
HERE=$(cd "$(dirname "$0")" && pwd)
cmd=${1:?usage: store_scale.sh make|run STORE.db ...}
db=${2:?usage: store_scale.sh make|run STORE.db ...}

timed() {   # runs the command (stdout dropped, stderr to $trace); prints "wall_s cpu_s"
  /usr/bin/time -f '%e %U %S' -o "$trace.time" "$@" > /dev/null 2> "$trace"
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$trace.time"
}

case "$cmd" in
  make)
    events=${3:-10000000}
    mentions=${4:-0}
    [[ ! -e "$db" ]] || { echo "store_scale: $db exists" >&2; exit 2; }
    "$DYAD" query --db "$db" > /dev/null
    /usr/bin/time -f 'generated in %e s wall, %U s user' sqlite3 "$db" "PRAGMA temp_store = MEMORY" \
      ".parameter set :events $events" ".parameter set :mentions $mentions" ".read $HERE/store_synth.sql" > /dev/null
    ls -l "$db"
    ;;
  run)
    trace=$(mktemp)
    trap 'rm -f "$trace" "$trace.time"' EXIT
    echo "## $(sqlite3 "$db" 'SELECT count(*) FROM events') events, $(du -m "$db" | cut -f1) MB"
    echo
    echo "dyad: $("$DYAD" --version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    before=$(sqlite3 "$db" "SELECT value FROM meta WHERE key = 'schema_version'")
    read -r wall cpu <<< "$(timed "$DYAD" query --db "$db" --limit 1)"
    after=$(sqlite3 "$db" "SELECT value FROM meta WHERE key = 'schema_version'")
    echo "Opening the store (schema version $before -> $after): $wall s wall, $cpu s CPU."
    echo
    echo "| command | wall s | CPU s |"
    echo "|---|---|---|"
    commands=(
      "series --dyad CHN,CAN --by month"
      "series --dyad CHN,CAN --by week --from 2020-01-01 --to 2020-12-31"
      "series --source RUS --by year"
      "series --by month --from 2024-01-01 --to 2024-12-31"
      "query --dyad CHN,CAN --limit 100"
      "query --source RUS --target UKR --root 19 --from 2022-01-01 --to 2022-12-31 --limit 100"
      "query --code 190 --limit 100"
      "query --place FRA --limit 100"
      "query --text ceasefire --limit 100"
      "query --limit 100"
      "top --by dyad"
      "top --by actor"
      "top --by code"
      "top --by place"
      "top --by code --dyad CHN,CAN"
      "top --by actor --from 2025-01-01 --to 2025-03-31"
      "export --format csv --dyad CHN,CAN"
    )
    plans=()
    for c in "${commands[@]}"; do
      # shellcheck disable=SC2086
      read -r wall cpu <<< "$(DYAD_SQL_TRACE=1 timed "$DYAD" $c --db "$db")"
      echo "| \`dyad $c\` | $wall | $cpu |"
      plans+=("$(grep '^dyad-sql' "$trace" | grep -v -e 'sqlite_master' -e 'PRAGMA' -e "key = 'schema_version'" \
        | awk -F'\t' '{ n[$3]++; t[$3] += $2 } END { for (s in n) printf "%d\t%.1f\t%s\n", n[s], t[s], s }' \
        | sort -t$'\t' -k2,2nr | awk 'NR <= 4' || true)")
    done
    echo
    echo "### Statements and plans (DYAD_SQL_TRACE; the four costliest per command)"
    for i in "${!commands[@]}"; do
      echo
      echo "**dyad ${commands[$i]}**"
      [[ -n "${plans[$i]}" ]] || { echo; echo "(no trace: this dyad does not honour DYAD_SQL_TRACE)"; continue; }
      while IFS=$'\t' read -r n ms sql; do
        echo
        echo "- ${n}x, ${ms} ms in all: \`${sql:0:400}\`"
        echo '```'
        sqlite3 "$db" "EXPLAIN QUERY PLAN $sql" 2>&1 | sed 1d
        echo '```'
      done <<< "${plans[$i]}"
    done
    ;;
  *)
    echo "usage: store_scale.sh make|run STORE.db ..." >&2
    exit 2
    ;;
esac
