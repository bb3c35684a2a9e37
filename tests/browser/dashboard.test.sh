#!/usr/bin/env bash
# Browser test (label browser): builds the dashboard with npm, starts
# `dyad serve` on a free loopback port over a fresh SQLite store, ingests the
# fixture stories through the API and drives Debian's chromium with
# playwright-core (tests/browser/dashboard.mjs). Screenshots go to
# $DYAD_SCREENSHOTS (default: a temp folder, printed). Needs: node, npm,
# /usr/bin/chromium (apt-get install chromium).
set -euo pipefail
: "${DYAD:?path of the dyad binary}" "${DYAD_SOURCE_DIR:?repository root}" "${DYAD_DATA:?build data dir}"
for tool in node npm /usr/bin/chromium; do
  command -v "$tool" >/dev/null || { echo "browser test: $tool missing (apt-get install nodejs npm chromium)" >&2; exit 1; }
done
work=$(mktemp -d /tmp/dyad-browser.XXXXXX)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
shots=${DYAD_SCREENSHOTS:-$(mktemp -d /tmp/dyad-shots.XXXXXX)}
mkdir -p "$shots"

"$DYAD_SOURCE_DIR/scripts/build-web.sh" "$work/data" >/dev/null
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/token"
"$DYAD" serve --db "$work/store.db" --bind 127.0.0.1 --port 0 --web-dir "$work/data/web" \
  --dict "$DYAD_SOURCE_DIR/dict/dyad" --token-file "$work/token" 2> "$work/serve.log" &
server_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "browser test: server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
node "$DYAD_SOURCE_DIR/tests/browser/dashboard.mjs" "$url" "$shots" "$(cat "$work/token")" \
  "$DYAD_SOURCE_DIR/tests/browser/fixture-stories.jsonl"
# SIGHUP reloads the dictionaries; the server keeps answering.
kill -HUP "$server_pid"
for _ in $(seq 1 100); do grep -q 'dictionaries reloaded' "$work/serve.log" && break; sleep 0.1; done
grep -q 'dictionaries reloaded' "$work/serve.log" || { echo "not ok - SIGHUP did not reload" >&2; cat "$work/serve.log" >&2; exit 1; }
node -e "fetch('$url/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" \
  || { echo "not ok - server down after SIGHUP" >&2; exit 1; }
echo "ok - SIGHUP reloaded the dictionaries and the server still answers"
echo "browser test: screenshots in $shots"
