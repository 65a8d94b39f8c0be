package unicode

// Range16 and Range32 are Go's range representation; minigo's tables do not list ranges.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// A RangeTable is a set of code points: a general category, a script or a property. minigo's
// tables carry the set's name and answer membership from the JDK's character database (native),
// so R16 and R32 are empty.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	name        string
}

// isIn reports whether r is in the category, script or property called name.
func isIn(name string, r rune) bool

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool {
	return isIn(rangeTab.name, r)
}

// In reports whether r is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func table(name string) *RangeTable { return &RangeTable{name: name} }

// General categories.
var (
	C  = table("C")
	Cc = table("Cc")
	Cf = table("Cf")
	Co = table("Co")
	Cs = table("Cs")
	L  = table("L")
	Ll = table("Ll")
	Lm = table("Lm")
	Lo = table("Lo")
	Lt = table("Lt")
	Lu = table("Lu")
	M  = table("M")
	Mc = table("Mc")
	Me = table("Me")
	Mn = table("Mn")
	N  = table("N")
	Nd = table("Nd")
	Nl = table("Nl")
	No = table("No")
	P  = table("P")
	Pc = table("Pc")
	Pd = table("Pd")
	Pe = table("Pe")
	Pf = table("Pf")
	Pi = table("Pi")
	Po = table("Po")
	Ps = table("Ps")
	S  = table("S")
	Sc = table("Sc")
	Sk = table("Sk")
	Sm = table("Sm")
	So = table("So")
	Z  = table("Z")
	Zl = table("Zl")
	Zp = table("Zp")
	Zs = table("Zs")

	Cntrl  = Cc
	Other  = C
	Letter = L
	Lower  = Ll
	Title  = Lt
	Upper  = Lu
	Mark   = M
	Number = N
	Digit  = Nd
	Punct  = P
	Symbol = S
	Space  = Z
)

// Scripts.
var (
	Arabic     = table("Arabic")
	Armenian   = table("Armenian")
	Bengali    = table("Bengali")
	Common     = table("Common")
	Cyrillic   = table("Cyrillic")
	Devanagari = table("Devanagari")
	Georgian   = table("Georgian")
	Greek      = table("Greek")
	Han        = table("Han")
	Hangul     = table("Hangul")
	Hebrew     = table("Hebrew")
	Hiragana   = table("Hiragana")
	Inherited  = table("Inherited")
	Katakana   = table("Katakana")
	Latin      = table("Latin")
	Thai       = table("Thai")
)

// Properties.
var (
	White_Space     = table("White_Space")
	ASCII_Hex_Digit = table("ASCII_Hex_Digit")
	Hex_Digit       = table("Hex_Digit")
)

// GraphicRanges and PrintRanges define IsGraphic and IsPrint (PrintRanges plus the ASCII space).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

var PrintRanges = []*RangeTable{L, M, N, P, S}
