package minigo.repl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;

/**
 * The session written as one Go file (for :escape, which analyses a file as {@code go build -gcflags=-m}
 * does): declarations as typed, top-level {@code :=} as package variables, other statements in
 * functions {@code __cellN}. Imports are kept apart and written first.
 */
final class Transcript {
    private final StringBuilder body = new StringBuilder();

    void clear() {
        body.setLength(0);
    }

    /** Declarations as typed (or loaded), without their imports. */
    void declarations(String text) {
        String noImports = text.replaceAll("(?s)(^|\\n)\\s*import\\s*\\(.*?\\)", "$1")
                .replaceAll("(?m)^\\s*import\\s+(\\S+\\s+)?\"[^\"]*\"\\s*;?", "")
                .replaceFirst("(?m)^\\s*package\\s+\\w+\\s*;?", "");
        body.append(noImports.strip()).append("\n\n");
    }

    /** A top-level declaring statement (var, const, :=, type) as a package-level declaration. */
    void declaringStatement(String piece) {
        body.append(piece.strip()).append("\n\n");
    }

    /** Statements that ran as the body of a function. */
    void function(String name, List<String> stmts) {
        body.append("func ").append(name).append("() {\n");
        for (String s : stmts) body.append('\t').append(s.strip().replace("\n", "\n\t")).append('\n');
        body.append("}\n\n");
    }

    String text() {
        return body.toString();
    }

    /** Slices of the typed text: statement i runs from its position to the next one's. */
    static final class Slicer {
        private final byte[] bytes;
        private final List<Integer> lineStarts = new ArrayList<>();

        Slicer(String text) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
            lineStarts.add(0);
            for (int i = 0; i < bytes.length; i++) if (bytes[i] == '\n') lineStarts.add(i + 1);
        }

        /** The byte offset of a position of the wrapper file (whose line 2 is the text's line 1). */
        int offset(Ast.Pos p) {
            int line = p.line() - 2;
            if (line < 0) return 0;
            if (line >= lineStarts.size()) return bytes.length;
            return Math.min(bytes.length, lineStarts.get(line) + p.col() - 1);
        }

        String slice(int from, int to) {
            String s = new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8).strip();
            while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
            return s;
        }

        int length() {
            return bytes.length;
        }
    }
}
