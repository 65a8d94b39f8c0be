#!/bin/sh
# Regenerates the golden data of minigo.interp.values tests from real Go (go1.19).
set -e
cd "$(dirname "$0")"
out=../../resources/minigo/interp/values
mkdir -p "$out"
go run floats.go 2> "$out/floats.txt"
go run slices.go > "$out/slices.txt"
go run strings.go > "$out/strings.txt"
go run maps.go > "$out/maps.txt"
go run errors.go > "$out/errors.txt"
