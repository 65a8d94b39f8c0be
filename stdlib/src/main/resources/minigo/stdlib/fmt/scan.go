package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// Scanning: Sscan, Sscanln and Sscanf read a string; Fscan, Fscanln and Fscanf an io.Reader;
// Scan, Scanln and Scanf os.Stdin. Operands are pointers to Go's basic types, []byte, or values
// with a Scan method (Scanner); verbs and widths as in Go.
//
// Go's rules about what a call consumes are kept, because the next call starts there: input is
// read a rune at a time, and a rune read too far is given back (UnreadRune). A reader that can
// take it back (an io.RuneScanner, such as *bufio.Reader) gets it back; any other reader is read
// through a one-rune wrapper that lives for one call, so the rune read ahead at the end of a call
// is lost: Scan(&n) on "5\n" consumes the newline too. When a scan fails, the rune it stopped at
// is consumed in some cases (a newline Scanln did not expect) and given back in others (a literal
// of the format that did not match), as in Go; only a RuneScanner ever sees the difference.
//
// Not yet: operands of named types (type Celsius float64) are refused ("can't scan type"), where
// Go reads them by reflection; complex numbers.

// ScanState is what a Scanner's Scan method reads its input through.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values that scan themselves.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

const eof = -1

const noLimit = 1 << 30 // no width

// scanError carries an error of a scan up to the call's entry point (a panic, recovered there).
type scanError struct {
	err error
}

// oneRune reads an io.Reader that cannot take a rune back, a byte at a time; it can take back one
// rune itself, for as long as one call lasts.
type oneRune struct {
	r       io.Reader
	pending []byte // bytes read past the last rune (an invalid encoding)
	back    rune   // the rune given back, or -1
	last    rune
}

func (o *oneRune) readByte() (byte, error) {
	if len(o.pending) > 0 {
		b := o.pending[0]
		o.pending = o.pending[1:]
		return b, nil
	}
	var b [1]byte
	if _, err := io.ReadFull(o.r, b[:]); err != nil {
		return 0, err
	}
	return b[0], nil
}

func (o *oneRune) ReadRune() (rune, int, error) {
	if o.back >= 0 {
		c := o.back
		o.back = -1
		o.last = c
		return c, utf8.RuneLen(c), nil
	}
	b, err := o.readByte()
	if err != nil {
		return 0, 0, err
	}
	if b < utf8.RuneSelf {
		o.last = rune(b)
		return rune(b), 1, nil
	}
	buf := []byte{b}
	for !utf8.FullRune(buf) {
		b, err := o.readByte()
		if err != nil {
			break
		}
		buf = append(buf, b)
	}
	c, size := utf8.DecodeRune(buf)
	o.pending = append(buf[size:], o.pending...)
	o.last = c
	return c, size, nil
}

func (o *oneRune) UnreadRune() error {
	o.back = o.last
	return nil
}

// stringRunes reads a string (Sscan and friends); what it reads ahead is lost with the call.
type stringRunes struct {
	s    string
	i    int
	last int // the size of the last rune read
}

func (s *stringRunes) ReadRune() (rune, int, error) {
	if s.i >= len(s.s) {
		return 0, 0, io.EOF
	}
	c, size := utf8.DecodeRuneInString(s.s[s.i:])
	s.i += size
	s.last = size
	return c, size, nil
}

func (s *stringRunes) UnreadRune() error {
	s.i -= s.last
	s.last = 0
	return nil
}

// scanState is the state of one scanning call, and the ScanState a Scanner sees.
type scanState struct {
	rs        io.RuneScanner
	buf       []byte // the token being read
	count     int    // runes read in this call
	atEOF     bool   // the input has ended (or, with nlIsEnd, reached a newline)
	argLimit  int    // count at which the current operand's width is used up
	maxWid    int    // the current verb's width, or noLimit
	nlIsSpace bool   // a newline is a space (Scan, Fscan, Sscan)
	nlIsEnd   bool   // a newline ends the input (the ...ln functions)
}

