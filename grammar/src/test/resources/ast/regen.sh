#!/bin/sh
# Regenerates <case>.ast for every <case>.go here: go/ast's tree and positions, printed by
# ../astdump/dump.go in the format of the test's AstDump. Needs Go on PATH.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
cp "$here/../astdump/dump.go" "$tmp/"
(cd "$tmp" && go mod init dump >/dev/null 2>&1 && go build -o dump .)
cd "$here"
for f in *.go; do
  "$tmp/dump" "$f" | sed -e "s|^$f: ||" > "${f%.go}.ast"
done
rm -rf "$tmp"
