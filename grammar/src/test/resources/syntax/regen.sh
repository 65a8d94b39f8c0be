#!/bin/sh
# Regenerates the golden first error line (<case>.err) of every syntax error case from real Go.
# Run from anywhere: sh grammar/src/test/resources/syntax/regen.sh   (needs Go 1.19 on PATH)
set -e
cd "$(dirname "$0")"
for f in *.go; do
  name="${f%.go}"
  out=$(cd "$(mktemp -d)" && cp "$OLDPWD/$f" . && go build -o /dev/null "$f" 2>&1 || true)
  echo "$out" | grep -v '^#' | head -1 | sed -e 's|^\./||' > "$name.err"
done
