package fmt

import (
	"errors"
	"strconv"
	"strings"
)

// Sscan and Sscanf: a subset of Go's scanning, for the operand kinds programs read most
// (pointers to integers, floats, strings and bools; space-separated input).
// TODO(stdlib): the rest of Go's scanning (Scan from stdin, Fscan, widths, %c, %q).

var errScanEOF = errors.New("EOF")

func scanOne(tok string, arg any) error {
	switch p := arg.(type) {
	case *string:
		*p = tok
	case *int:
		v, err := strconv.ParseInt(tok, 0, 64)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = int(v)
	case *int64:
		v, err := strconv.ParseInt(tok, 0, 64)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = v
	case *int32:
		v, err := strconv.ParseInt(tok, 0, 32)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = int32(v)
	case *uint:
		v, err := strconv.ParseUint(tok, 0, 64)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = uint(v)
	case *uint64:
		v, err := strconv.ParseUint(tok, 0, 64)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = v
	case *float64:
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return err
		}
		*p = v
	case *float32:
		v, err := strconv.ParseFloat(tok, 32)
		if err != nil {
			return err
		}
		*p = float32(v)
	case *bool:
		v, err := strconv.ParseBool(tok)
		if err != nil {
			return errors.New("syntax error scanning boolean")
		}
		*p = v
	default:
		return errors.New("can't scan type")
	}
	return nil
}

// Sscan stores successive space-separated values of str into the operands.
func Sscan(str string, a ...any) (n int, err error) {
	fields := strings.Fields(str)
	for i, arg := range a {
		if i >= len(fields) {
			if i == 0 {
				return n, errScanEOF
			}
			return n, errors.New("unexpected EOF")
		}
		if err := scanOne(fields[i], arg); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func Sscanln(str string, a ...any) (n int, err error) {
	if i := strings.IndexByte(str, '\n'); i >= 0 {
		str = str[:i]
	}
	return Sscan(str, a...)
}

// Sscanf matches format against str: verbs consume one space-free token, other text must match.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	ai := 0
	i := 0
	for f := 0; f < len(format); f++ {
		c := format[f]
		if c == '%' && f+1 < len(format) {
			f++
			if format[f] == '%' {
				if i >= len(str) || str[i] != '%' {
					return n, errors.New("missing literal %")
				}
				i++
				continue
			}
			for i < len(str) && (str[i] == ' ' || str[i] == '\t') {
				i++
			}
			j := i
			for j < len(str) && str[j] != ' ' && str[j] != '\t' && str[j] != '\n' &&
				(f+1 >= len(format) || str[j] != format[f+1]) {
				j++
			}
			if j == i {
				return n, errScanEOF
			}
			if ai >= len(a) {
				return n, errors.New("too few operands for format '%" + format[f:f+1] + "'")
			}
			if err := scanOne(str[i:j], a[ai]); err != nil {
				return n, err
			}
			ai++
			n++
			i = j
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' {
			for i < len(str) && (str[i] == ' ' || str[i] == '\t' || str[i] == '\n') {
				i++
			}
			continue
		}
		if i >= len(str) || str[i] != c {
			return n, errors.New("input does not match format")
		}
		i++
	}
	return n, nil
}
