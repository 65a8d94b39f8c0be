package time

import "errors"

// unitMap gives each duration unit in nanoseconds ("µs" in both spellings of µ).
var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a signed sequence of decimal numbers, each with an optional fraction and a
// unit ("300ms", "-1.5h", "2h45m"). Units: ns, us (or µs), ms, s, m, h.
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil // the one number that needs no unit
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		// The integer part, then an optional fraction; at least one digit between them.
		n := len(s)
		whole, rest, ok := leadingInt(s)
		if !ok {
			return 0, invalid
		}
		s = rest
		digits := n != len(s)
		var frac uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			n = len(s)
			frac, scale, s = leadingFraction(s)
			digits = digits || n != len(s)
		}
		if !digits {
			return 0, invalid
		}
		i := 0
		for i < len(s) && s[i] != '.' && !('0' <= s[i] && s[i] <= '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, known := unitMap[u]
		if !known {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > 1<<63/unit {
			return 0, invalid // overflow
		}
		v := whole * unit
		if frac > 0 {
			// float64 keeps enough precision: frac has at most 19 digits, scale is a power of ten.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}

// leadingInt consumes leading digits: their value, the rest, and false on overflow past 2^63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the digits after a decimal point: their value as an integer and the
// power of ten it is scaled by; digits past what fits are consumed and ignored.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	full := false
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote is strconv.Quote's cousin for error messages: bytes of non-ASCII or control characters
// as \x escapes, quotes and backslashes escaped.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			buf = append(buf, '\\', 'x', hex[c>>4], hex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
	}
	return string(append(buf, '"'))
}
