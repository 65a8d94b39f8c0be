package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Imports through {@link StdImporter} of a package of our own (test resources pkgs/minigo/stdlib/mylib):
 * exported names visible, unexported ones not, natives (functions without body) allowed in standard
 * packages, generic functions and types usable across packages.
 */
class ImportTest {
    private static final String HEADER = "package main\n\nimport \"mylib\"\n\n";

    @Test
    void exportedNamesAreVisible() {
        Package p = TestSupport.check("./a.go", HEADER + """
                func main() {
                	p := mylib.New(1, 2)
                	_ = p.Sum() + p.X + mylib.Exported
                	_ = mylib.Upper("x")
                	q := mylib.MakePair("k", 3)
                	_ = q.Val + 1
                	_ = mylib.Map([]int{1, 2}, func(i int) string { return "" })
                }
                """);
        Package lib = p.imports().get(0);
        assertEquals("mylib", lib.path());
        Func upper = (Func) lib.scope().lookup("Upper");
        assertTrue(upper.isNative());
        assertNotNull(lib.scope().lookup("hidden"));
    }

    @Test
    void unexportedNamesAreUndefined() {
        assertEquals("./a.go:6:12: undefined: mylib.hidden\n"
                + "./a.go:8:8: p.tag undefined (type *mylib.Point has no field or method tag)\n",
                TestSupport.errors("./a.go", HEADER + """
                func main() {
                	_ = mylib.hidden
                	p := mylib.New(1, 2)
                	_ = p.tag
                }
                """));
    }

    @Test
    void unusedImportAndMissingPackage() {
        assertEquals("./a.go:3:8: imported and not used: \"mylib\"\n",
                TestSupport.errors("./a.go", HEADER + "func main() {}\n"));
        assertEquals("./a.go:3:8: package nosuch is not in GOROOT (/usr/lib/go-1.19/src/nosuch)\n",
                TestSupport.errors("./a.go", "package main\n\nimport \"nosuch\"\n\nfunc main() {}\n"));
    }

    @Test
    void userCodeNeedsBodies() {
        assertEquals("./a.go:3:6: missing function body\n", TestSupport.errors("./a.go", "package main\n\nfunc f()\n\nfunc main() { f() }\n"));
    }
}
