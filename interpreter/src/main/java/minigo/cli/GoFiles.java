package minigo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Go files named on a command line, read, with the names Go's tools print for them.
 *
 * <p>{@code go run} splits its arguments at the first one that does not end in {@code .go}: the files
 * before it make the program, everything from it on is the program's. It prints a file's position
 * as {@code ./name.go} when the file is in the current directory and otherwise as the shorter of its
 * relative and absolute paths (cmd/go's ShortPath); we do the same so that messages match byte for byte.
 */
public record GoFiles(List<String> given, List<Path> paths, List<String> displayNames, List<byte[]> contents,
        List<String> programArgs) {

    /** Why the command line names no readable program; the message is Go's, the status go run's. */
    public static final class Problem extends Exception {
        final int status;

        Problem(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    public static GoFiles read(List<String> args) throws Problem {
        int n = 0;
        while (n < args.size() && args.get(n).endsWith(".go")) {
            n++;
        }
        if (n == 0) {
            throw new Problem("minigo: no go files listed", 1);
        }
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String arg = args.get(i);
            Path p = Path.of(arg).toAbsolutePath().normalize();
            try {
                if (Files.isDirectory(p)) {
                    throw new Problem("read " + arg + ": is a directory", 1);
                }
                byte[] src = Files.readAllBytes(p);
                if (nulInHeader(src)) {
                    throw new Problem("go: reading " + arg + ": unexpected NUL in input", 1);
                }
                contents.add(src);
            } catch (NoSuchFileException e) {
                throw new Problem("stat " + arg + ": no such file or directory", 1);
            } catch (IOException e) {
                throw new Problem("open " + arg + ": " + e.getMessage(), 1);
            }
            paths.add(p);
            names.add(displayName(cwd, p));
        }
        return new GoFiles(List.copyOf(args.subList(0, n)), paths, names, contents,
                List.copyOf(args.subList(n, args.size())));
    }

    /**
     * cmd/go reads each file's package clause and imports before compiling and refuses a NUL byte
     * there; a NUL further on is the compiler's {@code invalid NUL character}. We approximate the
     * header as everything before the first top-level func, type, var or const.
     */
    static boolean nulInHeader(byte[] src) {
        String s = new String(src, java.nio.charset.StandardCharsets.ISO_8859_1);
        int nul = s.indexOf('\0');
        if (nul < 0) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(func|type|var|const)\\b").matcher(s);
        return !m.find() || nul < m.start();
    }

    static String displayName(Path cwd, Path file) {
        if (cwd.equals(file.getParent())) {
            return "./" + file.getFileName();
        }
        String abs = file.toString();
        try {
            String rel = cwd.relativize(file).toString();
            return rel.length() < abs.length() ? rel : abs;
        } catch (IllegalArgumentException e) {
            return abs;
        }
    }
}
