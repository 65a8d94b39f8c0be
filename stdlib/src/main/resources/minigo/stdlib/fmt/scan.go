package fmt

import (
	"errors"
	"io"
	"strconv"
)

// Scanning from strings: Sscan, Sscanln and Sscanf with Go's operand rules for the common
// operand types (pointers to integers, floats, strings, bools, byte slices).
// TODO(stdlib): Scan/Fscan from readers, the Scanner interface, %c and %q, widths.

var (
	errExpectedInteger = errors.New("expected integer")
	errNoMatch         = errors.New("input does not match format")
	errUnexpectedNL    = errors.New("unexpected newline")
	errBool            = errors.New("syntax error scanning boolean")
)

// scanState walks the input of one Sscan* call.
type scanState struct {
	s       string
	i       int
	nlIsEnd bool // Sscanln: a newline ends the input
}

func isScanSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// skipSpace skips blanks, and newlines unless they end the input.
func (r *scanState) skipSpace() error {
	for r.i < len(r.s) {
		c := r.s[r.i]
		if c == '\n' {
			if r.nlIsEnd {
				return errUnexpectedNL
			}
			r.i++
			continue
		}
		if !isScanSpace(c) {
			break
		}
		r.i++
	}
	return nil
}

func (r *scanState) atEnd() bool { return r.i >= len(r.s) }

func isDigitOf(c byte, base int) bool {
	switch {
	case '0' <= c && c <= '9':
		return int(c-'0') < base
	case 'a' <= c && c <= 'f':
		return base == 16
	case 'A' <= c && c <= 'F':
		return base == 16
	}
	return c == '_'
}

// integer reads an optionally signed integer; verb 'v' accepts Go's base prefixes.
func (r *scanState) integer(verb byte) (string, int, error) {
	start := r.i
	if r.i < len(r.s) && (r.s[r.i] == '+' || r.s[r.i] == '-') {
		r.i++
	}
	base := 10
	switch verb {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	case 'v':
		if r.i+1 < len(r.s) && r.s[r.i] == '0' {
			switch r.s[r.i+1] {
			case 'x', 'X':
				base = 16
				r.i += 2
			case 'b', 'B':
				base = 2
				r.i += 2
			case 'o', 'O':
				base = 8
				r.i += 2
			default:
				base = 8
			}
		}
	}
	digits := r.i
	for r.i < len(r.s) && isDigitOf(r.s[r.i], base) {
		r.i++
	}
	if r.i == digits && !(base == 8 && verb == 'v' && digits > start && r.s[digits-1] == '0') {
		return "", 0, errExpectedInteger
	}
	text := r.s[start:r.i]
	if verb == 'v' {
		return text, 0, nil
	}
	return text, base, nil
}

// float reads the longest prefix that looks like a floating-point literal.
func (r *scanState) float() string {
	start := r.i
	if r.i < len(r.s) && (r.s[r.i] == '+' || r.s[r.i] == '-') {
		r.i++
	}
	for r.i < len(r.s) {
		c := r.s[r.i]
		if '0' <= c && c <= '9' || c == '.' || c == '_' || c == 'x' || c == 'X' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' ||
			c == 'p' || c == 'P' || c == 'i' || c == 'n' || c == 'I' || c == 'N' || c == 't' || c == 'y' {
			r.i++
			continue
		}
		if (c == '+' || c == '-') && r.i > start {
			p := r.s[r.i-1]
			if p == 'e' || p == 'E' || p == 'p' || p == 'P' {
				r.i++
				continue
			}
		}
		break
	}
	return r.s[start:r.i]
}

// word reads up to the next space.
func (r *scanState) word() string {
	start := r.i
	for r.i < len(r.s) && !isScanSpace(r.s[r.i]) && r.s[r.i] != '\n' {
		r.i++
	}
	return r.s[start:r.i]
}

