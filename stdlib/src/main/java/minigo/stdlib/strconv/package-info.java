/**
 * strconv's float conversions, as Java natives: {@link minigo.stdlib.strconv.FloatFormat} (FormatFloat:
 * shortest digits that read back, or exact rounding to a precision, laid out as %e %f %g %b %x) and
 * {@link minigo.stdlib.strconv.FloatParse} (ParseFloat's syntax, correct rounding), plus
 * {@link minigo.stdlib.strconv.Quote} for fmt's %q. The rest of strconv is Go source. Both float
 * directions are replayed against tables recorded from Go ({@code src/test/go/regen.sh}).
 */
package minigo.stdlib.strconv;
