# command-line-arguments
./04_closure_capture.go:28:9: can inline local.func1
./04_closure_capture.go:30:6: inlining call to local.func1
./04_closure_capture.go:38:9: can inline makeCounter.func1
./04_closure_capture.go:47:13: inlining call to fmt.Println
./04_closure_capture.go:26:12: xs does not escape
./04_closure_capture.go:28:9: func literal does not escape
./04_closure_capture.go:37:2: moved to heap: count
./04_closure_capture.go:38:9: func literal escapes to heap
./04_closure_capture.go:47:13: ... argument does not escape
./04_closure_capture.go:47:19: local([]int{...}) escapes to heap
./04_closure_capture.go:47:25: []int{...} does not escape
./04_closure_capture.go:47:41: next() escapes to heap
