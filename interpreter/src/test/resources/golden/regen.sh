#!/usr/bin/env bash
# Records the expected behaviour of every golden program with real Go 1.19:
#   P.out   stdout, byte for byte
#   P.err   stderr (println output; for a crashing program only its first line is compared)
#   P.code  exit status of the program itself (built with go build, so not go run's "exit status")
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in *.go; do
    base=${src%.go}
    go build -o "$tmp/$base" "$src"
    set +e
    "$tmp/$base" >"$base.out" 2>"$base.err" </dev/null
    echo $? >"$base.code"
    set -e
done
