package minigo.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The few pieces of Go formatting the checker's messages need (%g, strconv.Quote). */
final class GoFormat {
    private GoFormat() {}

    /** Go's %.{prec}g for a finite double. */
    static String formatG(double d, int prec) {
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        BigDecimal b = new BigDecimal(d).round(new MathContext(prec, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digits = b.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - b.scale();
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= prec) {
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return sign + b.abs().toPlainString();
    }

    static String quote(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                switch (b) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    case 7 -> sb.append("\\a");
                    case 8 -> sb.append("\\b");
                    case 12 -> sb.append("\\f");
                    case 11 -> sb.append("\\v");
                    default -> {
                        if (b < 0x20 || b == 0x7f) sb.append(String.format("\\x%02x", b));
                        else sb.append((char) b);
                    }
                }
                i++;
                continue;
            }
            int len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            if (i + len <= bytes.length && len > 1) {
                try {
                    String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, i, len)).toString();
                    int cp = s.codePointAt(0);
                    if (Character.isISOControl(cp) || !Character.isDefined(cp)) sb.append(String.format("\\u%04x", cp));
                    else sb.append(s);
                    i += len;
                    continue;
                } catch (CharacterCodingException e) {
                    // fall through
                }
            }
            sb.append(String.format("\\x%02x", b));
            i++;
        }
        return sb.append('"').toString();
    }
}
