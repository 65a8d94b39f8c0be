# command-line-arguments
./07_param_leak.go:45:13: inlining call to fmt.Println
./07_param_leak.go:26:13: s does not escape
./07_param_leak.go:31:12: leaking param: p to result ~r0 level=0
./07_param_leak.go:36:11: leaking param: p
./07_param_leak.go:41:12: moved to heap: c
./07_param_leak.go:45:13: ... argument does not escape
./07_param_leak.go:45:13: n escapes to heap
./07_param_leak.go:45:23: b.data[0] escapes to heap
./07_param_leak.go:45:33: kept == &c escapes to heap
