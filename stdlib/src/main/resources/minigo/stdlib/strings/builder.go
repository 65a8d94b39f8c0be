package strings

import "unicode/utf8"

// A Builder builds a string with append's growth; String shares the bytes instead of copying them,
// so a Builder costs exactly the allocations of its appends (as in Go).
type Builder struct {
	addr *Builder // the receiver's address, to catch a Builder copied by value
	buf  []byte
}

//go:noescape
func noescape(b *Builder) *Builder

// unsafeString is Go's *(*string)(unsafe.Pointer(&buf)): a string sharing buf's bytes.
func unsafeString(b []byte) string

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = noescape(b)
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string { return unsafeString(b.buf) }

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	if uint32(r) < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	n := len(b.buf)
	if cap(b.buf)-n < utf8.UTFMax {
		b.grow(utf8.UTFMax)
	}
	w := utf8.EncodeRune(b.buf[n:n+utf8.UTFMax], r)
	b.buf = b.buf[:n+w]
	return w, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
