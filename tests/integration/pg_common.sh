# Sourced by the PostgreSQL integration tests (not a test itself): skips
# without PostgreSQL 15, makes $WORK, starts a throwaway server on loopback
# (scripts/pg-test-server.sh: DYAD_PG_URL, PGBASE) and on exit runs the
# caller's `pg_before_stop` (if defined), stops the server and removes $WORK.
# Defines PORT, `sql DB STATEMENT`, `fail MESSAGE` and DICT (the bundled
# dictionaries). With WIKINEWS_SAMPLE=N set by the caller: skips without the
# wikinews_2019_2020 corpus and writes its first N stories to $WORK/in.jsonl.
# Env: DYAD_SOURCE_DIR.
if [[ ! -x /usr/lib/postgresql/15/bin/initdb ]]; then echo "SKIP: PostgreSQL 15 not installed"; exit 0; fi
if [[ -n ${WIKINEWS_SAMPLE:-} ]]; then
  corpus="$DYAD_SOURCE_DIR/../shared/corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz"
  if [[ ! -f "$corpus" ]]; then echo "SKIP: $corpus not found"; exit 0; fi
fi
WORK=$(mktemp -d)
if [[ -n ${WIKINEWS_SAMPLE:-} ]]; then
  zcat "$corpus" | head -n "$WIKINEWS_SAMPLE" > "$WORK/in.jsonl" || true   # head closes the pipe early
fi
eval "$("$DYAD_SOURCE_DIR/scripts/pg-test-server.sh" start)"
pg_cleanup() {
  if declare -F pg_before_stop > /dev/null; then pg_before_stop; fi
  "$DYAD_SOURCE_DIR/scripts/pg-test-server.sh" stop "$PGBASE"
  rm -rf "$WORK"
}
trap pg_cleanup EXIT
PORT=${DYAD_PG_URL##*:}; PORT=${PORT%%/*}
sql() { psql -At -h 127.0.0.1 -p "$PORT" -U postgres -d "$1" -c "$2"; }
fail() { echo "FAIL: $*"; exit 1; }
DICT=(--dict "$DYAD_SOURCE_DIR/dict/dyad")
