#!/usr/bin/env bash
# Library sources and public headers are ASCII (UTF-8 belongs in tests/, dict/, examples/).
set -euo pipefail
root=${DYAD_SOURCE_DIR:?}
bad=$(cd "$root" && grep -rlP '[^\x00-\x7F]' src include apps || true)
if [ -n "$bad" ]; then
  echo "non-ASCII bytes in:"; echo "$bad"
  cd "$root" && grep -rnP '[^\x00-\x7F]' src include apps | head -n 20
  echo "0 passed, 1 failed"; exit 1
fi
echo "1 passed, 0 failed"
