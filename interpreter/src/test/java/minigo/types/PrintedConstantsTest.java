package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import org.junit.jupiter.api.Test;

/**
 * Programs whose fmt.Println arguments are all constants: the checker's exact values, printed the way
 * Println prints them, must equal what real Go printed (consts.out, sizes.out).
 */
class PrintedConstantsTest {
    @Test
    void constantArithmetic() {
        compare("consts");
    }

    /** unsafe.Sizeof/Alignof/Offsetof are constants computed by {@link Sizes}: gc's amd64 layout. */
    @Test
    void sizesMatchGc() {
        compare("sizes");
    }

    private static void compare(String name) {
        var dir = TestSupport.RESOURCES.resolve(name);
        String src = TestSupport.read(dir.resolve(name + ".go"));
        Ast.File f = TestSupport.parse("./" + name + ".go", src);
        Package pkg = new Checker().check("main", List.of(f), TestSupport.importer());
        StringBuilder out = new StringBuilder();
        for (Ast.Decl d : f.decls()) {
            if (!(d instanceof Ast.FuncDecl fd) || !fd.name().name().equals("main")) continue;
            for (Ast.Stmt s : fd.body().list()) {
                if (!(s instanceof Ast.ExprStmt es) || !(es.x() instanceof Ast.CallExpr call)) continue;
                List<String> parts = new ArrayList<>();
                for (Ast.Expr a : call.args()) parts.add(format(pkg.info().types.get(a)));
                out.append(String.join(" ", parts)).append('\n');
            }
        }
        assertEquals(TestSupport.read(dir.resolve(name + ".out")), out.toString());
    }

    private static String format(TypeAndValue tv) {
        Constant c = tv.value();
        if (c == null) return "<not constant>";
        return switch (c) {
            case Constant.Int i -> {
                BigInteger v = i.value();
                yield v.toString();
            }
            case Constant.Bool b -> Boolean.toString(b.value());
            case Constant.Str s -> new String(s.bytes(), StandardCharsets.UTF_8);
            case Constant.Float fl -> Double.toString(c.float64Value());
            case Constant.Complex x -> x.toString();
        };
    }
}
