# command-line-arguments
./e80_elided_ptr_literals.go:9:6: can inline escapes with cost 18 as: func(int) { sink = []*point{...} }
./e80_elided_ptr_literals.go:13:6: can inline mapEscapes with cost 11 as: func(int) { sinkMap = map[string]*point{...} }
./e80_elided_ptr_literals.go:17:6: can inline staysOnStack with cost 29 as: func(int) int { ps := [2]*point{...}; return ps[0].x + ps[1].y }
./e80_elided_ptr_literals.go:22:6: can inline main with cost 68 as: func() { escapes(1); mapEscapes(2); println(staysOnStack(3)) }
./e80_elided_ptr_literals.go:23:9: inlining call to escapes
./e80_elided_ptr_literals.go:24:12: inlining call to mapEscapes
./e80_elided_ptr_literals.go:25:22: inlining call to staysOnStack
./e80_elided_ptr_literals.go:10:17: []*point{...} escapes to heap:
./e80_elided_ptr_literals.go:10:17:   flow: {heap} = &{storage for []*point{...}}:
./e80_elided_ptr_literals.go:10:17:     from []*point{...} (spill) at ./e80_elided_ptr_literals.go:10:17
./e80_elided_ptr_literals.go:10:17:     from sink = []*point{...} (assign) at ./e80_elided_ptr_literals.go:10:7
./e80_elided_ptr_literals.go:10:18: &point{...} escapes to heap:
./e80_elided_ptr_literals.go:10:18:   flow: {storage for []*point{...}} = &{storage for &point{...}}:
./e80_elided_ptr_literals.go:10:18:     from &point{...} (spill) at ./e80_elided_ptr_literals.go:10:18
./e80_elided_ptr_literals.go:10:18:     from []*point{...} (slice-literal-element) at ./e80_elided_ptr_literals.go:10:17
./e80_elided_ptr_literals.go:10:26: &point{...} escapes to heap:
./e80_elided_ptr_literals.go:10:26:   flow: {storage for []*point{...}} = &{storage for &point{...}}:
./e80_elided_ptr_literals.go:10:26:     from &point{...} (spill) at ./e80_elided_ptr_literals.go:10:26
./e80_elided_ptr_literals.go:10:26:     from []*point{...} (slice-literal-element) at ./e80_elided_ptr_literals.go:10:17
./e80_elided_ptr_literals.go:10:17: []*point{...} escapes to heap
./e80_elided_ptr_literals.go:10:18: &point{...} escapes to heap
./e80_elided_ptr_literals.go:10:26: &point{...} escapes to heap
./e80_elided_ptr_literals.go:14:29: map[string]*point{...} escapes to heap:
./e80_elided_ptr_literals.go:14:29:   flow: {heap} = &{storage for map[string]*point{...}}:
./e80_elided_ptr_literals.go:14:29:     from map[string]*point{...} (spill) at ./e80_elided_ptr_literals.go:14:29
./e80_elided_ptr_literals.go:14:29:     from sinkMap = map[string]*point{...} (assign) at ./e80_elided_ptr_literals.go:14:10
./e80_elided_ptr_literals.go:14:35: &point{...} escapes to heap:
./e80_elided_ptr_literals.go:14:35:   flow: {heap} = &{storage for &point{...}}:
./e80_elided_ptr_literals.go:14:35:     from &point{...} (spill) at ./e80_elided_ptr_literals.go:14:35
./e80_elided_ptr_literals.go:14:35:     from map[string]*point{...} (map literal value) at ./e80_elided_ptr_literals.go:14:29
./e80_elided_ptr_literals.go:14:29: map[string]*point{...} escapes to heap
./e80_elided_ptr_literals.go:14:35: &point{...} escapes to heap
./e80_elided_ptr_literals.go:18:18: &point{...} does not escape
./e80_elided_ptr_literals.go:18:26: &point{...} does not escape
./e80_elided_ptr_literals.go:23:9: []*point{...} escapes to heap:
./e80_elided_ptr_literals.go:23:9:   flow: {heap} = &{storage for []*point{...}}:
./e80_elided_ptr_literals.go:23:9:     from []*point{...} (spill) at ./e80_elided_ptr_literals.go:23:9
./e80_elided_ptr_literals.go:23:9:     from sink = []*point{...} (assign) at ./e80_elided_ptr_literals.go:23:9
./e80_elided_ptr_literals.go:23:9: &point{...} escapes to heap:
./e80_elided_ptr_literals.go:23:9:   flow: {storage for []*point{...}} = &{storage for &point{...}}:
./e80_elided_ptr_literals.go:23:9:     from &point{...} (spill) at ./e80_elided_ptr_literals.go:23:9
./e80_elided_ptr_literals.go:23:9:     from []*point{...} (slice-literal-element) at ./e80_elided_ptr_literals.go:23:9
./e80_elided_ptr_literals.go:23:9: &point{...} escapes to heap:
./e80_elided_ptr_literals.go:23:9:   flow: {storage for []*point{...}} = &{storage for &point{...}}:
./e80_elided_ptr_literals.go:23:9:     from &point{...} (spill) at ./e80_elided_ptr_literals.go:23:9
./e80_elided_ptr_literals.go:23:9:     from []*point{...} (slice-literal-element) at ./e80_elided_ptr_literals.go:23:9
./e80_elided_ptr_literals.go:24:12: map[string]*point{...} escapes to heap:
./e80_elided_ptr_literals.go:24:12:   flow: {heap} = &{storage for map[string]*point{...}}:
./e80_elided_ptr_literals.go:24:12:     from map[string]*point{...} (spill) at ./e80_elided_ptr_literals.go:24:12
./e80_elided_ptr_literals.go:24:12:     from sinkMap = map[string]*point{...} (assign) at ./e80_elided_ptr_literals.go:24:12
./e80_elided_ptr_literals.go:24:12: &point{...} escapes to heap:
./e80_elided_ptr_literals.go:24:12:   flow: {heap} = &{storage for &point{...}}:
./e80_elided_ptr_literals.go:24:12:     from &point{...} (spill) at ./e80_elided_ptr_literals.go:24:12
./e80_elided_ptr_literals.go:24:12:     from map[string]*point{...} (map literal value) at ./e80_elided_ptr_literals.go:24:12
./e80_elided_ptr_literals.go:23:9: []*point{...} escapes to heap
./e80_elided_ptr_literals.go:23:9: &point{...} escapes to heap
./e80_elided_ptr_literals.go:23:9: &point{...} escapes to heap
./e80_elided_ptr_literals.go:24:12: map[string]*point{...} escapes to heap
./e80_elided_ptr_literals.go:24:12: &point{...} escapes to heap
./e80_elided_ptr_literals.go:25:22: &point{...} does not escape
./e80_elided_ptr_literals.go:25:22: &point{...} does not escape
