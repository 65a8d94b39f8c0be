package minigo.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import minigo.interp.Frontend;
import org.junit.jupiter.api.Test;

/**
 * The Go sources of every standard package type-check with minigo's checker, and every
 * standard-library identifier the conformance corpus and the benchmarks use exists with a type
 * that fits its use (corpus_identifiers.go was generated from them and builds with go1.19 too).
 */
class PackagesCheckTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = PackagesCheckTest.class.getResourceAsStream("/minigo/stdlib/check/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void allPackagesCheck() throws IOException {
        Frontend.check(List.of("all_packages.go"), List.of(resource("all_packages.go")));
    }

    @Test
    void aMissingIdentifierIsReported() {
        byte[] src = "package main\n\nimport \"strings\"\n\nfunc main() { strings.NoSuchFunc() }\n".getBytes();
        minigo.ast.CompileError e = org.junit.jupiter.api.Assertions.assertThrows(minigo.ast.CompileError.class,
                () -> Frontend.check(List.of("bad.go"), List.of(src)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("NoSuchFunc"), e.getMessage());
    }

    @Test
    void corpusIdentifiersExist() throws IOException {
        Frontend.check(List.of("corpus_identifiers.go"), List.of(resource("corpus_identifiers.go")));
    }
}
