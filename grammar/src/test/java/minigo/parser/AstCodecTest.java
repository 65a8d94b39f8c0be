package minigo.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import minigo.ast.Ast;
import minigo.ast.AstCodec;
import org.junit.jupiter.api.Test;

/**
 * The standard library's trees are written at build time and read back by every run
 * ({@link AstCodec}): what is read must be the tree that was written, with the same nodes shared, and
 * the hand-written reader must know every record class of {@link Ast}.
 */
class AstCodecTest {

    /**
     * The go/ast golden cases (constructs.go holds every construct of the syntax), and a label on
     * nothing: the one place the builder makes an EmptyStmt.
     */
    private static List<Ast.File> corpus() throws Exception {
        Path dir = Path.of(AstCodecTest.class.getResource("/ast").toURI());
        List<Ast.File> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path go : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                files.add(SourceParser.parse(go.getFileName().toString(), Files.readAllBytes(go)));
            }
        }
        files.add(SourceParser.parse("empty.go", "package p\n\nfunc f() {\n\tgoto L\nL:\n}\n".getBytes()));
        return files;
    }

    @Test
    void readsBackWhatWasWritten() throws Exception {
        List<Ast.File> files = corpus();
        List<Ast.File> back = AstCodec.read(AstCodec.write(files));
        assertNotNull(back, "the reader refused its own writer's bytes");
        assertEquals(files, back); // records: equal node for node, position for position
    }

    @Test
    void everyRecordClassOccursAndIsRead() throws Exception {
        // The corpus must exercise every record, so that the test above covers each reader case.
        Set<String> seen = new TreeSet<>();
        for (Ast.File f : corpus()) collect(f, seen);
        Set<String> all = new TreeSet<>();
        for (Class<?> c : Ast.class.getDeclaredClasses()) {
            if (c.isRecord() && c != Ast.Pos.class) all.add(c.getSimpleName()); // Pos has an encoding of its own
        }
        all.removeAll(seen);
        assertEquals(Set.of(), all, "record classes absent from the corpus (add them to ast/constructs.go)");
    }

    @Test
    void sharedNodesStayShared() throws Exception {
        List<Ast.File> back = AstCodec.read(AstCodec.write(corpus()));
        int checked = 0;
        for (Ast.File f : back) {
            List<Ast.ImportSpec> specs = new ArrayList<>();
            for (Ast.Decl d : f.decls()) {
                if (d instanceof Ast.GenDecl g && g.tok().equals("import")) {
                    for (Ast.Spec s : g.specs()) specs.add((Ast.ImportSpec) s);
                }
            }
            assertEquals(f.imports().size(), specs.size());
            for (int i = 0; i < specs.size(); i++, checked++) assertSame(specs.get(i), f.imports().get(i));
        }
        assertTrue(checked > 0, "no imports in the corpus");
    }

    @Test
    void positionNoneIsTheConstant() {
        Ast.File f = new Ast.File(Ast.Pos.NONE, "x.go", new Ast.Ident(Ast.Pos.NONE, "p"), List.of(), List.of());
        assertSame(Ast.Pos.NONE, AstCodec.read(AstCodec.write(List.of(f))).get(0).pos());
    }

    @Test
    void refusesOtherBytes() {
        assertNull(AstCodec.read(new byte[0]));
        assertNull(AstCodec.read("package main\n".getBytes()));
        byte[] good = AstCodec.write(List.of());
        byte[] otherAst = Arrays.copyOf(good, good.length);
        otherAst[5] ^= 1; // the fingerprint of Ast's record classes
        assertNull(AstCodec.read(otherAst));
    }

    private static void collect(Object v, Set<String> seen) throws Exception {
        if (v instanceof List<?> l) {
            for (Object o : l) collect(o, seen);
        } else if (v instanceof Record r && !(v instanceof Ast.Pos)) {
            seen.add(r.getClass().getSimpleName());
            for (var rc : r.getClass().getRecordComponents()) collect(rc.getAccessor().invoke(r), seen);
        }
    }
}
