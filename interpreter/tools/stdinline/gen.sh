#!/usr/bin/env bash
# Regenerates src/main/resources/minigo/escape/stdinline.txt from the local Go (1.19 expected):
# for each standard package minigo offers, every function Go can inline, its inlining cost, and
# the calls Go inlines inside its body (printed again, transitively, at each call site):
#   <importpath> <TAB> <Name as Go prints it> <TAB> <cost> <TAB> <nested1>,<nested2>,...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/main/resources/minigo/escape/stdinline.txt"
goroot=$(go env GOROOT)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && go build -o "$tmp/ranges" ranges.go)
: > "$out"
for p in errors strconv strings sort math math/bits sync sync/atomic time unicode unicode/utf8 bytes os fmt runtime runtime/debug io; do
    short=${p##*/}
    "$tmp/ranges" "$goroot/src/$p" > "$tmp/r.txt"
    go build -gcflags="$p=-m" "$p" 2>&1 | grep "inlining call to" | grep "/src/$p/[a-z_0-9]*\.go" \
        | sed -E "s#^.*/src/$p/([a-z_0-9]+\.go):([0-9]+):[0-9]+: inlining call to (.*)\$#\1 \2 \3#" > "$tmp/n.txt" || true
    go build -gcflags="$p=-m=2" "$p" 2>&1 | grep ": can inline " \
        | sed -E 's#^.*: can inline ([^ ]+) with cost ([0-9]+) as.*#\1 \2#' | while read -r name cost; do
        nested=$(awk -v name="$name" 'FNR==NR { if ($4 == name) { f[$1] = f[$1] " " $2 "-" $3 } next }
                { split(f[$1], rs, " "); for (i in rs) { split(rs[i], ab, "-"); if ($2 >= ab[1] && $2 <= ab[2]) print $3 } }' \
                "$tmp/r.txt" "$tmp/n.txt" | while read -r c; do
                    case "$c" in *.*) case "$c" in \(*) echo "$short.$c";; *) echo "$c";; esac;; *) echo "$short.$c";; esac
                done | paste -sd, -)
        printf '%s\t%s\t%s\t%s\n' "$p" "$name" "$cost" "$nested" >> "$out"
    done
done
