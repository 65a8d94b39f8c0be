// Package bits: Go 1.19's bit counting and manipulation for unsigned integers, and the
// double-width arithmetic (Add, Sub, Mul, Div with carries, high words and remainders). The 64-bit
// counts, reversals and the high word of a product are natives (the JDK's intrinsics); the rest is
// derived from them in Go.
package bits

const uintSize = 64

// UintSize is the size of a uint in bits.
const UintSize = uintSize

// Natives: the JDK's Long.numberOfLeadingZeros, numberOfTrailingZeros, bitCount, reverse,
// reverseBytes, and Math.unsignedMultiplyHigh.
func LeadingZeros64(x uint64) int
func TrailingZeros64(x uint64) int
func OnesCount64(x uint64) int
func Reverse64(x uint64) uint64
func ReverseBytes64(x uint64) uint64
func mulHigh(x, y uint64) uint64

// overflowPanic panics with the runtime's "integer overflow" error, as Go's Div does.
func overflowPanic()

func LeadingZeros(x uint) int     { return LeadingZeros64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return LeadingZeros64(uint64(x)) - 56 }
func LeadingZeros16(x uint16) int { return LeadingZeros64(uint64(x)) - 48 }
func LeadingZeros32(x uint32) int { return LeadingZeros64(uint64(x)) - 32 }

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// RotateLeft rotates x left by (k mod the width) bits; a negative k rotates right.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	const n = 8
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	const n = 16
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func Reverse(x uint) uint            { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8         { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16      { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32      { return uint32(Reverse64(uint64(x)) >> 32) }
func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// Len is the number of bits needed to represent x (0 for 0).
func Len(x uint) int     { return 64 - LeadingZeros64(uint64(x)) }
func Len8(x uint8) int   { return 64 - LeadingZeros64(uint64(x)) }
func Len16(x uint16) int { return 64 - LeadingZeros64(uint64(x)) }
func Len32(x uint32) int { return 64 - LeadingZeros64(uint64(x)) }
func Len64(x uint64) int { return 64 - LeadingZeros64(x) }

// Add returns x+y+carry (carry 0 or 1) and the carry out.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// Sub returns x-y-borrow (borrow 0 or 1) and the borrow out.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// Mul returns the double-width product of x and y: its high and low words.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul64(x, y uint64) (hi, lo uint64) { return mulHigh(x, y), x * y }

// Div divides (hi, lo) by y: quotient and remainder. It panics when y is 0 (division by zero) or
// y <= hi (the quotient would overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		overflowPanic()
	}
	z := uint64(hi)<<32 | uint64(lo)
	quo, rem = uint32(z/uint64(y)), uint32(z%uint64(y))
	return
}

func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		var zero uint64
		_ = hi / zero // the runtime's divide error
	}
	if y <= hi {
		overflowPanic()
	}
	// Long division by 64-bit "digits" of 32 bits (Knuth's algorithm D, as Go does it).
	s := uint(LeadingZeros64(y))
	y <<= s
	const two32 = 1 << 32
	const mask32 = two32 - 1
	yn1 := y >> 32
	yn0 := y & mask32
	un32 := hi<<s | lo>>(64-s)
	un10 := lo << s
	un1 := un10 >> 32
	un0 := un10 & mask32
	q1 := un32 / yn1
	rhat := un32 - q1*yn1
	for q1 >= two32 || q1*yn0 > two32*rhat+un1 {
		q1--
		rhat += yn1
		if rhat >= two32 {
			break
		}
	}
	un21 := un32*two32 + un1 - q1*y
	q0 := un21 / yn1
	rhat = un21 - q0*yn1
	for q0 >= two32 || q0*yn0 > two32*rhat+un0 {
		q0--
		rhat += yn1
		if rhat >= two32 {
			break
		}
	}
	return q1*two32 + q0, (un21*two32 + un0 - q0*y) >> s
}

// Rem returns the remainder of (hi, lo) divided by y; unlike Div it does not panic on overflow.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem64(hi, lo, y uint64) uint64 {
	// (hi*2^64 + lo) mod y = ((hi mod y)*2^64 + lo) mod y, and hi mod y < y cannot overflow Div64.
	_, rem := Div64(hi%y, lo, y)
	return rem
}
