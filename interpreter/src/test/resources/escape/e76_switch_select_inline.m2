# command-line-arguments
./e76_switch_select_inline.go:4:6: can inline sw with cost 8 as: func(int) int { switch statement; return 0 }
./e76_switch_select_inline.go:12:6: can inline ts with cost 9 as: func(any) int { switch statement; return 0 }
./e76_switch_select_inline.go:20:6: can inline sel with cost 17 as: func(chan int) int { select statement; return 0 }
./e76_switch_select_inline.go:29:6: can inline sel2 with cost 8 as: func(chan int) (int, bool) { select statement; return  }
./e76_switch_select_inline.go:36:6: can inline main with cost 72 as: func() { c := make(chan int); println(sw(1), ts(1), sel(c)); println(sel2(c)) }
./e76_switch_select_inline.go:38:12: inlining call to sw
./e76_switch_select_inline.go:38:19: inlining call to ts
./e76_switch_select_inline.go:38:27: inlining call to sel
./e76_switch_select_inline.go:39:14: inlining call to sel2
./e76_switch_select_inline.go:12:9: x does not escape
./e76_switch_select_inline.go:20:10: c does not escape
./e76_switch_select_inline.go:29:11: c does not escape
./e76_switch_select_inline.go:38:20: 1 does not escape
