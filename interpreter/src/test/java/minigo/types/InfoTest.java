package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import org.junit.jupiter.api.Test;

/** What the interpreter relies on in {@link Info}: final types of untyped operands, selections, instances, init order. */
class InfoTest {
    private Package pkg;

    private Package check(String body) {
        pkg = TestSupport.check("./a.go", "package main\n\n" + body);
        return pkg;
    }

    /** The recorded TypeAndValue of the first expression (in source order) printed exactly as text. */
    private TypeAndValue tv(String exprText) {
        List<Ast.Expr> found = new ArrayList<>();
        for (var e : pkg.info().types.keySet()) if (ExprString.of(e).equals(exprText)) found.add(e);
        found.sort((a, b) -> a.pos().line() != b.pos().line() ? a.pos().line() - b.pos().line() : a.pos().col() - b.pos().col());
        assertTrue(!found.isEmpty(), "no expression " + exprText);
        return pkg.info().types.get(found.get(0));
    }

    @Test
    void untypedConstantsGetTheirContextType() {
        check("""
                func main() {
                	var f float64 = 1
                	var i int64 = 2 + 3
                	var x interface{} = 'a'
                	s := 1 << 3
                	_, _, _, _ = f, i, x, s
                }
                """);
        assertEquals("float64", tv("1").type().toString());
        assertEquals(1.0, tv("1").value().float64Value());
        assertEquals("int64", tv("2 + 3").type().toString());
        assertEquals(5L, tv("2 + 3").value().int64Value());
        assertEquals("int32", tv("'a'").type().toString()); // rune, the default type, in an interface
        assertEquals("int", tv("1 << 3").type().toString());
    }

    @Test
    void nilTakesTheTargetType() {
        check("""
                type T struct{}
                func main() {
                	var p *T = nil
                	var e error
                	_ = e == nil
                	_ = p
                }
                """);
        assertEquals("*main.T", tv("nil").type().toString());
        assertEquals(TypeAndValue.Mode.VALUE, tv("e == nil").mode());
        assertEquals("bool", tv("e == nil").type().toString());
    }

    @Test
    void nonConstantShiftTakesTypeFromContext() {
        check("""
                func main() {
                	var s uint = 3
                	var x int64 = 1 << s
                	_ = x
                }
                """);
        assertEquals("int64", tv("1").type().toString());
        assertEquals("int64", tv("1 << s").type().toString());
    }

    @Test
    void promotedFieldsAndMethods() {
        check("""
                type Base struct{ id int }
                func (b *Base) ID() int { return b.id }
                type Mid struct{ *Base }
                type Top struct {
                	name string
                	Mid
                }
                func main() {
                	var t Top
                	_ = t.id
                	_ = t.ID()
                	f := (*Base).ID
                	_ = f
                }
                """);
        Info info = pkg.info();
        Selection field = null, method = null, mexpr = null;
        for (var en : info.selections.entrySet()) {
            switch (en.getKey().sel().name()) {
                case "id" -> { if (ExprString.of(en.getKey()).equals("t.id")) field = en.getValue(); }
                case "ID" -> {
                    if (en.getValue().kind() == Selection.Kind.METHOD_VAL) method = en.getValue();
                    else mexpr = en.getValue();
                }
                default -> {}
            }
        }
        assertNotNull(field);
        assertEquals(List.of(1, 0, 0), field.index());
        assertTrue(field.indirect());
        assertEquals(Selection.Kind.FIELD_VAL, field.kind());
        assertNotNull(method);
        assertEquals(List.of(1, 0, 0), method.index());
        assertEquals(Selection.Kind.METHOD_EXPR, mexpr.kind());
        assertEquals("func(*main.Base) int", mexpr.type().toString());
    }

    @Test
    void inferredInstances() {
        check("""
                func Map[T, U any](xs []T, f func(T) U) []U { return nil }
                func Max[T int | float64](a, b T) T { return a }
                type Pair[K comparable, V any] struct { k K; v V }
                func (p Pair[K, V]) Key() K { return p.k }
                func itoa(i int) string { return "" }
                func main() {
                	_ = Map([]int{1}, itoa)
                	_ = Max(1, 2)
                	_ = Max(1.5, 2.5)
                	p := Pair[string, int]{"a", 1}
                	_ = p.Key()
                }
                """);
        List<String> inst = new ArrayList<>();
        pkg.info().instances.entrySet().stream()
                .sorted((a, b) -> a.getKey().pos().line() * 1000 + a.getKey().pos().col() - b.getKey().pos().line() * 1000 - b.getKey().pos().col())
                .forEach(en -> inst.add(en.getKey().name() + en.getValue().typeArgs() + " " + en.getValue().type()));
        assertEquals(List.of("Map[int, string] func([]int, func(int) string) []string", "Max[int, int] func(int, int) int".replace("[int, int]", "[int]"),
                "Max[float64] func(float64, float64) float64", "Pair[string, int] main.Pair[string,int]"), inst);
        // The method of an instance is an instantiated copy whose origin is the generic method.
        Named pairInst = (Named) pkg.info().instances.values().stream()
                .filter(i -> i.type() instanceof Named).findFirst().orElseThrow().type();
        Func key = pairInst.methods().get(0);
        assertEquals("func() string", new Selection(Selection.Kind.METHOD_VAL, pairInst, key, List.of(0), false).type().toString());
        assertSame(((Named) pairInst.origin()).methods().get(0), key.origin());
    }

    @Test
    void typeSwitchClauseVariables() {
        check("""
                func main() {
                	var x interface{} = 1
                	switch v := x.(type) {
                	case int:
                		_ = v + 1
                	case string, bool:
                		_ = v
                	default:
                		_ = v
                	}
                }
                """);
        List<String> types = new ArrayList<>();
        pkg.info().implicits.entrySet().stream().filter(e -> e.getKey() instanceof Ast.CaseClause)
                .sorted((a, b) -> a.getKey().pos().line() - b.getKey().pos().line())
                .forEach(e -> types.add(e.getValue().type().toString()));
        assertEquals(List.of("int", "interface {}", "interface {}"), types);
    }

    @Test
    void initializationOrderFollowsDependencies() {
        check("""
                var a = c + b
                var b = f()
                var c = f()
                var d = 3
                func f() int { d++; return d }
                var x, y = g()
                func g() (int, int) { return a, b }
                func main() {}
                """);
        List<String> order = new ArrayList<>();
        for (Initializer in : pkg.initOrder()) {
            StringBuilder sb = new StringBuilder();
            for (Var v : in.lhs()) sb.append(v.name());
            order.add(sb.toString());
        }
        assertEquals(List.of("d", "b", "c", "a", "xy"), order);
    }

    @Test
    void commaOkRecordsATuple() {
        check("""
                func main() {
                	m := map[string]int{}
                	v, ok := m["a"]
                	_, _ = v, ok
                }
                """);
        assertEquals("(int, bool)", tv("m[\"a\"]").type().toString());
    }

    @Test
    void constantsOfArrayLengths() {
        check("""
                func main() {
                	var a [4]int
                	const n = len(a)
                	_ = n
                	_ = [...]string{"x", "y"}
                }
                """);
        assertEquals(4L, tv("len(a)").value().int64Value());
        assertEquals("[2]string", tv("[...]string{…}").type().toString());
        assertNull(tv("a").value());
    }
}
