#!/bin/sh
# Compiles minigo's Go sources of some standard packages with the Go toolchain, each as package
# dc/my<name>, and runs the *_test.go.txt files here, which compare them with Go's own packages on
# random inputs and call sequences (bufio; path and path/filepath; container/heap, list and ring;
# text/tabwriter; time: ParseDuration, Date, Format, Parse).
# Needs go1.19; not part of the Maven build.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
res="$here/../../../main/resources/minigo/stdlib"
work="${TMPDIR:-/tmp}/minigo-diffcheck"
rm -rf "$work"
mkdir -p "$work"
printf 'module dc\n\ngo 1.19\n' > "$work/go.mod"
for spec in bufio:mybufio path:mypath path/filepath:myfilepath container/heap:myheap container/list:mylist \
    container/ring:myring text/tabwriter:mytabwriter; do
  pkg=${spec%%:*}; name=${spec#*:}
  mkdir -p "$work/$name"
  for f in $(cat "$res/$pkg/FILES"); do
    sed -E "s/^package [a-z]+$/package $name/; s#^(\s*)\"path\"\$#\1path \"dc/mypath\"#" "$res/$pkg/$f" > "$work/$name/$f"
  done
done
# time: the Go parts (instant, format, timeparse, parse), without the natives' declarations,
# over stubs for the rest (time_stubs.go.txt: Duration, a UTC-only zone database).
mkdir -p "$work/mytime"
for f in instant.go format.go timeparse.go parse.go; do
  sed -E 's/^package time$/package mytime/; /^func [^{]*$/d' "$res/time/$f" > "$work/mytime/$f"
done
cp "$here/time_stubs.go.txt" "$work/mytime/stubs.go"
for t in "$here"/*_test.go.txt; do
  cp "$t" "$work/$(basename "$t" .txt)"
done
cd "$work" && go vet ./... && TZ=UTC go test ./...
