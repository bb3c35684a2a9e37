#!/usr/bin/env bash
# The demo that `make demo` runs and the README shows. Prints each command as
# "$ dyad ..." followed by its output; tests/golden/readme_demo.test.sh checks
# that the README's demo block is exactly this output (stdout; progress and
# timing lines go to stderr). The store is the default database: $DYAD_DB,
# else ./dyad.db (ingest is idempotent, so the demo can be rerun).
set -euo pipefail
cd "$(dirname "$0")/.."
DYAD=${DYAD:-build/bin/dyad}

run() {
  echo "\$ dyad $*"
  "$DYAD" "$@"
}

run split examples/2025-10-31-gyeongju-xi-carney.txt
run code --output-format table examples/
run ingest examples/
run series --dyad CHN,CAN --by month
