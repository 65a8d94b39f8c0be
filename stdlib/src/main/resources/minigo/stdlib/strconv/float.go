package strconv

// formatFloat is strconv.FormatFloat in Java (FloatFormat): Go's shortest and fixed-precision digits.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// parseFloat parses s completely; status 0 is success, 1 a syntax error, 2 out of range
// (then f is ±Inf, as Go returns).
func parseFloat(s string, bitSize int) (f float64, status int)

// FormatFloat formats f with fmt 'b', 'e', 'E', 'f', 'g', 'G', 'x' or 'X' and precision prec
// (-1: the fewest digits that read back as f), for a float of bitSize 32 or 64 bits.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

// ParseFloat converts s to the nearest float of bitSize bits.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, status := parseFloat(s, bitSize)
	switch status {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}
