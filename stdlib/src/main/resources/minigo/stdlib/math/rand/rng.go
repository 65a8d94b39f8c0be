package rand

// The generator behind every Source: an additive lagged Fibonacci generator, x[n] = x[n-273] +
// x[n-607] (mod 2^64), as Go's. Its 607 words are seeded from a Park-Miller sequence xor the
// precomputed rngCooked state, so that a seed gives the sequence Go gives.
const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand is x[n+1] = 48271 * x[n] mod (2^31 - 1), computed without overflow (Schrage's method).
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = 44488
		r = 3399
	)
	hi := x / q
	lo := x % q
	x = a*lo - r*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed resets the generator to the state seed determines.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			u ^= rngCooked[i]
			rng.vec[i] = u
		}
	}
}

// Uint64 steps the generator: one word of 64 random bits.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}

// Int63 is a non-negative 63-bit number: Uint64 without its top bit.
func (rng *rngSource) Int63() int64 {
	return int64(rng.Uint64() & rngMask)
}
