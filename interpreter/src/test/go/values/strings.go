// Records Go's UTF-8 decoding (for range over strings) and rune conversions, for GoStringTest:
//   R <hex bytes> <i:rune ...>        for i, r := range s
//   N <hex bytes> <len([]rune(s))> <hex bytes of string([]rune(s))>
//   S <rune> <hex bytes of string(rune)>
package main

import "fmt"

func main() {
	ss := []string{"", "abc", "héllo, 世界", "\xff", "a\xffb", "\xc0\x80", "\xc2\x80", "\xc2", "\xe0\x80\x80", "\xe0\xa0\x80",
		"\xed\xa0\x80", "\xed\x9f\xbf", "\xef\xbf\xbd", "\xf0\x90\x80\x80", "\xf0\x80\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xe2\x82", "\xe2\x82x", "\xf0\x9f\x98", "\xf0\x9f\x98\x80!", "\x80\x80",
		"\xc1\xbf", "\xf8\x88\x80\x80\x80", "日本\xe6\x97", "\xe6\x97\xa5\xe6"}
	for _, s := range ss {
		fmt.Printf("R %x", s)
		for i, r := range s {
			fmt.Printf(" %d:%d", i, r)
		}
		fmt.Println()
		rs := []rune(s)
		fmt.Printf("N %x %d %x\n", s, len(rs), string(rs))
	}
	for _, r := range []int64{0, 65, 127, 128, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 1 << 32, -1 << 40} {
		fmt.Printf("S %d %x\n", r, string(r)) // int64 operand: no truncation to rune
	}
}
