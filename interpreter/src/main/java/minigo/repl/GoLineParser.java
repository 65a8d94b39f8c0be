package minigo.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of a line of Go: on Enter, incomplete input ({@link Input#isComplete}) makes JLine
 * continue the buffer on a new line instead of accepting it; for completion, the word under the cursor
 * is the qualified identifier being typed ({@code strings.Sp}) or a {@code :command}.
 */
final class GoLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && !Input.isComplete(line)) {
            throw new EOFError(-1, cursor, "incomplete Go input", "more");
        }
        return new Words(line, cursor);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':';
    }

    /** The line split into words of identifier characters (dots and a leading colon included). */
    static final class Words implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final List<String> words = new ArrayList<>();
        private int wordIndex = -1;
        private int wordCursor;

        Words(String line, int cursor) {
            this.line = line;
            this.cursor = cursor;
            int i = 0;
            while (i < line.length()) {
                if (!isWordChar(line.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < line.length() && isWordChar(line.charAt(i))) i++;
                if (cursor >= start && cursor <= i) {
                    wordIndex = words.size();
                    wordCursor = cursor - start;
                    words.add(line.substring(start, cursor));
                } else {
                    words.add(line.substring(start, i));
                }
            }
            if (wordIndex < 0) {
                wordIndex = words.size();
                words.add("");
                wordCursor = 0;
            }
        }

        @Override
        public String word() {
            return words.get(wordIndex);
        }

        @Override
        public int wordCursor() {
            return wordCursor;
        }

        @Override
        public int wordIndex() {
            return wordIndex;
        }

        @Override
        public List<String> words() {
            return words;
        }

        @Override
        public String line() {
            return line;
        }

        @Override
        public int cursor() {
            return cursor;
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
