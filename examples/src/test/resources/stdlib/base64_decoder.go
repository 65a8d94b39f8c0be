// encoding/base64's streaming decoder: newlines, every buffer size, a one-byte reader, padded and
// unpadded endings, corrupt input.
package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

// oneByte reads one byte at a time.
type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	text := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("streaming decoder! ", 100)))
	var lines []string
	for i := 0; i < len(text); i += 76 {
		j := i + 76
		if j > len(text) {
			j = len(text)
		}
		lines = append(lines, text[i:j])
	}
	wrapped := strings.Join(lines, "\r\n")
	for _, size := range []int{1, 2, 3, 5, 100, 4096} {
		d := base64.NewDecoder(base64.StdEncoding, strings.NewReader(wrapped))
		buf := make([]byte, size)
		total := 0
		var err error
		for {
			var n int
			n, err = d.Read(buf)
			total += n
			if err != nil {
				break
			}
		}
		fmt.Println(size, total, err)
	}
	out, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, &oneByte{strings.NewReader("aGVsbG8g\nd29ybGQ=")}))
	fmt.Printf("%q %v\n", out, err)
	for _, s := range []string{"aGVsbG8", "aGVs!G8=", "aGVsbG8=aGk=", "", "\n\n", "aGk"} {
		out, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(s)))
		raw, err2 := io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader(s)))
		fmt.Printf("%q: %q %v | raw %q %v\n", s, out, err, raw, err2)
	}
}
