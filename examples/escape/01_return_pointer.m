# command-line-arguments
./01_return_pointer.go:30:13: inlining call to fmt.Println
./01_return_pointer.go:23:2: moved to heap: c
./01_return_pointer.go:30:13: ... argument does not escape
./01_return_pointer.go:30:15: c.n escapes to heap
