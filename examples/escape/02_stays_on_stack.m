# command-line-arguments
./02_stays_on_stack.go:35:13: inlining call to fmt.Println
./02_stays_on_stack.go:19:10: p does not escape
./02_stays_on_stack.go:35:13: ... argument does not escape
./02_stays_on_stack.go:35:17: sum() escapes to heap
