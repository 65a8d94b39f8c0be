package minigo.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import minigo.interp.Frontend;
import org.junit.jupiter.api.Test;

/**
 * The Go sources of every standard package type-check with minigo's checker (every body: a run
 * checks them lazily, only those it uses), and every standard-library identifier the conformance
 * corpus and the benchmarks use exists with a type that fits its use (corpus_identifiers.go was
 * generated from them and builds with go1.19 too).
 */
class PackagesCheckTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = PackagesCheckTest.class.getResourceAsStream("/minigo/stdlib/check/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void allPackagesCheck() throws IOException {
        String key = "minigo.types.eagerStdlib";
        String saved = System.getProperty(key);
        System.setProperty(key, "true");
        try {
            Frontend.check(List.of("all_packages.go"), List.of(resource("all_packages.go")));
        } finally {
            if (saved == null) System.clearProperty(key);
            else System.setProperty(key, saved);
        }
    }

    /** A run checks only the standard bodies it needs: hello world leaves most of fmt's unchecked. */
    @Test
    void standardBodiesAreCheckedWhenNeeded() {
        byte[] hello = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n".getBytes();
        minigo.types.Package fmt = null;
        for (minigo.types.Package p : Frontend.check(List.of("h.go"), List.of(hello)).packages()) {
            if (p.path().equals("fmt")) fmt = p;
        }
        org.junit.jupiter.api.Assertions.assertNotNull(fmt);
        int before = fmt.info().types.size();
        minigo.types.Func println = (minigo.types.Func) fmt.scope().lookup("Println");
        fmt.checkBody(println);
        org.junit.jupiter.api.Assertions.assertTrue(fmt.info().types.size() > before,
                "Println's body was checked before it was needed (" + before + " types)");
        int after = fmt.info().types.size();
        fmt.checkBody(println); // once
        org.junit.jupiter.api.Assertions.assertEquals(after, fmt.info().types.size());
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
