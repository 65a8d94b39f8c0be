#!/usr/bin/env bash
# Re-records the expected -m output of every program here with the local Go (1.19 expected):
#   P.m1 = go build -gcflags=-m P.go   P.m2 = go build -gcflags='-m -m' P.go   (stderr, run in this folder)
# errorcheck/*.go carry their expectations inline as // ERROR "regexp" comments and need no regeneration.
set -euo pipefail
cd "$(dirname "$0")"
go version | grep -q 'go1\.19' || echo "warning: expected Go 1.19, got: $(go version)" >&2
for f in *.go; do
    b=${f%.go}
    go build -o /dev/null -gcflags=-m "$f" 2>"$b.m1" || true
    go build -o /dev/null -gcflags='-m -m' "$f" 2>"$b.m2" || true
done
# more/: programs from the conformance corpus; only -m is recorded.
for f in more/*.go; do
    (cd more && go build -o /dev/null -gcflags=-m "$(basename "$f")" 2>"$(basename "${f%.go}").m1") || true
done
