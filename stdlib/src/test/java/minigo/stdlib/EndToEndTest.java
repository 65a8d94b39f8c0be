package minigo.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import minigo.interp.CheckedProgram;
import minigo.interp.Frontend;
import minigo.interp.Runner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs that exercise the standard packages through the whole pipeline (checker, interpreter,
 * Go sources and natives); stdout must be what go1.19 printed (src/test/go/regen.sh records it).
 */
class EndToEndTest {
    static final List<String> PROGRAMS = List.of("fmt_methods", "fmt_more", "fmt_scan", "strconv_strings", "sort_math_time");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EndToEndTest.class.getResourceAsStream("/minigo/stdlib/e2e/" + name)) {
            return in.readAllBytes();
        }
    }

    @TestFactory
    Stream<DynamicTest> programs() {
        return PROGRAMS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            CheckedProgram p = Frontend.check(List.of(name + ".go"), List.of(resource(name + ".go")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Runner.run(p, name, List.of(), out, err);
            assertEquals(new String(resource(name + ".out"), StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        }));
    }
}
