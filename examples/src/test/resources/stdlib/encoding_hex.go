// encoding/hex: encoding, decoding and its errors, the streaming encoder and decoder, Dump.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Hello, Gopher! \x00\xff")))
	for _, s := range []string{"48656c6c6f", "48656C6C6F", "486", "48zz", "4g", "g", "", "abcdefABCDEF0123"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v\n", s, b, err)
	}
	fmt.Println(hex.EncodedLen(5), hex.DecodedLen(11))
	var sb strings.Builder
	enc := hex.NewEncoder(&sb)
	n, err := enc.Write(bytes.Repeat([]byte{0xab, 0x01}, 700))
	fmt.Println(n, err, len(sb.String()), sb.String()[:12])
	dec := hex.NewDecoder(strings.NewReader("68656c6c6f20776f726c64"))
	out, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", out, err)
	_, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6865f")))
	fmt.Println(err)
	_, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6865fz")))
	fmt.Println(err)
	data := []byte("The quick brown fox jumps over the lazy dog.\n\x00\x01\x7f\x80~")
	fmt.Print(hex.Dump(data))
	fmt.Printf("%q\n", hex.Dump(nil))
	var buf bytes.Buffer
	d := hex.Dumper(&buf)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	d.Close()
	_, err = d.Write([]byte("x"))
	fmt.Print(buf.String())
	fmt.Println(err)
}
