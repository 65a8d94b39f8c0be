# command-line-arguments
./05_slice_size.go:41:13: inlining call to fmt.Println
./05_slice_size.go:21:11: make([]int, 16) does not escape
./05_slice_size.go:28:11: make([]int, 10000) escapes to heap
./05_slice_size.go:35:11: make([]int, n) escapes to heap
./05_slice_size.go:41:13: ... argument does not escape
./05_slice_size.go:41:19: small() escapes to heap
./05_slice_size.go:41:26: big() escapes to heap
./05_slice_size.go:41:35: sized(8) escapes to heap
