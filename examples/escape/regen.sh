#!/usr/bin/env bash
# Re-records the expected outputs of the escape-analysis tour with real Go 1.19:
#   P.out   stdout of `go run P.go`
#   P.code  its exit status
#   P.m     stderr of `go build -gcflags=-m P.go` (with the "# command-line-arguments" header)
# Run from anywhere; the files are recorded from this directory, where Go shows ./P.go.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
go version
for f in [0-9]*.go; do
    p=${f%.go}
    code=0
    go run "$f" >"$p.out" || code=$?
    echo "$code" >"$p.code"
    go build -o /dev/null -gcflags=-m "$f" 2>"$p.m"
    echo "$f: exit $code"
done
