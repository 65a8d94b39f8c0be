package minigo.parser;

/** Go's %q for strings quoted inside messages: escapes quotes, backslashes and control characters. */
final class DumpQuote {
    private DumpQuote() {}

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) q.append(String.format("\\x%02x", c));
                    else q.appendCodePoint(c);
                }
            }
        });
        return q.append('"').toString();
    }
}
