#!/usr/bin/env bash
# Re-records the expected results of the end-to-end programs with real Go 1.19
# (apt-get install golang-go). For each P.go it writes:
#   P.out   stdout of the program, byte for byte
#   P.code  its exit status (2 for a program that does not compile, as go run)
#   P.err   for a failing program: the first stderr line, or for a compile failure the whole
#           listing of errors as `go run` prints it (with the # command-line-arguments header)
# A P.stdin file next to P.go is fed to the program as its standard input (else /dev/null).
# A program is run RUNS times (default 3); if its results differ between runs it is reported as
# UNSTABLE and left alone. Usage: tools/regen-golden.sh [-n RUNS] [P.go ...]
# (default: every .go under examples/ that already has a .out file).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
unset GOGC GOMEMLIMIT GODEBUG GOMAXPROCS
runs=3
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
if [ $# -eq 0 ]; then
    mapfile -t files < <(find "$root/examples" -name '*.go' -not -path '*/target/*' | sort)
    set -- "${files[@]}"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
rc=0
for src in "$@"; do
    base=${src%.go}
    [ -f "$base.out" ] || [ "$#" -lt 50 ] || continue
    dir=$(dirname "$src"); file=$(basename "$src")
    # Build and run from the program's directory, so that positions read ./P.go; the test harness
    # prints minigo's positions the same way.
    # P.flags with --faketime: Go's own fake clock (the playground's runtime, -tags faketime), whose
    # output comes in playback records; tools/playback-text strips them.
    tags=(); filter=cat
    if [ -f "$base.flags" ] && grep -q -- '--faketime' "$base.flags"; then
        tags=(-tags faketime); filter="$root/tools/playback-text"
    fi
    if ! (cd "$dir" && go build "${tags[@]}" -o "$tmp/prog" "$file") 2>"$tmp/build"; then
        : >"$base.out"; echo 2 >"$base.code"; cp "$tmp/build" "$base.err"
        echo "compile error recorded: $src"
        continue
    fi
    same=1
    # P.stdin, if there is one, is the program's standard input.
    stdin=/dev/null
    [ -f "$base.stdin" ] && stdin="$base.stdin"
    for i in $(seq 1 "$runs"); do
        (cd "$dir" && timeout 120 "$tmp/prog") >"$tmp/raw$i" 2>"$tmp/err$i" <"$stdin"
        echo $? >"$tmp/code$i"; head -n 1 "$tmp/err$i" >"$tmp/first$i"
        $filter <"$tmp/raw$i" >"$tmp/out$i"
        if [ "$i" -gt 1 ]; then
            cmp -s "$tmp/out1" "$tmp/out$i" && cmp -s "$tmp/code1" "$tmp/code$i" || same=0
            [ "$(cat "$tmp/code1")" = 0 ] || cmp -s "$tmp/first1" "$tmp/first$i" || same=0
        fi
    done
    if [ "$same" = 0 ]; then echo "UNSTABLE: $src"; rc=1; continue; fi
    cp "$tmp/out1" "$base.out"; cp "$tmp/code1" "$base.code"
    if [ "$(cat "$tmp/code1")" != 0 ] && [ -s "$tmp/first1" ]; then cp "$tmp/first1" "$base.err"; else rm -f "$base.err"; fi
done
exit $rc
