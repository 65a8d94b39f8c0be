# command-line-arguments
./e81_defer_go_variadic.go:6:6: cannot inline main: unhandled op DEFER
./e81_defer_go_variadic.go:10:13: inlining call to fmt.Println
./e81_defer_go_variadic.go:9:2: func literal escapes to heap:
./e81_defer_go_variadic.go:9:2:   flow: {heap} = &{storage for func literal}:
./e81_defer_go_variadic.go:9:2:     from func literal (spill) at ./e81_defer_go_variadic.go:9:2
./e81_defer_go_variadic.go:8:19: main capturing by value: .autotmp_7 (addr=false assign=false width=16)
./e81_defer_go_variadic.go:8:23: main capturing by value: .autotmp_8 (addr=false assign=false width=16)
./e81_defer_go_variadic.go:8:23: main capturing by value: .autotmp_9 (addr=false assign=false width=16)
./e81_defer_go_variadic.go:8:34: main capturing by value: .autotmp_10 (addr=false assign=false width=16)
./e81_defer_go_variadic.go:9:16: main capturing by value: .autotmp_11 (addr=false assign=false width=16)
./e81_defer_go_variadic.go:9:16: main capturing by value: .autotmp_12 (addr=false assign=false width=16)
./e81_defer_go_variadic.go:10:28: len(y) escapes to heap:
./e81_defer_go_variadic.go:10:28:   flow: {storage for ... argument} = &{storage for len(y)}:
./e81_defer_go_variadic.go:10:28:     from len(y) (spill) at ./e81_defer_go_variadic.go:10:28
./e81_defer_go_variadic.go:10:28:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:28:   flow: fmt.a = &{storage for ... argument}:
./e81_defer_go_variadic.go:10:28:     from ... argument (spill) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:28:     from fmt.a := ... argument (assign-pair) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:28:   flow: {heap} = *fmt.a:
./e81_defer_go_variadic.go:10:28:     from fmt.Fprintln(io.Writer(os.Stdout), fmt.a...) (call parameter) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17: y escapes to heap:
./e81_defer_go_variadic.go:10:17:   flow: {storage for ... argument} = &{storage for y}:
./e81_defer_go_variadic.go:10:17:     from y (spill) at ./e81_defer_go_variadic.go:10:17
./e81_defer_go_variadic.go:10:17:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17:   flow: fmt.a = &{storage for ... argument}:
./e81_defer_go_variadic.go:10:17:     from ... argument (spill) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17:     from fmt.a := ... argument (assign-pair) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17:   flow: {heap} = *fmt.a:
./e81_defer_go_variadic.go:10:17:     from fmt.Fprintln(io.Writer(os.Stdout), fmt.a...) (call parameter) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17: "a" escapes to heap:
./e81_defer_go_variadic.go:10:17:   flow: {storage for ... argument} = &{storage for "a"}:
./e81_defer_go_variadic.go:10:17:     from "a" (spill) at ./e81_defer_go_variadic.go:10:17
./e81_defer_go_variadic.go:10:17:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17:   flow: fmt.a = &{storage for ... argument}:
./e81_defer_go_variadic.go:10:17:     from ... argument (spill) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17:     from fmt.a := ... argument (assign-pair) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:17:   flow: {heap} = *fmt.a:
./e81_defer_go_variadic.go:10:17:     from fmt.Fprintln(io.Writer(os.Stdout), fmt.a...) (call parameter) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:13: x escapes to heap:
./e81_defer_go_variadic.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./e81_defer_go_variadic.go:10:13:     from x (spill) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:13:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:13:   flow: fmt.a = &{storage for ... argument}:
./e81_defer_go_variadic.go:10:13:     from ... argument (spill) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:13:     from fmt.a := ... argument (assign-pair) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:10:13:   flow: {heap} = *fmt.a:
./e81_defer_go_variadic.go:10:13:     from fmt.Fprintln(io.Writer(os.Stdout), fmt.a...) (call parameter) at ./e81_defer_go_variadic.go:10:13
./e81_defer_go_variadic.go:9:16: x escapes to heap:
./e81_defer_go_variadic.go:9:16:   flow: .autotmp_12 = &{storage for x}:
./e81_defer_go_variadic.go:9:16:     from x (spill) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:     from .autotmp_12 = x (assign) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:   flow: {storage for ... argument} = .autotmp_12:
./e81_defer_go_variadic.go:9:16:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:   flow: {heap} = {storage for ... argument}:
./e81_defer_go_variadic.go:9:16:     from ... argument (spill) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:     from fmt.Println(... argument...) (call parameter) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16: y escapes to heap:
./e81_defer_go_variadic.go:9:16:   flow: .autotmp_11 = &{storage for y}:
./e81_defer_go_variadic.go:9:16:     from y (spill) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:     from .autotmp_11 = y (assign) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:   flow: {storage for ... argument} = .autotmp_11:
./e81_defer_go_variadic.go:9:16:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:   flow: {heap} = {storage for ... argument}:
./e81_defer_go_variadic.go:9:16:     from ... argument (spill) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:9:16:     from fmt.Println(... argument...) (call parameter) at ./e81_defer_go_variadic.go:9:16
./e81_defer_go_variadic.go:8:34: len(y) escapes to heap:
./e81_defer_go_variadic.go:8:34:   flow: .autotmp_10 = &{storage for len(y)}:
./e81_defer_go_variadic.go:8:34:     from len(y) (spill) at ./e81_defer_go_variadic.go:8:34
./e81_defer_go_variadic.go:8:34:     from .autotmp_10 = len(y) (assign) at ./e81_defer_go_variadic.go:8:34
./e81_defer_go_variadic.go:8:34:   flow: {storage for ... argument} = .autotmp_10:
./e81_defer_go_variadic.go:8:34:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:34:   flow: {heap} = {storage for ... argument}:
./e81_defer_go_variadic.go:8:34:     from ... argument (spill) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:34:     from fmt.Println(... argument...) (call parameter) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:23: y escapes to heap:
./e81_defer_go_variadic.go:8:23:   flow: .autotmp_9 = &{storage for y}:
./e81_defer_go_variadic.go:8:23:     from y (spill) at ./e81_defer_go_variadic.go:8:23
./e81_defer_go_variadic.go:8:23:     from .autotmp_9 = y (assign) at ./e81_defer_go_variadic.go:8:23
./e81_defer_go_variadic.go:8:23:   flow: {storage for ... argument} = .autotmp_9:
./e81_defer_go_variadic.go:8:23:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:23:   flow: {heap} = {storage for ... argument}:
./e81_defer_go_variadic.go:8:23:     from ... argument (spill) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:23:     from fmt.Println(... argument...) (call parameter) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:23: "a" escapes to heap:
./e81_defer_go_variadic.go:8:23:   flow: .autotmp_8 = &{storage for "a"}:
./e81_defer_go_variadic.go:8:23:     from "a" (spill) at ./e81_defer_go_variadic.go:8:23
./e81_defer_go_variadic.go:8:23:     from .autotmp_8 = "a" (assign) at ./e81_defer_go_variadic.go:8:23
./e81_defer_go_variadic.go:8:23:   flow: {storage for ... argument} = .autotmp_8:
./e81_defer_go_variadic.go:8:23:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:23:   flow: {heap} = {storage for ... argument}:
./e81_defer_go_variadic.go:8:23:     from ... argument (spill) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:23:     from fmt.Println(... argument...) (call parameter) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:19: x escapes to heap:
./e81_defer_go_variadic.go:8:19:   flow: .autotmp_7 = &{storage for x}:
./e81_defer_go_variadic.go:8:19:     from x (spill) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:19:     from .autotmp_7 = x (assign) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:19:   flow: {storage for ... argument} = .autotmp_7:
./e81_defer_go_variadic.go:8:19:     from ... argument (slice-literal-element) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:19:   flow: {heap} = {storage for ... argument}:
./e81_defer_go_variadic.go:8:19:     from ... argument (spill) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:19:     from fmt.Println(... argument...) (call parameter) at ./e81_defer_go_variadic.go:8:19
./e81_defer_go_variadic.go:8:19: x escapes to heap
./e81_defer_go_variadic.go:8:23: "a" escapes to heap
./e81_defer_go_variadic.go:8:23: y escapes to heap
./e81_defer_go_variadic.go:8:34: len(y) escapes to heap
./e81_defer_go_variadic.go:8:19: ... argument does not escape
./e81_defer_go_variadic.go:9:16: y escapes to heap
./e81_defer_go_variadic.go:9:16: x escapes to heap
./e81_defer_go_variadic.go:9:16: ... argument does not escape
./e81_defer_go_variadic.go:10:13: ... argument does not escape
./e81_defer_go_variadic.go:10:13: x escapes to heap
./e81_defer_go_variadic.go:10:17: "a" escapes to heap
./e81_defer_go_variadic.go:10:17: y escapes to heap
./e81_defer_go_variadic.go:10:28: len(y) escapes to heap
