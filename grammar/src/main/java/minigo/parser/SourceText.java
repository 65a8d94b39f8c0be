package minigo.parser;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast.Pos;
import minigo.ast.Diagnostic;

/**
 * A Go source file decoded once, with the tables that turn ANTLR's positions (code point offsets)
 * into Go's (line from 1, column in bytes from 1).
 *
 * <p>Decoding is strict, as Go's scanner is: a NUL byte is "invalid NUL character", a malformed UTF-8
 * sequence is "invalid UTF-8 encoding", a byte order mark after the first position is "invalid BOM in
 * the middle of the file". Those problems are collected, not thrown; the driver decides.
 */
final class SourceText {
    final String displayName;
    /** The decoded text, one Java char per UTF-16 unit; invalid bytes decode to U+FFFD. */
    final String text;
    /** byteOffset[i] = UTF-8 offset of code point i; one extra entry for the end of the file. */
    private final int[] byteOffset;
    /** Byte offset at which each line starts, line 1 at index 0. */
    private final int[] lineStart;
    final List<Diagnostic> encodingErrors = new ArrayList<>();
    /** True when the file began with a byte order mark (skipped, as Go does). */
    final boolean bom;

    SourceText(String displayName, byte[] src) {
        this.displayName = displayName;
        StringBuilder sb = new StringBuilder(src.length);
        int[] offsets = new int[src.length + 1];
        int n = 0;
        List<Integer> lines = new ArrayList<>();
        lines.add(0);
        int i = 0;
        boolean sawBom = false;
        if (src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF) {
            sawBom = true;
            i = 3;
        }
        this.bom = sawBom;
        while (i < src.length) {
            int b = src[i] & 0xff;
            int cp;
            int len;
            if (b < 0x80) {
                cp = b;
                len = 1;
            } else {
                len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
                cp = len == 4 ? b & 0x07 : len == 3 ? b & 0x0F : b & 0x1F;
                boolean ok = len > 0 && i + len <= src.length;
                for (int k = 1; ok && k < len; k++) {
                    int c = src[i + k] & 0xff;
                    if ((c & 0xC0) != 0x80) ok = false;
                    else cp = (cp << 6) | (c & 0x3F);
                }
                if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))) {
                    ok = false;
                }
                if (!ok) {
                    encodingErrors.add(new Diagnostic(posOfByte(lines, i), "invalid UTF-8 encoding"));
                    cp = 0xFFFD;
                    len = 1;
                }
            }
            if (cp == 0) {
                encodingErrors.add(new Diagnostic(posOfByte(lines, i), "invalid NUL character"));
            } else if (cp == 0xFEFF) {
                encodingErrors.add(new Diagnostic(posOfByte(lines, i), "invalid BOM in the middle of the file"));
            }
            offsets[n++] = i;
            sb.appendCodePoint(cp);
            i += len;
            if (cp == '\n') lines.add(i);
        }
        offsets[n] = src.length;
        this.byteOffset = java.util.Arrays.copyOf(offsets, n + 1);
        this.lineStart = lines.stream().mapToInt(Integer::intValue).toArray();
        this.text = sb.toString();
    }

    private Pos posOfByte(List<Integer> lines, int byteOff) {
        int line = lines.size();
        return new Pos(displayName, line, byteOff - lines.get(line - 1) + 1);
    }

    /** Go position of the code point at {@code cpIndex} (ANTLR's token start index). */
    Pos pos(int cpIndex) {
        if (cpIndex < 0) cpIndex = 0;
        if (cpIndex >= byteOffset.length) cpIndex = byteOffset.length - 1;
        int b = byteOffset[cpIndex];
        int lo = 0, hi = lineStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStart[mid] <= b) lo = mid;
            else hi = mid - 1;
        }
        return new Pos(displayName, lo + 1, b - lineStart[lo] + 1);
    }

    /** Number of code points, the index of EOF. */
    int length() {
        return byteOffset.length - 1;
    }
}
