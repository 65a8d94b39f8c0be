#!/bin/sh
# Compiles minigo's Go sources of the standard packages with the real Go toolchain, as packages
# mg/<path> whose natives are stood in by natives_<pkg>.go.txt (written over Go's own package), and
# runs check.go, which compares them with Go's packages. Needs go1.19; not part of the Maven build.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
res="$here/../../../main/resources/minigo/stdlib"
work="${TMPDIR:-/tmp}/minigo-gocheck"
rm -rf "$work"
mkdir -p "$work"
printf 'module mg\n\ngo 1.19\n' > "$work/go.mod"
for p in errors strings unicode unicode/utf8 strconv sort io bytes time; do
  mkdir -p "$work/$p"
  for f in $(cat "$res/$p/FILES"); do
    # Drop body-less (native) declarations; point imports of our packages at mg/.
    sed -E '/^func [^{]*$/d; /^\/\/go:noescape/d' "$res/$p/$f" |
      sed -E 's#^(\s*)"(errors|strings|unicode|unicode/utf8|strconv|sort|io|bytes|time)"$#\1"mg/\2"#; s#^import "(errors|strings|unicode|unicode/utf8|strconv|sort|io|bytes|time)"$#import "mg/\1"#' > "$work/$p/$f"
  done
  n="$here/natives_$(echo $p | tr / _).go.txt"
  [ -f "$n" ] && cp "$n" "$work/$p/natives.go"
done
mkdir -p "$work/check"
cp "$here/check.go.txt" "$work/check/main.go"
cd "$work" && go vet ./... && go run ./check
