# command-line-arguments
./e79_runtime_calls.go:8:6: cannot inline main: function too complex: cost 167 exceeds budget 80
./e79_runtime_calls.go:10:26: can inline main.func1 with cost 5 as: func(*T) { println(q.a[0]) }
./e79_runtime_calls.go:10:26: func literal escapes to heap:
./e79_runtime_calls.go:10:26:   flow: {heap} = &{storage for func literal}:
./e79_runtime_calls.go:10:26:     from func literal (spill) at ./e79_runtime_calls.go:10:26
./e79_runtime_calls.go:10:26:     from func literal (interface-converted) at ./e79_runtime_calls.go:10:26
./e79_runtime_calls.go:10:26:     from runtime.SetFinalizer(p, func literal) (call parameter) at ./e79_runtime_calls.go:10:22
./e79_runtime_calls.go:9:7: &T{} escapes to heap:
./e79_runtime_calls.go:9:7:   flow: p = &{storage for &T{}}:
./e79_runtime_calls.go:9:7:     from &T{} (spill) at ./e79_runtime_calls.go:9:7
./e79_runtime_calls.go:9:7:     from p := &T{} (assign) at ./e79_runtime_calls.go:9:4
./e79_runtime_calls.go:9:7:   flow: {heap} = p:
./e79_runtime_calls.go:9:7:     from p (interface-converted) at ./e79_runtime_calls.go:10:22
./e79_runtime_calls.go:9:7:     from runtime.SetFinalizer(p, func literal) (call parameter) at ./e79_runtime_calls.go:10:22
./e79_runtime_calls.go:10:31: q does not escape
./e79_runtime_calls.go:9:7: &T{} escapes to heap
./e79_runtime_calls.go:10:26: func literal escapes to heap
./e79_runtime_calls.go:13:7: &T{} does not escape
