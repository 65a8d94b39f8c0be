#!/bin/sh
# Records what Go 1.19 prints for each program under
# src/test/resources/minigo/runtime/memory/go/ into its .out file. The Java
# tests replay the programs' allocation sequences and compare with these.
# Usage: runtime/tools/regen-memstats-golden.sh   (needs go1.19 on PATH)
set -eu
dir=$(cd "$(dirname "$0")/../src/test/resources/minigo/runtime/memory/go" && pwd)
go version | grep -q 'go1\.19' || { echo "regen-memstats-golden: need go1.19, have: $(go version)" >&2; exit 1; }
for f in "$dir"/*.go; do
    out="${f%.go}.out"
    (cd "$dir" && GOGC=100 go run "$(basename "$f")") > "$out"
    echo "$(basename "$out"): $(wc -l < "$out") lines"
done
