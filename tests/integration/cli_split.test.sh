#!/usr/bin/env bash
# `dyad split` as a user runs it: folders, stdin, formats, bad records, exit codes.
set -uo pipefail
DYAD=${DYAD:?}; root=${DYAD_SOURCE_DIR:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}

# 1. The examples folder reads without skipping anything (exit 0) and every
#    sentence line has story id, index, base:span and text.
"$DYAD" split "$root/examples" > "$tmp/all.txt" 2> "$tmp/all.err"; rc=$?
check "examples exit 0" test $rc -eq 0
check "examples produce sentences" test "$(wc -l < "$tmp/all.txt")" -gt 10
check "sentence lines well formed" \
  test "$(grep -cvP '^[^\t]+\t\d+\t(text|title):\d+-\d+\t.+$' "$tmp/all.txt")" -eq 0

# 2. Spans are exact byte offsets into the file for .txt input.
f=$(ls "$root"/examples/*.txt | head -n 1)
line=$("$DYAD" split "$f" | head -n 1)
span=$(echo "$line" | cut -f3 | sed 's/^text://')
b=${span%-*}; e=${span#*-}
check "span slices the original file" test "$(tail -c +$((b + 1)) "$f" | head -c $((e - b)) | tr '\n' ' ' | tr -s ' ')" = "$(echo "$line" | cut -f4)"

# 3. stdin, explicit format, JSON Lines output with tokens and tags.
printf '{"id":"s1","date":"2025-11-11","text":"Wang Yi met Anita Anand. They talked."}\n' |
  "$DYAD" split --input-format jsonl --output-format jsonl > "$tmp/s.jsonl"; rc=$?
check "stdin jsonl exit 0" test $rc -eq 0
check "two sentences from stdin" test "$(wc -l < "$tmp/s.jsonl")" -eq 2
check "tokens carry tags" grep -q '"pos":"VBD"' "$tmp/s.jsonl"

# 4. A bad record is reported with file and line, the others still come out, exit 1.
printf '{"id":"a","text":"First story here."}\n{"id":"b","text":\n{"id":"c","text":"Third story here."}\n' > "$tmp/bad.jsonl"
"$DYAD" split "$tmp/bad.jsonl" --errors "$tmp/errors.jsonl" > "$tmp/bad.out" 2> "$tmp/bad.err"; rc=$?
check "bad record exit 1" test $rc -eq 1
check "other records coded" test "$(cut -f1 "$tmp/bad.out" | sort -u | tr '\n' ' ')" = "a c "
check "stderr names file and line" grep -q "bad.jsonl:2" "$tmp/bad.err"
check "--errors has one JSON line" test "$(wc -l < "$tmp/errors.jsonl")" -eq 1
check "--errors names the line" grep -q '"line":2' "$tmp/errors.jsonl"

# 5. Usage errors exit 2 with a message.
"$DYAD" split --date 2025-13-40 "$root/examples" > /dev/null 2> "$tmp/usage.err"; rc=$?
check "bad --date exit 2" test $rc -eq 2
check "bad --date explained" grep -q -- "--date" "$tmp/usage.err"
"$DYAD" split "$tmp/does-not-exist.jsonl" > /dev/null 2> "$tmp/missing.err"; rc=$?
check "missing input is not silent" test $rc -ne 0 -a -s "$tmp/missing.err"

echo "$((14 - fails)) passed, $fails failed"
exit $((fails > 0))
