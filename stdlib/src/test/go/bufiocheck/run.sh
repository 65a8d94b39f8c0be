#!/bin/sh
# Compiles minigo's bufio (Go source under src/main/resources) with the Go toolchain as package
# bv/mybufio and runs diff_test.go.txt, which compares its Scanner, Reader and Writer with Go's
# bufio on 20,000 random cases each. Needs go1.19; not part of the Maven build.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
work="${TMPDIR:-/tmp}/minigo-bufiocheck"
rm -rf "$work"
mkdir -p "$work/mybufio"
printf 'module bv\n\ngo 1.19\n' > "$work/go.mod"
for f in $(cat "$here/../../../main/resources/minigo/stdlib/bufio/FILES"); do
  sed 's/^package bufio$/package mybufio/' "$here/../../../main/resources/minigo/stdlib/bufio/$f" > "$work/mybufio/$f"
done
cp "$here/diff_test.go.txt" "$work/main_test.go"
cd "$work" && go vet ./... && go test ./...
