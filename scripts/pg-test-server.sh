#!/bin/bash
# Start or stop a throwaway PostgreSQL 15 cluster on loopback for tests
# (../shared/notes/scale-out.md section 3).
#   eval "$(scripts/pg-test-server.sh start [PORT])"   # exports PGBASE, DYAD_PG_URL
#   scripts/pg-test-server.sh stop "$PGBASE"
# The cluster lives in a fresh temporary folder (traversable by the postgres
# user), runs with fsync off, trusts loopback connections, and is stopped by
# its data directory (pg_ctl), never by process name.
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
cmd=${1:-}
case "$cmd" in
  start)
    PORT=${2:-$((20000 + RANDOM % 20000))}
    [[ -x $BIN/initdb ]] || { echo "pg-test-server: $BIN/initdb not found (apt-get install postgresql-15)" >&2; exit 2; }
    PGBASE=$(mktemp -d /tmp/dyad-pg.XXXXXX)
    chmod 755 "$PGBASE"
    as_pg=()
    if [[ $(id -u) == 0 ]]; then chown postgres:postgres "$PGBASE"; as_pg=(runuser -u postgres --); fi
    "${as_pg[@]}" "$BIN/initdb" -D "$PGBASE/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
      > "$PGBASE/initdb.log" 2>&1 || { cat "$PGBASE/initdb.log" >&2; exit 2; }
    "${as_pg[@]}" "$BIN/pg_ctl" -D "$PGBASE/data" -l "$PGBASE/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGBASE -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start > /dev/null || { cat "$PGBASE/server.log" >&2; exit 2; }
    psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c 'CREATE DATABASE events' > /dev/null
    echo "export PGBASE=$PGBASE"
    echo "export DYAD_PG_URL='postgresql://postgres@127.0.0.1:$PORT/events'"
    ;;
  stop)
    PGBASE=${2:?usage: pg-test-server.sh stop PGBASE}
    as_pg=()
    if [[ $(id -u) == 0 ]]; then as_pg=(runuser -u postgres --); fi
    "${as_pg[@]}" "$BIN/pg_ctl" -D "$PGBASE/data" -m fast -w stop > /dev/null 2>&1 || true
    rm -rf "$PGBASE"
    ;;
  *)
    echo "usage: pg-test-server.sh start [PORT] | stop PGBASE" >&2
    exit 2
    ;;
esac
