// Package time: Go 1.19's Duration (all of it, in Go) and the clock functions programs use.
// Now and Sleep are natives; the scheduler makes Sleep park the goroutine.
// Time (instant.go) is encoded as Go 1.19 encodes it, so that it has Go's size; Format and String
// (format.go) lay it out as Go does. Timers and tickers are the scheduler's runtime timers
// (minigo.interp.sched.Sched.Timer), as Go's are: no goroutine waits behind them.
// ParseDuration (parse.go) and Parse (timeparse.go) are in Go. TODO(stdlib): zone abbreviations
// from the tz files themselves (java.time names a few historical ones differently).
package time

import (
	"errors"
	"unsafe"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String formats d as "72h3m0.5s": hours, minutes and seconds with a fraction without trailing zeros;
// durations under a second use ms, µs or ns. Zero is "0s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign, two bytes in UTF-8.
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes the fraction of v/10^prec (".25", nothing when zero) at the end of buf.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v in decimal at the end of buf.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round rounds d to the nearest multiple of m, halfway values away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Natives.

func now() (sec int64, nsec int64, mono int64)

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// runtimeTimer has the layout of the runtime's timer in Go 1.19 (so a Timer is 80 bytes, as in
// Go); pp holds the scheduler's timer instead of a P, f says what firing does (sendTime or goFunc).
type runtimeTimer struct {
	pp       unsafe.Pointer
	when     int64
	period   int64
	f        func(any, uintptr)
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
}

// Natives: the scheduler's timers. startTimer arms a timer firing after delay, then every period
// (0: once); when it fires the scheduler sends the time on c without blocking (c != nil) or starts
// f in a new goroutine. stopTimer and resetTimer report whether the timer was pending.
func startTimer(delay int64, period int64, c chan Time, f func(), loc *Location) unsafe.Pointer
func stopTimer(t unsafe.Pointer) bool
func resetTimer(t unsafe.Pointer, delay int64, period int64) bool

// sendTime and goFunc name what a timer does when it fires; the scheduler does it.
func sendTime(c any, seq uintptr) {}
func goFunc(arg any, seq uintptr)  {}

// A Timer sends the time on C once, after its duration, unless stopped first.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.f = sendTime
	t.r.arg = c
	t.r.pp = startTimer(int64(d), 0, c, nil, Local)
	return t
}

// Stop prevents the Timer from firing; it reports whether it stopped a pending timer.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r.pp)
}

// Reset makes the timer fire after d; it reports whether the timer had been pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r.pp, int64(d), 0)
}

// AfterFunc calls f in its own goroutine after d; Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.f = goFunc
	t.r.arg = f
	t.r.pp = startTimer(int64(d), 0, nil, f, nil)
	return t
}

// After sends the current time on the returned channel after d.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker sends the time on C every period; a slow reader misses ticks.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.f = sendTime
	t.r.arg = c
	t.r.period = int64(d)
	t.r.pp = startTimer(int64(d), int64(d), c, nil, Local)
	return t
}

// Stop turns the ticker off; no more ticks are sent (C is not closed).
func (t *Ticker) Stop() {
	if t.r.pp != nil {
		stopTimer(t.r.pp)
	}
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.period = int64(d)
	resetTimer(t.r.pp, int64(d), int64(d))
}

// Tick is NewTicker(d).C, for a ticker that is never stopped (nil for d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
