// Package hex: Go 1.19's hexadecimal encoding: Encode and Decode (and their String forms), the
// streaming NewEncoder and NewDecoder, and Dump/Dumper's `hexdump -C` layout.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength reports an odd number of hex characters.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }

func DecodedLen(x int) int { return x / 2 }

// Encode writes src's 2*len(src) lowercase hex digits into dst.
func Encode(dst, src []byte) int {
	for i, v := range src {
		dst[2*i] = digits[v>>4]
		dst[2*i+1] = digits[v&0x0f]
	}
	return len(src) * 2
}

// unhex is a hex digit's value, or false.
func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode writes the bytes of the hex digits in src into dst: the count, and an
// InvalidByteError or ErrLength (an odd count, reported after any bad digit before it).
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, ok := unhex(src[2*n])
		if !ok {
			return n, InvalidByteError(src[2*n])
		}
		lo, ok := unhex(src[2*n+1])
		if !ok {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 == 1 {
		if _, ok := unhex(src[len(src)-1]); !ok {
			return n, InvalidByteError(src[len(src)-1])
		}
		return n, ErrLength
	}
	return n, nil
}

func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodeString decodes s; on an error, the bytes before it.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src) // in place: each output byte is behind the digits it came from
	return src[:n], err
}

const bufferSize = 1024

type encoder struct {
	w   io.Writer
	err error
	out [bufferSize]byte
}

// NewEncoder returns a Writer that writes the hex digits of what it is given to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := bufferSize / 2
		if len(p) < chunk {
			chunk = len(p)
		}
		var written int
		written, e.err = e.w.Write(e.out[:Encode(e.out[:], p[:chunk])])
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // digits read and not yet decoded
	arr [bufferSize]byte
}

// NewDecoder returns a Reader of the bytes whose hex digits r holds (an even number of them).
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in) // a lone digit from the last read
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if _, ok := unhex(d.in[len(d.in)-1]); !ok {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err // errors show once the buffer is used up
	}
	return n, nil
}

// Dump returns the `hexdump -C` form of data.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow((1 + (len(data)-1)/16) * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

// Dumper returns a WriteCloser writing the `hexdump -C` form of what it is given to w; Close
// writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

// A dump line: "00000010  2e 2f 30 31 32 33 34 35  36 37 38 39 3a 3b 3c 3d  |./0123456789:;<=|".
type dumper struct {
	w      io.Writer
	right  [18]byte // the line's printable column, then "|\n"
	buf    [14]byte
	used   int  // bytes on the current line
	n      uint // bytes in all
	closed bool
}

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for i := range data {
		if h.used == 0 { // the offset starts a line
			h.buf[0], h.buf[1], h.buf[2], h.buf[3] = byte(h.n>>24), byte(h.n>>16), byte(h.n>>8), byte(h.n)
			Encode(h.buf[4:], h.buf[:4])
			h.buf[12], h.buf[13] = ' ', ' '
			if _, err = h.w.Write(h.buf[4:]); err != nil {
				return
			}
		}
		Encode(h.buf[:], data[i:i+1])
		h.buf[2] = ' '
		l := 3
		switch h.used {
		case 7: // a second space after the eighth byte
			h.buf[3] = ' '
			l = 4
		case 15: // and before the printable column
			h.buf[3], h.buf[4] = ' ', '|'
			l = 5
		}
		if _, err = h.w.Write(h.buf[:l]); err != nil {
			return
		}
		n++
		h.right[h.used] = printable(data[i])
		h.used++
		h.n++
		if h.used == 16 {
			h.right[16], h.right[17] = '|', '\n'
			if _, err = h.w.Write(h.right[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	h.buf[0], h.buf[1], h.buf[2], h.buf[3], h.buf[4] = ' ', ' ', ' ', ' ', '|'
	bytesOnLine := h.used
	for ; h.used < 16; h.used++ {
		l := 3
		if h.used == 7 {
			l = 4
		} else if h.used == 15 {
			l = 5
		}
		if _, err = h.w.Write(h.buf[:l]); err != nil {
			return
		}
	}
	h.right[bytesOnLine], h.right[bytesOnLine+1] = '|', '\n'
	_, err = h.w.Write(h.right[:bytesOnLine+2])
	return
}
