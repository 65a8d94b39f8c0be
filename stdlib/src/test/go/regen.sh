#!/bin/sh
# Re-records the golden tables under src/test/resources from real Go (go1.19).
set -e
cd "$(dirname "$0")"
go run floattable.go > ../resources/minigo/stdlib/strconv/formatfloat.tsv
go run parsetable.go > ../resources/minigo/stdlib/strconv/parse.tsv
go run fmtcases.go > ../resources/minigo/stdlib/fmt/fmtcases.tsv
go run mathtable.go > ../resources/minigo/stdlib/math/mathtable.txt
go run unicodetable.go > ../resources/minigo/stdlib/unicode/unicodetable.txt
# End-to-end programs: their stdout as go1.19 prints it.
for f in ../resources/minigo/stdlib/e2e/*.go; do
  go run "$f" > "${f%.go}.out"
done
