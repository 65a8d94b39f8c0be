#!/bin/sh
# Regenerates the expected outputs of the type checker's golden tests with real Go 1.19.
#   errors/NAME.go -> errors/NAME.err : what `go build` prints (without the "# command-line-arguments" line)
#   sizes/sizes.go -> sizes/sizes.out : unsafe.Sizeof/Alignof/Offsetof as gc computes them (amd64)
#   consts/consts.go -> consts/consts.out : constant expressions as Go prints them
# Run from this directory: ./regen.sh
set -e
cd "$(dirname "$0")"
go version
for f in errors/*.go; do
  b=$(basename "$f" .go)
  (cd errors && go build -o /dev/null "./$b.go" 2>&1 | grep -v '^#' > "$b.err" || true)
done
for d in sizes consts; do
  for f in $d/*.go; do
    [ -f "$f" ] || continue
    b=$(basename "$f" .go)
    (cd $d && go run "./$b.go" > "$b.out")
  done
done
# ok/*.go are copied from the conformance corpus; they must build.
for f in ok/*.go; do go build -o /dev/null "$f"; done