func newState(rs io.RuneScanner, nlIsSpace, nlIsEnd bool) *scanState {
	return &scanState{rs: rs, argLimit: noLimit, maxWid: noLimit, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd}
}

func readerState(r io.Reader, nlIsSpace, nlIsEnd bool) *scanState {
	if rs, ok := r.(io.RuneScanner); ok {
		return newState(rs, nlIsSpace, nlIsEnd)
	}
	return newState(&oneRune{r: r, back: -1}, nlIsSpace, nlIsEnd)
}

func (s *scanState) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *scanState) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanState) Width() (wid int, ok bool) {
	if s.maxWid == noLimit {
		return 0, false
	}
	return s.maxWid, true
}

func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanState) fail(err error) { panic(scanError{err}) }

func (s *scanState) failString(msg string) { panic(scanError{errors.New(msg)}) }

// getRune reads a rune, eof at the end of the input.
func (s *scanState) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.fail(err)
	}
	return r
}

// mustReadRune reads a rune that must be there.
func (s *scanState) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// isSpace is Go's table of spaces for scanning.
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r == ' ', r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// SkipSpace skips spaces; a newline is one too, unless it ends the input (then it is an error).
func (s *scanState) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// token reads the runes that satisfy f (after spaces, if asked).
func (s *scanState) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune and reports whether it is one of ok; if it is and accept is set,
// it joins the token. A rune that is not one of ok is given back only when accept is set.
func (s *scanState) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next rune is one of ok, without consuming it.
func (s *scanState) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// accept adds the next rune to the token if it is one of ok.
func (s *scanState) accept(ok string) bool { return s.consume(ok, true) }

// notEOF stops the scan with io.EOF when no input is left.
func (s *scanState) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// okVerb reports whether verb is one of okVerbs, stopping the scan if not.
func (s *scanState) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) < 0 {
		s.failString("bad verb '%" + string(verb) + "' for " + typ)
		return false
	}
	return true
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

func (s *scanState) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	// Go is not fussy about case, and accepts a prefix that stops at a space.
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.failString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.failString("syntax error scanning boolean")
		}
		return false
	}
	return false
}

// getBase returns the base and digits an integer verb reads.
func (s *scanState) getBase(verb rune) (int, string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber reads the digits of a number (at least one, unless a 0 prefix was one).
func (s *scanState) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.failString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads one rune as a number (%c).
func (s *scanState) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.failString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reads a 0, 0b, 0o or 0x prefix (for %v); the base is then strconv's 0.
func (s *scanState) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// intToken reads an integer's token under verb: the sign (if signed), a base prefix (%v), the
// digits; and the base to parse it in.
func (s *scanState) intToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else {
		if signed {
			s.accept(sign)
		}
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	return s.scanNumber(digits, haveDigits), base
}

func (s *scanState) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	tok, base := s.intToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.failString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	tok, base := s.intToken(verb, false)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.failString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads what may be a floating-point number: NaN, a sign, Inf, digits (hexadecimal
// after 0x), a fraction, an exponent.
func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(s string) bool { return indexRune(s, 'x') >= 0 || indexRune(s, 'X') >= 0 }

// convertFloat parses a float token; a decimal mantissa may carry a binary exponent (1.5p3).
func (s *scanState) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *scanState) scanFloat(verb rune, n int, typ string) float64 {
	if !s.okVerb(verb, "beEfFgGv", typ) {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), n)
}

// convertString reads a string operand: a word (%s, %v), a quoted string (%q) or hex bytes (%x).
func (s *scanState) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

func (s *scanState) quotedString() string {
	s.notEOF()
	switch quote := s.getRune(); quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				return string(s.buf)
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// Only the rune right after a backslash can be a quote or a backslash itself.
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return result
	}
	s.failString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return int(d-'a') + 10, true
	case 'A' <= d && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

