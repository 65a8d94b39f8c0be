# command-line-arguments
./06_inlining.go:21:6: can inline newPoint
./06_inlining.go:26:15: inlining call to newPoint
./06_inlining.go:27:13: inlining call to fmt.Println
./06_inlining.go:22:9: &point{...} escapes to heap
./06_inlining.go:26:15: &point{...} does not escape
./06_inlining.go:27:13: ... argument does not escape
./06_inlining.go:27:22: p.x * p.x + p.y * p.y escapes to heap
