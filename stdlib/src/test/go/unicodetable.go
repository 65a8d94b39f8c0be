// Prints Go 1.19's unicode classification of every code point as runs: first last mask dU dL dT dF
// (mask bits: 1 Letter 2 Digit 4 Number 8 Upper 16 Lower 32 Title 64 Punct 128 Symbol 256 Mark
// 512 Graphic 1024 Print, then from 1<<11 the tables Lu Lm Lo Mn Nl No Pd Ps Sc Sm Z Zs Cc Cf Han
// Latin Greek Cyrillic White_Space Common; dX = To{Upper,Lower,Title}(r)-r and SimpleFold(r)-r). UnicodeTablesTest
// replays it. Regenerate with regen.sh.
package main

import (
	"fmt"
	"unicode"
)

func sig(r rune) [5]int {
	m := 0
	for i, f := range []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsUpper,
		unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsSymbol, unicode.IsMark, unicode.IsGraphic,
		unicode.IsPrint} {
		if f(r) {
			m |= 1 << i
		}
	}
	for i, t := range []*unicode.RangeTable{unicode.Lu, unicode.Lm, unicode.Lo, unicode.Mn, unicode.Nl, unicode.No,
		unicode.Pd, unicode.Ps, unicode.Sc, unicode.Sm, unicode.Z, unicode.Zs, unicode.Cc, unicode.Cf,
		unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.White_Space, unicode.Common} {
		if unicode.Is(t, r) {
			m |= 1 << (11 + i)
		}
	}
	return [5]int{m, int(unicode.ToUpper(r) - r), int(unicode.ToLower(r) - r), int(unicode.ToTitle(r) - r),
		int(unicode.SimpleFold(r) - r)}
}

func main() {
	start := rune(0)
	cur := sig(0)
	for r := rune(1); r <= unicode.MaxRune+1; r++ {
		var s [5]int
		if r <= unicode.MaxRune {
			s = sig(r)
		}
		if r > unicode.MaxRune || s != cur {
			fmt.Printf("%x %x %d %d %d %d %d\n", start, r-1, cur[0], cur[1], cur[2], cur[3], cur[4])
			start = r
			cur = s
		}
	}
}
