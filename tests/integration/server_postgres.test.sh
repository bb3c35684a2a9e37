#!/bin/bash
# `dyad serve` over PostgreSQL answers exactly as over SQLite: the same
# stories ingested into both stores (a throwaway PostgreSQL server on
# loopback), two servers on free loopback ports, and every read route, both
# write routes and the reads after a write compared byte for byte.
# Env: DYAD (the CLI), DYAD_SOURCE_DIR. Skips without PostgreSQL 15 or curl.
set -euo pipefail
command -v curl > /dev/null || { echo "SKIP: curl not installed"; exit 0; }
pids=()
pg_before_stop() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; wait "$p" 2> /dev/null || true; done
}
source "$DYAD_SOURCE_DIR/tests/integration/pg_common.sh"
INPUTS=("$DYAD_SOURCE_DIR/tests/browser/fixture-stories.jsonl" "$DYAD_SOURCE_DIR/examples")
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$WORK/token"

"$DYAD" ingest -q -j1 "${DICT[@]}" --db "$WORK/store.db" "${INPUTS[@]}"
"$DYAD" ingest -q -j1 "${DICT[@]}" --db "$DYAD_PG_URL" "${INPUTS[@]}"

# Starts a server (cache off: every answer comes from the store) in this shell
# (so cleanup can stop it); its URL is read from its log by url_of.
serve() {
  "$DYAD" serve --db "$1" --bind 127.0.0.1 --port 0 --cache-ttl-ms 0 --threads 4 "${DICT[@]}" \
    --token-file "$WORK/token" > /dev/null 2> "$2" &
  pids+=($!)
}
url_of() {
  local log=$1 pid=$2 url
  for _ in $(seq 1 300); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)
    [[ -n "$url" ]] && { echo "$url"; return 0; }
    kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; return 1; }
    sleep 0.1
  done
  return 1
}
serve "$WORK/store.db" "$WORK/lite.log"
serve "$DYAD_PG_URL" "$WORK/pg.log"
lite=$(url_of "$WORK/lite.log" "${pids[0]}") || fail "SQLite-backed server did not start"
pg=$(url_of "$WORK/pg.log" "${pids[1]}") || fail "PostgreSQL-backed server did not start"

checked=0
# same METHOD PATH [CURL ARGS...]: both servers give the same status and body.
same() {
  local method=$1 path=$2
  shift 2
  local a b
  a=$(curl -s -X "$method" -w '\n%{http_code}' "$@" "$lite$path")
  b=$(curl -s -X "$method" -w '\n%{http_code}' "$@" "$pg$path")
  [[ "${a##*$'\n'}" == 200 ]] || fail "$method $path: SQLite-backed server answered ${a##*$'\n'}: ${a%$'\n'*}"
  if [[ "$a" != "$b" ]]; then
    diff <(echo "$a") <(echo "$b") | head -20
    fail "$method $path: PostgreSQL-backed answer differs from SQLite-backed"
  fi
  checked=$((checked + 1))
}
[[ $(curl -s "$pg/health") == '{"status":"ok","store_schema":3}' ]] || fail "health over PostgreSQL: $(curl -s "$pg/health")"
curl -s "$pg/api/events?dyad=CHN,CAN" | grep -q '"total":[1-9]' || fail "no CHN-CAN events over PostgreSQL: nothing to compare"
reads() {
  same GET '/api/events'
  same GET '/api/events?dyad=CHN,CAN&limit=3'
  same GET '/api/events?limit=4&offset=2'
  same GET '/api/events?source=CHN&from=2024-01-01&to=2024-12-31'
  same GET '/api/events?text=talks'
  same GET '/api/events?root=04&quad=1'
  same GET '/api/series?dyad=CHN,CAN&by=month'
  same GET '/api/series?dyad=CHN,CAN&by=week&from=2024-01-01&to=2024-03-31'
  same GET '/api/series?by=year'
  for by in dyad actor code place; do same GET "/api/top?by=$by&n=50"; done
  same GET '/api/top?by=code&dyad=CHN,CAN'
  same GET '/api/stories/bt-2024-01'
  same GET '/api/search?text=canada'
  same GET '/api/search?text=minist*&limit=5'
}
reads
same POST '/api/code' -H 'Content-Type: application/json' \
  --data '{"id":"probe","date":"2024-05-02","text":"Chinese Premier Li Qiang met Canadian Prime Minister Mark Carney in Beijing on Thursday."}'
same POST '/api/stories' -H "Authorization: Bearer $(cat "$WORK/token")" -H 'Content-Type: application/x-ndjson' \
  --data-binary $'{"id":"new-1","date":"2024-05-02","title":"Leaders meet","text":"Chinese Premier Li Qiang met Canadian Prime Minister Mark Carney in Beijing on Thursday."}\n{"id":"bt-2024-01","date":"2024-01-16","title":"Edited","text":"Canada criticized China on Tuesday."}'
# After the writes (one new story, one replaced), the stores still agree.
reads
same GET '/api/stories/new-1'
echo "ok: $checked answers identical from the SQLite- and PostgreSQL-backed servers"
