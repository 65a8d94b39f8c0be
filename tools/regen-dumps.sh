#!/usr/bin/env bash
# Records the whole stderr of real Go 1.19 for the goroutine-dump programs (examples' sched/
# deadlock_*.go, panic_*.go and fatal_*.go) as P.stderr; FailureDumpTest compares minigo's dumps with them,
# Go's goroutine headers and main package frames (ids, addresses and runtime frames normalised).
# Usage: tools/regen-dumps.sh [P.go ...]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
unset GOGC GOMEMLIMIT GODEBUG GOMAXPROCS GOTRACEBACK
if [ $# -eq 0 ]; then
    set -- "$root"/examples/src/test/resources/sched/deadlock_*.go "$root"/examples/src/test/resources/sched/panic_*.go \
        "$root"/examples/src/test/resources/sched/fatal_*.go
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for src in "$@"; do
    dir=$(dirname "$src"); file=$(basename "$src")
    (cd "$dir" && go build -o "$tmp/prog" "$file") || { echo "does not build: $src"; continue; }
    # Positions as from the program's directory (./P.go), like the other goldens.
    (cd "$dir" && timeout 60 "$tmp/prog") 2>&1 >/dev/null </dev/null | sed "s#$(cd "$dir" && pwd)/#./#g" >"${src%.go}.stderr"
    echo "recorded ${src%.go}.stderr"
done
