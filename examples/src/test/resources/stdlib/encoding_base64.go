// encoding/base64: the four encodings, custom alphabets and padding, strict decoding, newlines,
// every kind of corrupt input, and the streaming encoder.
package main

import (
	"encoding/base64"
	"fmt"
	"strings"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\x00?>", "hello, world!"}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		for _, s := range inputs {
			e := enc.EncodeToString([]byte(s))
			d, err := enc.DecodeString(e)
			fmt.Printf("%q -> %q -> %q %v (%d %d)\n", s, e, d, err, enc.EncodedLen(len(s)), enc.DecodedLen(len(e)))
		}
	}
	for _, s := range []string{"Zm9v\nYmFy", "Zm9v\r\nYmE=", "Zm9vYmE", "Zm9vY", "Zm9=", "Zm==", "Z===", "Zm9v!mFy", "Zm9vYg==Zg==", "Zm9vYg=\n=", "Zm9vYg=", "Zh==", "Zm9vYmFy\n\n", "====", "QQ=x"} {
		d, err := base64.StdEncoding.DecodeString(s)
		ds, errs := base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("%q: %q %v | strict %q %v\n", s, d, err, ds, errs)
	}
	d, err := base64.RawStdEncoding.DecodeString("Zm9vYg==")
	fmt.Printf("raw with padding: %q %v\n", d, err)
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	e := custom.EncodeToString([]byte("custom!"))
	back, err := custom.DecodeString(e)
	fmt.Println(e, string(back), err)
	for _, f := range []func(){
		func() { base64.NewEncoding("short") },
		func() { base64.NewEncoding(strings.Repeat("a", 63) + "\n") },
		func() { base64.StdEncoding.WithPadding('A') },
		func() { base64.StdEncoding.WithPadding('\n') },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, part := range []string{"a", "bc", "defg", strings.Repeat("x", 2000), "yz"} {
		n, err := w.Write([]byte(part))
		fmt.Print(n, err, " ")
	}
	fmt.Println(w.Close(), len(sb.String()))
	all, err := base64.StdEncoding.DecodeString(sb.String())
	fmt.Println(len(all), string(all[:7]), string(all[len(all)-3:]), err)
	var ce base64.CorruptInputError = 42
	fmt.Println(ce.Error())
}
