// Package rand: Go 1.19's math/rand. The source is Go's generator and every method derives its
// numbers from it as Go's does, so a seed gives Go's sequence, and the functions of the package
// start from Seed(1) as they do in Go 1.19 (a program that never seeds prints the same on every
// run, in Go and here).
package rand

import (
	"math"
	"sync"
)

// A Source makes uniformly distributed non-negative 63-bit numbers.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 also makes 64-bit numbers.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a Source seeded with seed; it is not safe for concurrent use.
func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

// A Rand draws numbers of many kinds from a Source. readVal and readPos hold the bytes of the
// last Int63 that Read has not used yet.
type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int
}

// New returns a Rand over src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the source (and forgets bytes Read kept).
func (r *Rand) Seed(seed int64) {
	if lk, ok := r.src.(*lockedSource); ok {
		lk.seedPos(seed, &r.readPos)
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n is uniform in [0, n): draws above the largest multiple of n are drawn again.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n is Int63n on 31-bit draws.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is uniform in [0, n) by multiplying a 32-bit draw by n (Lemire's method, which Shuffle
// uses); n > 0.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 is uniform in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 { // the rounding can reach 1; Go draws again
			return f
		}
	}
}

// Float32 is uniform in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm is a random permutation of [0, n), built by inserting each i at a random place.
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle permutes n elements with swap (Fisher-Yates, from the end).
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with random bytes, seven from each Int63, lowest byte first; it never fails.
func (r *Rand) Read(p []byte) (n int, err error) {
	if lk, ok := r.src.(*lockedSource); ok {
		return lk.read(p, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

func read(p []byte, src Source, readVal *int64, readPos *int) (n int, err error) {
	pos := *readPos
	val := *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos = pos
	*readVal = val
	return
}

const (
	rn = 3.442619855899 // where the normal ziggurat's tail starts
	re = 7.69711747013104972
)

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 is normally distributed (mean 0, deviation 1), by the ziggurat method over the
// tables kn, wn and fn.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x // inside the rectangle: the common case
		}
		if i == 0 {
			// The tail beyond rn.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 is exponentially distributed (rate 1), by the ziggurat method over ke, we and fe.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// The package's functions share one Rand over a locked source seeded with 1.
var globalRand = New(&lockedSource{src: NewSource(1).(*rngSource)})

type lockedSource struct {
	lk  sync.Mutex
	src *rngSource
}

func (r *lockedSource) Int63() (n int64) {
	r.lk.Lock()
	n = r.src.Int63()
	r.lk.Unlock()
	return
}

func (r *lockedSource) Uint64() (n uint64) {
	r.lk.Lock()
	n = r.src.Uint64()
	r.lk.Unlock()
	return
}

func (r *lockedSource) Seed(seed int64) {
	r.lk.Lock()
	r.src.Seed(seed)
	r.lk.Unlock()
}

func (r *lockedSource) seedPos(seed int64, readPos *int) {
	r.lk.Lock()
	r.src.Seed(seed)
	*readPos = 0
	r.lk.Unlock()
}

func (r *lockedSource) read(p []byte, readVal *int64, readPos *int) (n int, err error) {
	r.lk.Lock()
	n, err = read(p, r.src, readVal, readPos)
	r.lk.Unlock()
	return
}

func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64 { return globalRand.Int63() }

func Uint32() uint32 { return globalRand.Uint32() }

func Uint64() uint64 { return globalRand.Uint64() }

func Int31() int32 { return globalRand.Int31() }

func Int() int { return globalRand.Int() }

func Int63n(n int64) int64 { return globalRand.Int63n(n) }

func Int31n(n int32) int32 { return globalRand.Int31n(n) }

func Intn(n int) int { return globalRand.Intn(n) }

func Float64() float64 { return globalRand.Float64() }

func Float32() float32 { return globalRand.Float32() }

func Perm(n int) []int { return globalRand.Perm(n) }

func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

func Read(p []byte) (n int, err error) { return globalRand.Read(p) }

func NormFloat64() float64 { return globalRand.NormFloat64() }

func ExpFloat64() float64 { return globalRand.ExpFloat64() }