func (s *scanState) hexString() string {
	s.notEOF()
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		hi, ok := hexDigit(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexDigit(s.mustReadRune())
		if !ok {
			s.failString("illegal hex digit")
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.failString("no hex data for %x string")
	}
	return string(s.buf)
}

// scanOne reads one operand under verb.
func (s *scanState) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		t := Sprintf("%T", arg)
		if len(t) == 0 || t[0] != '*' {
			s.failString("type not a pointer: " + t)
		}
		s.failString("can't scan type: " + t)
	}
}

// recovered turns a scan's panic into its error (a scanError's, or io.EOF when input ran out).
func recovered(e any, err *error) {
	if e == nil {
		return
	}
	if se, ok := e.(scanError); ok {
		*err = se.err
	} else if eof, ok := e.(error); ok && eof == io.EOF {
		*err = eof
	} else {
		panic(e)
	}
}

func (s *scanState) doScan(a []any) (n int, err error) {
	defer func() { recovered(recover(), &err) }()
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the format's text up to its next verb against the input: the number of bytes
// of format matched, or -1 when the input does not match a literal.
//
// Spaces: a newline in the format matches spaces and then a newline or the end of the input;
// spaces before a newline in the format go with it; spaces after one match any spaces; other
// spaces match one or more spaces, or the end of the input.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fc) {
			newlines := 0
			trailing := false
			for isSpace(fc) && i < len(format) {
				if fc == '\n' {
					newlines++
					trailing = false
				} else {
					trailing = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				c := s.getRune()
				for isSpace(c) && c != '\n' {
					c = s.getRune()
				}
				if c != '\n' && c != eof {
					s.failString("newline in format does not match input")
				}
			}
			if trailing {
				c := s.getRune()
				if newlines == 0 {
					if !isSpace(c) && c != eof {
						s.failString("expected space in input to match format")
					}
					if c == '\n' {
						s.failString("newline in input does not match format")
					}
				}
				for isSpace(c) && c != '\n' {
					c = s.getRune()
				}
				if c != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.failString("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return
			}
			i += w // %% matches a percent sign
		}
		if c := s.mustReadRune(); c != fc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// width reads a verb's width at format[i:end] (end: the last byte, which is never part of it).
func width(format string, i, end int) (n int, present bool, next int) {
	if i >= end {
		return 0, false, end
	}
	for ; i < end && '0' <= format[i] && format[i] <= '9'; i++ {
		if n > 1e6 {
			return 0, false, end
		}
		n = n*10 + int(format[i]-'0')
		present = true
	}
	return n, present, i
}

func (s *scanState) doScanf(format string, a []any) (n int, err error) {
	defer func() { recovered(recover(), &err) }()
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failString("input does not match format")
			}
			break // the input ended; too many operands, below
		}
		i++
		var present bool
		s.maxWid, present, i = width(format, i, end)
		if !present {
			s.maxWid = noLimit
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.failString("missing literal %")
			}
			continue
		}
		s.argLimit = noLimit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if n >= len(a) {
			s.failString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[n])
		n++
		s.argLimit = noLimit
	}
	if n < len(a) {
		s.failString("too many operands")
	}
	return
}

// Sscan stores successive space-separated values of str into the operands (newlines count as space).
func Sscan(str string, a ...any) (n int, err error) {
	return newState(&stringRunes{s: str}, true, false).doScan(a)
}

// Sscanln is Sscan stopping at a newline; the operands must all be on the first line.
func Sscanln(str string, a ...any) (n int, err error) {
	return newState(&stringRunes{s: str}, false, true).doScan(a)
}

// Sscanf scans str under the control of format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newState(&stringRunes{s: str}, false, false).doScanf(format, a)
}

// Fscan is Sscan reading r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return readerState(r, true, false).doScan(a)
}

// Fscanln is Sscanln reading r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return readerState(r, false, true).doScan(a)
}

// Fscanf is Sscanf reading r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return readerState(r, false, false).doScanf(format, a)
}

// Scan is Fscan reading standard input.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Fscanln reading standard input.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf is Fscanf reading standard input.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
