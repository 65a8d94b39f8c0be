#!/bin/sh
# Compiles minigo's Go sources of some standard packages with the Go toolchain, each as package
# dc/my<name>, and runs the *_test.go.txt files here, which compare them with Go's own packages on
# random inputs and call sequences (bufio; path and path/filepath; container/heap and list;
# time.ParseDuration).
# Needs go1.19; not part of the Maven build.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
res="$here/../../../main/resources/minigo/stdlib"
work="${TMPDIR:-/tmp}/minigo-diffcheck"
rm -rf "$work"
mkdir -p "$work"
printf 'module dc\n\ngo 1.19\n' > "$work/go.mod"
for spec in bufio:mybufio path:mypath path/filepath:myfilepath container/heap:myheap container/list:mylist; do
  pkg=${spec%%:*}; name=${spec#*:}
  mkdir -p "$work/$name"
  for f in $(cat "$res/$pkg/FILES"); do
    sed -E "s/^package [a-z]+$/package $name/; s#^(\s*)\"path\"\$#\1path \"dc/mypath\"#" "$res/$pkg/$f" > "$work/$name/$f"
  done
done
# time: only ParseDuration (parse.go; the rest of our time package is natives), over a stub Duration.
mkdir -p "$work/mytime"
sed 's/^package time$/package mytime/' "$res/time/parse.go" > "$work/mytime/parse.go"
printf 'package mytime\n\ntype Duration int64\n\nconst (\n\tNanosecond Duration = 1\n\tMicrosecond = 1000 * Nanosecond\n\tMillisecond = 1000 * Microsecond\n\tSecond = 1000 * Millisecond\n\tMinute = 60 * Second\n\tHour = 60 * Minute\n)\n' > "$work/mytime/duration.go"
for t in "$here"/*_test.go.txt; do
  cp "$t" "$work/$(basename "$t" .txt)"
done
cd "$work" && go vet ./... && go test ./...
