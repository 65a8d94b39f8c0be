// Package base64: Go 1.19's base64 encodings (RFC 4648): the standard and URL alphabets, with and
// without padding, custom alphabets, strict decoding, and the streaming NewEncoder and NewDecoder.
package base64

import (
	"io"
	"strconv"
)

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

// An Encoding is a 64-character alphabet, a padding character (or none) and a strictness.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte // each byte's value in the alphabet, or 0xff
	padChar   rune
	strict    bool
}

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns a padded Encoding over this 64-byte alphabet (no newlines in it).
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < len(encoder); i++ {
		if isNewline(encoder[i]) {
			panic("encoding alphabet contains newline character")
		}
	}
	e := &Encoding{padChar: StdPadding}
	copy(e.encode[:], encoder)
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc padding with padding (NoPadding for none).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for i := 0; i < len(enc.encode); i++ {
		if rune(enc.encode[i]) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that refuses encodings whose unused trailing bits are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var (
	StdEncoding    = NewEncoding(stdAlphabet)
	URLEncoding    = NewEncoding(urlAlphabet)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// Encode writes the encoding of src to dst (EncodedLen(len(src)) bytes).
func (enc *Encoding) Encode(dst, src []byte) {
	di, si := 0, 0
	for full := len(src) / 3 * 3; si < full; si, di = si+3, di+4 {
		v := uint(src[si])<<16 | uint(src[si+1])<<8 | uint(src[si+2])
		dst[di] = enc.encode[v>>18&0x3f]
		dst[di+1] = enc.encode[v>>12&0x3f]
		dst[di+2] = enc.encode[v>>6&0x3f]
		dst[di+3] = enc.encode[v&0x3f]
	}
	remain := len(src) - si
	if remain == 0 {
		return
	}
	v := uint(src[si]) << 16
	if remain == 2 {
		v |= uint(src[si+1]) << 8
	}
	dst[di] = enc.encode[v>>18&0x3f]
	dst[di+1] = enc.encode[v>>12&0x3f]
	if remain == 2 {
		dst[di+2] = enc.encode[v>>6&0x3f]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[di+2] = byte(enc.padChar)
		dst[di+3] = byte(enc.padChar)
	}
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// CorruptInputError is the offset of the first byte that cannot be decoded.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// quantum decodes the group of up to four characters at src[si:] into dst, skipping newlines:
// the next si, the bytes written, and an error at the offset of a bad character.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var vals [4]byte
	count := 4 // characters in the group
	var err error
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			count = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			vals[j] = v
			continue
		}
		if isNewline(c) {
			j--
			continue
		}
		if rune(c) != enc.padChar {
			return si, 0, CorruptInputError(si - 1)
		}
		// Padding: after two characters it must be doubled; it ends the input (but for newlines).
		if j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			for si < len(src) && isNewline(src[si]) {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && isNewline(src[si]) {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		count = j
		break
	}
	v := uint(vals[0])<<18 | uint(vals[1])<<12 | uint(vals[2])<<6 | uint(vals[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch count {
	case 4:
		dst[2] = b2
		b2 = 0
		fallthrough
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		b1 = 0
		fallthrough
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, count - 1, err
}

// Decode decodes src into dst (newlines in src are ignored): the bytes written, and a
// CorruptInputError at the first bad byte.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	for si := 0; si < len(src); {
		var got int
		si, got, err = enc.quantum(dst[n:], src, si)
		n += got
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte // bytes waiting for a full group
	nbuf int
	out  [1024]byte
}

// NewEncoder returns a WriteCloser encoding to w; Close writes the last, partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser { return &encoder{enc: enc, w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 { // complete the waiting group first
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		chunk := len(e.out) / 4 * 3
		if chunk > len(p) {
			chunk = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:chunk])
		if _, e.err = e.w.Write(e.out[:chunk/3*4]); e.err != nil {
			return n, e.err
		}
		n += chunk
		p = p[chunk:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return
}

func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

type decoder struct {
	err     error // the error to return once out is empty
	readErr error // r's error, kept until the buffered input is used up
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // input not yet decoded (at most three characters after a Read)
	nbuf    int
	out     []byte // decoded bytes not yet returned
	outbuf  [1024 / 4 * 3]byte
}

// NewDecoder returns a Reader of the bytes that r's base64 text (with any newlines) encodes.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilter{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// Read whole groups of four, as many as p has room for (at least one group).
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var got int
		got, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += got
	}
	if d.nbuf < 4 {
		// The end of the input: an unpadded encoding may end with a short group.
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var nw int
			nw, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:nw]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	groups := d.nbuf / 4 * 4
	if decoded := d.nbuf / 4 * 3; decoded > len(p) {
		decoded, d.err = d.enc.Decode(d.outbuf[:], d.buf[:groups])
		d.out = d.outbuf[:decoded]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:groups])
	}
	d.nbuf -= groups
	copy(d.buf[:d.nbuf], d.buf[groups:])
	return n, d.err
}

// newlineFilter drops \r and \n from what it reads (and reads again when nothing else is left).
type newlineFilter struct {
	r io.Reader
}

func (f *newlineFilter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, b := range p[:n] {
			if !isNewline(b) {
				p[kept] = b
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
