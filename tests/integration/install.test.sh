#!/usr/bin/env bash
# `cmake --install` produces a working installation: the installed binary finds
# its run-time data under <prefix>/share/dyad without DYAD_DATA.
set -euo pipefail
root=${DYAD_SOURCE_DIR:?}
build=$(dirname "$(dirname "${DYAD:?}")")
prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null
test -x "$prefix/bin/dyad"
test -f "$prefix/include/dyad/dyad.h"
test -d "$prefix/share/dyad/lexicon"
out=$(env -u DYAD_DATA "$prefix/bin/dyad" split "$root/examples" | wc -l)
test "$out" -gt 10
echo "installed dyad split printed $out sentences"
echo "1 passed, 0 failed"
