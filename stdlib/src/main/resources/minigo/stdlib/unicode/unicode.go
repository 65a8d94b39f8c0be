// Package unicode: Go 1.19's classification and case mapping functions. The predicates are Java
// natives over the JDK's Unicode character database (general categories agree with Go's tables;
// the JDK's Unicode version is newer than Go 1.19's 13.0.0, which only matters for characters
// assigned since); the Latin-1 fast paths are Go, like Go's own.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

const Version = "13.0.0"

func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == 0xAA || r == 0xB5 || r == 0xBA ||
			0xC0 <= r && r <= 0xFF && r != 0xD7 && r != 0xF7
	}
	return isLetter(r)
}

func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isDigit(r)
}

func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 'A' <= r && r <= 'Z' || 0xC0 <= r && r <= 0xDE && r != 0xD7
	}
	return isUpper(r)
}

func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || r == 0xB5 || 0xDF <= r && r <= 0xFF && r != 0xF7
	}
	return isLower(r)
}

func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || 0x7F <= r && r <= 0x9F
	}
	return false
}

// Natives: general-category questions beyond Latin-1, and the case mappings.

func isLetter(r rune) bool
func isDigit(r rune) bool
func isUpper(r rune) bool
func isLower(r rune) bool

func IsNumber(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
