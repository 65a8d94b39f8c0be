package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs that real Go compiles (copied from the conformance corpus into ok/) must check without
 * error, and the Info the checker produces must satisfy the invariants documented in {@link Info}:
 * every expression typed, every identifier resolved, every selector selected.
 */
class ValidProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() {
        Path dir = TestSupport.RESOURCES.resolve("ok");
        return TestSupport.files(dir, ".go").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = "./" + p.getFileName();
            Ast.File f = TestSupport.parse(name, TestSupport.read(p));
            Package pkg;
            try {
                pkg = new Checker().check("main", List.of(f), TestSupport.importer());
            } catch (CompileError e) {
                fail(e.diagnostics().toString());
                return;
            }
            checkInvariants(pkg, f);
        }));
    }

    /** Walks the AST and checks the side tables cover it. */
    static void checkInvariants(Package pkg, Ast.File f) {
        Info info = pkg.info();
        Map<Ast.Node, Boolean> skip = new IdentityHashMap<>();
        List<String> problems = new ArrayList<>();
        walk(f.packageName(), f, info, skip, problems);
        walk(f.decls(), f, info, skip, problems);
        if (!problems.isEmpty()) fail(problems.size() + " problems, first: " + problems.subList(0, Math.min(10, problems.size())));
    }

    /** Type-set terms ({@code ~int | string}) are not expressions; their operand types are recorded. */
    private static void skipUnion(Ast.Expr e, Map<Ast.Node, Boolean> skip) {
        if (e instanceof Ast.BinaryExpr b && b.op().equals("|")) {
            skip.put(b, true);
            skipUnion(b.x(), skip);
            skipUnion(b.y(), skip);
        } else if (e instanceof Ast.UnaryExpr u && u.op().equals("~")) skip.put(u, true);
    }

    private static void walk(Object n, Ast.Node parent, Info info, Map<Ast.Node, Boolean> skip, List<String> problems) {
        if (n == null) return;
        if (n instanceof List<?> l) {
            for (Object o : l) walk(o, parent, info, skip, problems);
            return;
        }
        if (!(n instanceof Ast.Node node)) return;
        // Children that are not value expressions.
        switch (node) {
            case Ast.SelectorExpr s -> {
                if (info.selections.get(s) == null && !(s.x() instanceof Ast.Ident pid && info.uses.get(pid) instanceof PkgName)
                        && !skip.containsKey(s))
                    problems.add("no selection for " + s.pos() + " " + ExprString.of(s));
                if (info.objectOf(s.sel()) == null) problems.add("selector name unresolved at " + s.sel().pos());
                skip.put(s.sel(), true);
            }
            case Ast.CompositeLit cl -> {
                TypeAndValue tv = info.types.get(cl);
                if (tv != null && Types.coreType(tv.type() instanceof Pointer p ? p.elem() : tv.type()) instanceof Struct) {
                    for (Ast.Expr e : cl.elts()) if (e instanceof Ast.KeyValueExpr kv) skip.put(kv.key(), true);
                }
            }
            case Ast.Field fl -> {
                for (Ast.Ident id : fl.names()) skip.put(id, true);
            }
            case Ast.LabeledStmt ls -> skip.put(ls.label(), true);
            case Ast.BranchStmt bs -> {
                if (bs.label() != null) skip.put(bs.label(), true);
            }
            case Ast.File file -> skip.put(file.packageName(), true);
            case Ast.ImportSpec is -> {
                if (is.name() != null) skip.put(is.name(), true);
                skip.put(is.path(), true);
            }
            case Ast.ArrayType at -> {
                if (at.len() instanceof Ast.Ellipsis el) skip.put(el, true);
            }
            case Ast.InterfaceType it -> {
                for (Ast.Field el : it.elements()) skipUnion(el.type(), skip);
            }
            case Ast.FuncType ft -> {
                for (Ast.Field tp : ft.typeParams()) skipUnion(tp.type(), skip);
            }
            case Ast.TypeSpec ts -> {
                for (Ast.Field tp : ts.typeParams()) skipUnion(tp.type(), skip);
            }
            case Ast.TypeSwitchStmt ts -> {
                if (ts.assign() instanceof Ast.AssignStmt as) skip.put(as.lhs().get(0), true);
            }
            default -> {}
        }
        if (node instanceof Ast.Ident id && !skip.containsKey(id)) {
            if (!id.name().equals("_") && info.objectOf(id) == null && !info.defs.containsKey(id))
                problems.add("unresolved identifier " + id.name() + " at " + id.pos());
        } else if (node instanceof Ast.Expr e && !(node instanceof Ast.KeyValueExpr) && !(node instanceof Ast.Ident) && !skip.containsKey(e)) {
            TypeAndValue tv = info.types.get(e);
            if (tv == null) problems.add("untyped expression " + e.getClass().getSimpleName() + " at " + e.pos());
            else if (tv.type() == null || tv.type() == Basic.INVALID) problems.add("invalid type at " + e.pos());
        }
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            try {
                Object child = rc.getAccessor().invoke(node);
                walk(child, node, info, skip, problems);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
