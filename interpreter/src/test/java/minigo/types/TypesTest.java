package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Method sets, interface satisfaction, identity, comparability, substitution, type strings. */
class TypesTest {
    private static final String SRC = """
            package main

            type I interface{ V(); P() }
            type Base struct{ n int }
            func (b Base) V()  {}
            func (b *Base) P() {}
            type ByValue struct{ Base }
            type ByPtr struct{ *Base }
            type Pair[K comparable, V any] struct { k K; v V }
            type S struct { a []int }
            func main() {}
            """;

    private static Package pkg() {
        return TestSupport.check("./t.go", SRC);
    }

    private static Type type(Package p, String name) {
        return p.scope().lookup(name).type();
    }

    private static String names(List<Types.MethodSetEntry> ms) {
        StringBuilder sb = new StringBuilder();
        for (Types.MethodSetEntry e : ms) sb.append(e.method().name()).append(e.index()).append(' ');
        return sb.toString().trim();
    }

    @Test
    void methodSetsFollowTheSpec() {
        Package p = pkg();
        Type base = type(p, "Base");
        assertEquals("V[0]", names(Types.methodSet(base)));
        assertEquals("P[1] V[0]", names(Types.methodSet(new Pointer(base))));
        // Embedding Base by value promotes only V to ByValue, both to *ByValue.
        assertEquals("V[0, 0]", names(Types.methodSet(type(p, "ByValue"))));
        assertEquals("P[0, 1] V[0, 0]", names(Types.methodSet(new Pointer(type(p, "ByValue")))));
        // Embedding *Base promotes both.
        assertEquals("P[0, 1] V[0, 0]", names(Types.methodSet(type(p, "ByPtr"))));
    }

    @Test
    void interfaceSatisfaction() {
        Package p = pkg();
        Interface i = (Interface) type(p, "I").underlying();
        assertFalse(Types.implementsIface(type(p, "Base"), i));
        assertTrue(Types.implementsIface(new Pointer(type(p, "Base")), i));
        assertFalse(Types.implementsIface(type(p, "ByValue"), i));
        assertTrue(Types.implementsIface(type(p, "ByPtr"), i));
        Types.Missing m = Types.missingMethod(type(p, "Base"), i);
        assertEquals("P", m.method().name());
        assertTrue(m.ptrRecv());
    }

    @Test
    void identityComparabilityAndStrings() {
        Package p = pkg();
        assertTrue(Types.identical(new Slice(Basic.INT), new Slice(Basic.INT)));
        assertTrue(Types.identical(Basic.BYTE, Basic.UINT8));
        assertFalse(Types.identical(new MapType(Basic.STRING, Basic.INT), new MapType(Basic.STRING, Basic.INT64)));
        assertFalse(Types.comparable(type(p, "S")));
        assertTrue(Types.comparable(type(p, "Base")));
        Named pair = (Named) type(p, "Pair");
        Named inst = Types.instantiate(pair, List.of(Basic.STRING, new Slice(Basic.INT)));
        assertTrue(inst == Types.instantiate(pair, List.of(Basic.STRING, new Slice(Basic.INT))));
        assertEquals("main.Pair[string,[]int]", inst.toString());
        assertEquals("Pair[string, []int]", TypeString.checker(inst, p));
        assertEquals("struct { k string; v []int }", inst.underlying().toString());
        assertEquals("[]uint8", new Slice(Basic.BYTE).toString());
        assertEquals("[]byte", TypeString.checker(new Slice(Basic.BYTE), p));
        TypeParam k = pair.typeParams().get(0);
        assertEquals("map[string]int", Types.subst(new MapType(k, Basic.INT), Map.of(k, Basic.STRING)).toString());
    }

    @Test
    void sizesOfBasicShapes() {
        Sizes s = Sizes.AMD64;
        assertEquals(16, s.sizeof(Basic.STRING));
        assertEquals(24, s.sizeof(new Slice(Basic.INT)));
        assertEquals(16, s.sizeof(Universe.ANY_IFACE));
        assertEquals(8, s.sizeof(new MapType(Basic.INT, Basic.INT)));
        assertEquals(8, s.sizeof(new Chan(Chan.Dir.SEND_RECV, Basic.INT)));
        assertEquals(4, s.alignof(Basic.COMPLEX64));
    }
}