func (r *scanState) scanOne(verb byte, arg any) error {
	if err := r.skipSpace(); err != nil {
		return err
	}
	if r.atEnd() {
		return io.EOF
	}
	switch p := arg.(type) {
	case *string:
		*p = r.word()
	case *[]byte:
		*p = []byte(r.word())
	case *bool:
		w := r.word()
		v, err := strconv.ParseBool(w)
		if err != nil {
			return errBool
		}
		*p = v
	case *float64:
		v, err := strconv.ParseFloat(r.float(), 64)
		if err != nil {
			return err
		}
		*p = v
	case *float32:
		v, err := strconv.ParseFloat(r.float(), 32)
		if err != nil {
			return err
		}
		*p = float32(v)
	default:
		text, base, err := r.integer(verb)
		if err != nil {
			return err
		}
		switch p := arg.(type) {
		case *int:
			v, err := strconv.ParseInt(text, base, 64)
			if err != nil {
				return err
			}
			*p = int(v)
		case *int8:
			v, err := strconv.ParseInt(text, base, 8)
			if err != nil {
				return err
			}
			*p = int8(v)
		case *int16:
			v, err := strconv.ParseInt(text, base, 16)
			if err != nil {
				return err
			}
			*p = int16(v)
		case *int32:
			v, err := strconv.ParseInt(text, base, 32)
			if err != nil {
				return err
			}
			*p = int32(v)
		case *int64:
			v, err := strconv.ParseInt(text, base, 64)
			if err != nil {
				return err
			}
			*p = v
		case *uint:
			v, err := strconv.ParseUint(text, base, 64)
			if err != nil {
				return err
			}
			*p = uint(v)
		case *uint8:
			v, err := strconv.ParseUint(text, base, 8)
			if err != nil {
				return err
			}
			*p = uint8(v)
		case *uint16:
			v, err := strconv.ParseUint(text, base, 16)
			if err != nil {
				return err
			}
			*p = uint16(v)
		case *uint32:
			v, err := strconv.ParseUint(text, base, 32)
			if err != nil {
				return err
			}
			*p = uint32(v)
		case *uint64:
			v, err := strconv.ParseUint(text, base, 64)
			if err != nil {
				return err
			}
			*p = v
		default:
			return errors.New("can't scan type: " + Sprintf("%T", arg))
		}
	}
	return nil
}

// Sscan stores successive space-separated values of str into the operands (newlines count as space).
func Sscan(str string, a ...any) (n int, err error) {
	r := &scanState{s: str}
	for _, arg := range a {
		if err = r.scanOne('v', arg); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Sscanln is Sscan stopping at a newline; the operands must all be on the first line.
func Sscanln(str string, a ...any) (n int, err error) {
	r := &scanState{s: str, nlIsEnd: true}
	for _, arg := range a {
		if err = r.scanOne('v', arg); err != nil {
			return n, err
		}
		n++
	}
	for r.i < len(r.s) && isScanSpace(r.s[r.i]) {
		r.i++
	}
	if r.i < len(r.s) && r.s[r.i] != '\n' {
		return n, errors.New("expected newline")
	}
	return n, nil
}

// Sscanf scans str under the control of format: verbs read operands, spaces match any run of
// spaces, other text must match exactly.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	r := &scanState{s: str}
	ai := 0
	for f := 0; f < len(format); f++ {
		c := format[f]
		if c == '%' && f+1 < len(format) {
			f++
			verb := format[f]
			if verb == '%' {
				r.skipSpace()
				if r.atEnd() || r.s[r.i] != '%' {
					return n, errors.New("missing literal %")
				}
				r.i++
				continue
			}
			if ai >= len(a) {
				return n, errors.New("too few operands for format '%" + format[f:f+1] + "'")
			}
			if err = r.scanOne(verb, a[ai]); err != nil {
				return n, err
			}
			ai++
			n++
			continue
		}
		if isScanSpace(c) || c == '\n' {
			for r.i < len(r.s) && (isScanSpace(r.s[r.i]) || c == '\n' && r.s[r.i] == '\n') {
				r.i++
			}
			continue
		}
		if r.atEnd() {
			return n, io.ErrUnexpectedEOF
		}
		if r.s[r.i] != c {
			return n, errNoMatch
		}
		r.i++
	}
	if ai < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}
