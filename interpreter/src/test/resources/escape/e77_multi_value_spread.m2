# command-line-arguments
./e77_multi_value_spread.go:5:6: cannot inline two: marked go:noinline
./e77_multi_value_spread.go:7:6: can inline a with cost 69 as: func() { println(two()) }
./e77_multi_value_spread.go:11:6: can inline b with cost 69 as: func() { x, y := two(); println(x, y) }
./e77_multi_value_spread.go:21:6: cannot inline two2: marked go:noinline
./e77_multi_value_spread.go:24:6: cannot inline add: marked go:noinline
./e77_multi_value_spread.go:16:6: cannot inline c: function too complex: cost 128 exceeds budget 80
./e77_multi_value_spread.go:26:6: cannot inline main: function too complex: cost 201 exceeds budget 80
./e77_multi_value_spread.go:27:3: inlining call to a
./e77_multi_value_spread.go:28:3: inlining call to b
