# command-line-arguments
./e78_panic_constants.go:8:6: can inline f with cost 28 as: func(int) { if i == 1 { panic(C) }; if i == 2 { panic(1 + 2) }; if i == 3 { panic(E("x")) }; if i == 4 { panic("y") } }
./e78_panic_constants.go:23:6: can inline main with cost 31 as: func() { f(0) }
./e78_panic_constants.go:24:3: inlining call to f
./e78_panic_constants.go:10:8: C escapes to heap:
./e78_panic_constants.go:10:8:   flow: {heap} = &{storage for C}:
./e78_panic_constants.go:10:8:     from C (spill) at ./e78_panic_constants.go:10:8
./e78_panic_constants.go:10:8:     from panic(C) (call parameter) at ./e78_panic_constants.go:10:8
./e78_panic_constants.go:13:8: 1 + 2 escapes to heap:
./e78_panic_constants.go:13:8:   flow: {heap} = &{storage for 1 + 2}:
./e78_panic_constants.go:13:8:     from 1 + 2 (spill) at ./e78_panic_constants.go:13:8
./e78_panic_constants.go:13:8:     from panic(1 + 2) (call parameter) at ./e78_panic_constants.go:13:8
./e78_panic_constants.go:16:8: E("x") escapes to heap:
./e78_panic_constants.go:16:8:   flow: {heap} = &{storage for E("x")}:
./e78_panic_constants.go:16:8:     from E("x") (spill) at ./e78_panic_constants.go:16:8
./e78_panic_constants.go:16:8:     from panic(E("x")) (call parameter) at ./e78_panic_constants.go:16:8
./e78_panic_constants.go:19:8: "y" escapes to heap:
./e78_panic_constants.go:19:8:   flow: {heap} = &{storage for "y"}:
./e78_panic_constants.go:19:8:     from "y" (spill) at ./e78_panic_constants.go:19:8
./e78_panic_constants.go:19:8:     from panic("y") (call parameter) at ./e78_panic_constants.go:19:8
./e78_panic_constants.go:10:8: C escapes to heap
./e78_panic_constants.go:13:8: 1 + 2 escapes to heap
./e78_panic_constants.go:16:8: E("x") escapes to heap
./e78_panic_constants.go:19:8: "y" escapes to heap
./e78_panic_constants.go:24:3: C escapes to heap:
./e78_panic_constants.go:24:3:   flow: {heap} = &{storage for C}:
./e78_panic_constants.go:24:3:     from C (spill) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3:     from panic(C) (call parameter) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3: 1 + 2 escapes to heap:
./e78_panic_constants.go:24:3:   flow: {heap} = &{storage for 1 + 2}:
./e78_panic_constants.go:24:3:     from 1 + 2 (spill) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3:     from panic(1 + 2) (call parameter) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3: E("x") escapes to heap:
./e78_panic_constants.go:24:3:   flow: {heap} = &{storage for E("x")}:
./e78_panic_constants.go:24:3:     from E("x") (spill) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3:     from panic(E("x")) (call parameter) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3: "y" escapes to heap:
./e78_panic_constants.go:24:3:   flow: {heap} = &{storage for "y"}:
./e78_panic_constants.go:24:3:     from "y" (spill) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3:     from panic("y") (call parameter) at ./e78_panic_constants.go:24:3
./e78_panic_constants.go:24:3: C escapes to heap
./e78_panic_constants.go:24:3: 1 + 2 escapes to heap
./e78_panic_constants.go:24:3: E("x") escapes to heap
./e78_panic_constants.go:24:3: "y" escapes to heap
