# command-line-arguments
./03_interface_boxing.go:21:13: inlining call to fmt.Println
./03_interface_boxing.go:21:13: ... argument does not escape
./03_interface_boxing.go:21:13: x escapes to heap
./03_interface_boxing.go:21:13: s escapes to heap
