# command-line-arguments
./e75_intrinsics.go:13:6: can inline a with cost 26 as: func(float64) float64 { return math.Sqrt(x) + math.Abs(x) + math.Floor(x) }
./e75_intrinsics.go:13:59: inlining call to math.Abs
./e75_intrinsics.go:13:59: inlining call to math.Float64bits
./e75_intrinsics.go:13:59: inlining call to math.Float64frombits
./e75_intrinsics.go:14:6: can inline b with cost 22 as: func(uint64) int { return bits.OnesCount64(x) + bits.LeadingZeros64(x) + bits.TrailingZeros(uint(x)) }
./e75_intrinsics.go:14:76: inlining call to bits.LeadingZeros64
./e75_intrinsics.go:14:100: inlining call to bits.TrailingZeros
./e75_intrinsics.go:15:6: can inline c with cost 4 as: func(*int) { runtime.KeepAlive(p) }
./e75_intrinsics.go:16:6: can inline d with cost 11 as: func() int64 { return "sync/atomic".AddInt64(&n, 1) + "sync/atomic".LoadInt64(&n) }
./e75_intrinsics.go:18:6: cannot inline main: function too complex: cost 81 exceeds budget 80
./e75_intrinsics.go:20:3: inlining call to c
./e75_intrinsics.go:21:11: inlining call to a
./e75_intrinsics.go:21:11: inlining call to math.Abs
./e75_intrinsics.go:21:11: inlining call to math.Float64bits
./e75_intrinsics.go:21:11: inlining call to math.Float64frombits
./e75_intrinsics.go:21:17: inlining call to b
./e75_intrinsics.go:21:17: inlining call to bits.LeadingZeros64
./e75_intrinsics.go:21:17: inlining call to bits.TrailingZeros
./e75_intrinsics.go:21:23: inlining call to d
./e75_intrinsics.go:15:8: p does not escape
