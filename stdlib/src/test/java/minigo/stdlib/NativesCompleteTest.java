package minigo.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minigo.interp.natives.NativeRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every function the stdlib's Go sources declare without a body has a native under the key the
 * interpreter will look up ("path.Func" or "path.Type.Method"), and every package's FILES index
 * names files that exist.
 */
class NativesCompleteTest {
    static final String[] PACKAGES = {
        "errors", "fmt", "io", "os", "strings", "bytes", "strconv", "unicode", "unicode/utf8", "math", "sort",
        "time", "runtime", "runtime/debug", "sync", "sync/atomic", "bufio", "container/heap", "container/list",
        "flag", "math/rand", "path", "path/filepath", "reflect", "container/ring", "io/ioutil", "text/tabwriter",
    };

    /** func Name(...) or func (r *Type) Name(...) on one line, without an opening brace. */
    private static final Pattern BODYLESS =
            Pattern.compile("^func (?:\\(\\w+ \\*?(\\w+)(?:\\[[^]]*\\])?\\) )?(\\w+)(?:\\[[^]]*\\])?\\([^{]*$");

    static String read(String path) throws IOException {
        try (InputStream in = NativesCompleteTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, "missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyBodylessFunctionHasANative() throws IOException {
        NativeRegistry registry = NativeRegistry.loadAll();
        List<String> missing = new ArrayList<>();
        int natives = 0;
        for (String pkg : PACKAGES) {
            String dir = "minigo/stdlib/" + pkg + "/";
            for (String file : read(dir + "FILES").split("\n")) {
                if (file.isBlank()) {
                    continue;
                }
                for (String line : read(dir + file.strip()).split("\n")) {
                    Matcher m = BODYLESS.matcher(line);
                    if (m.matches()) {
                        String key = pkg + "." + (m.group(1) != null ? m.group(1) + "." : "") + m.group(2);
                        natives++;
                        if (registry.lookup(key) == null) {
                            missing.add(key);
                        }
                    }
                }
            }
        }
        assertTrue(natives > 100, "found " + natives + " native declarations");
        assertEquals(List.of(), missing);
    }
}
