#!/usr/bin/env bash
# Builds the dashboard (web/) with npm and copies it into a data directory:
#   scripts/build-web.sh build/share/dyad      -> build/share/dyad/web/
# `npm ci` installs the exact versions of web/package-lock.json (skipped when
# node_modules already holds that lock); `npm run build` runs vite. The
# assets always come from this build, never edited by hand.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dest=${1:?usage: scripts/build-web.sh DATA_DIR (e.g. build/share/dyad)}
command -v npm >/dev/null || { echo "build-web: npm not found (apt-get install nodejs npm)" >&2; exit 1; }
cd "$root/web"
if ! cmp -s package-lock.json node_modules/.dyad-lock 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.dyad-lock
fi
npm run build --silent
mkdir -p "$dest"
rm -rf "$dest/web.tmp"
cp -r dist "$dest/web.tmp"
rm -rf "$dest/web"
mv "$dest/web.tmp" "$dest/web"
echo "build-web: dashboard in $dest/web"
