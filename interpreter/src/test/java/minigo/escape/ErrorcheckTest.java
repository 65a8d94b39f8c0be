package minigo.escape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go's errorcheck convention, as its own escape tests use it: a line ending in
 * {@code // ERROR "re1" "re2"} expects, for each regexp, a -m message on that line matching it;
 * and every message printed must be expected by some regexp on its line.
 */
class ErrorcheckTest {
    private static final Pattern ERROR = Pattern.compile("//\\s*ERROR\\s+(.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern MESSAGE = Pattern.compile("^\\./[^:]+:(\\d+):\\d+: (.*)$");

    @TestFactory
    Stream<DynamicTest> errorcheck() throws IOException, URISyntaxException {
        Path dir = EscapeGoldenTest.dir().resolve("errorcheck");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path p) throws IOException {
        List<String> src = Files.readAllLines(p);
        List<String> messages = EscapeGoldenTest.report(p, 1);
        List<String> problems = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String m : messages) {
            if (!m.startsWith("#")) {
                unmatched.add(m);
            }
        }
        for (int i = 0; i < src.size(); i++) {
            Matcher em = ERROR.matcher(src.get(i));
            if (!em.find()) {
                continue;
            }
            Matcher q = QUOTED.matcher(em.group(1));
            while (q.find()) {
                // Go's RE2 reads a brace that starts no repetition as a literal; Java needs it quoted.
                String goRe = q.group(1).replace("\\\\", "\\").replaceAll("\\{(?!\\d)", "\\\\{")
                        .replaceAll("(?<![\\d,])\\}", "\\\\}");
                Pattern re = Pattern.compile(goRe);
                boolean found = false;
                for (String m : new ArrayList<>(unmatched)) {
                    Matcher mm = MESSAGE.matcher(m);
                    if (mm.matches() && Integer.parseInt(mm.group(1)) == i + 1 && re.matcher(mm.group(2)).find()) {
                        unmatched.remove(m);
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    problems.add((i + 1) + ": missing message matching " + re);
                }
            }
        }
        for (String m : unmatched) {
            problems.add("unexpected: " + m);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
