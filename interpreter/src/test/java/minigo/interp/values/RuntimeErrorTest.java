package minigo.interp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every runtime error value Go produced in src/test/go/values/errors.go, built the way minigo builds it. */
class RuntimeErrorTest {
    static final Layout INT = TestTypes.layout(TestTypes.INT);
    static final minigo.types.Type INTS = TestTypes.INTS;
    static final Layout EFACE = Layout.of(ValueKind.INTERFACE);

    /** Runs f, which must panic with a runtime error, and returns that error. */
    static RuntimeError panicOf(Runnable f) {
        try {
            f.run();
        } catch (GoPanic p) {
            return (RuntimeError) p.value;
        }
        throw new AssertionError("no panic");
    }

    @Test
    void messagesAndTypeNamesMatchGo() {
        GoSlice s = GoSlice.make(INT, 3);
        GoArray a = new GoArray(INT, 3);
        GoString abc = GoString.fromJava("abc");
        Map<String, Supplier<RuntimeError>> cases = new HashMap<>();
        cases.put("index", () -> panicOf(() -> s.getLong(5)));
        cases.put("index-neg", () -> panicOf(() -> s.getLong(-1)));
        cases.put("slice-acap", () -> panicOf(() -> GoSlice.slice(s, 0, 5)));
        cases.put("slice-b-from", () -> panicOf(() -> GoSlice.sliceFrom(s, 5)));
        cases.put("slice-b", () -> panicOf(() -> GoSlice.slice(s, 2, 1)));
        cases.put("slice3-b", () -> panicOf(() -> GoSlice.slice3(s, 0, 5, 1)));
        cases.put("slice3-c", () -> panicOf(() -> GoSlice.slice3(s, 5, 1, 1)));
        cases.put("slice3-acap", () -> panicOf(() -> GoSlice.slice3(s, 0, 1, 5)));
        cases.put("string-index", () -> panicOf(() -> abc.index(5)));
        cases.put("string-alen", () -> panicOf(() -> abc.slice(0, 5)));
        cases.put("array-alen", () -> panicOf(() -> GoSlice.sliceArray(a, 0, 5)));
        cases.put("array3-alen", () -> panicOf(() -> GoSlice.sliceArray3(a, 0, 1, 5)));
        cases.put("nil-map", () -> panicOf(() -> GoMap.put(null, GoString.fromJava("a"), 1L)));
        cases.put("nil-deref", () -> ErrorString.NIL_DEREF);
        cases.put("divide", () -> panicOf(() -> Arith.div(1, 0)));
        cases.put("assert-concrete", () -> TypeAssertionError.wrongType("interface {}", "string", "int"));
        cases.put("assert-nil-concrete", () -> TypeAssertionError.nilToConcrete("interface {}", "int"));
        cases.put("assert-missing-basic", () -> TypeAssertionError.missingMethod("string", "main.I", "M"));
        cases.put("assert-missing", () -> TypeAssertionError.missingMethod("main.T", "main.I", "M"));
        cases.put("assert-nil-iface", () -> TypeAssertionError.nilToInterface("main.I"));
        cases.put("makeslice-len", () -> panicOf(() -> GoSlice.make(INT, -1)));
        cases.put("makeslice-cap", () -> panicOf(() -> GoSlice.make(INT, 2, 1)));
        cases.put("unhashable", () -> panicOf(() -> new GoMap(EFACE, INT).put(new Iface(INTS, GoSlice.make(INT, 0)), 1L)));
        cases.put("uncomparable", () -> panicOf(() -> Iface.goEquals(new Iface(INTS, null), new Iface(INTS, null))));
        cases.put("neg-shift", () -> panicOf(() -> Arith.checkShiftCount(-1)));
        cases.put("close-nil", () -> PlainError.CLOSE_NIL);
        cases.put("close-closed", () -> PlainError.CLOSE_CLOSED);
        cases.put("send-closed", () -> PlainError.SEND_CLOSED);
        cases.put("index-nil-slice", () -> panicOf(() -> GoSlice.at(null, 0)));
        cases.put("index-uint", () -> panicOf(() -> s.atUnsigned((1L << 63) + 5)));
        cases.put("slice-b-neg", () -> panicOf(() -> GoSlice.sliceFrom(s, -3)));
        cases.put("convert", () -> BoundsError.convert(2, 3));
        cases.put("slice-b-uint", () -> panicOf(() -> GoSlice.slice(s, -1, 3, true)));
        cases.put("slice-acap-uint", () -> panicOf(() -> GoSlice.slice(s, 0, -1, true)));
        cases.put("slice-acap-neg", () -> panicOf(() -> GoSlice.slice(s, 0, -1)));
        cases.put("slice3-acap-neg", () -> panicOf(() -> GoSlice.slice3(s, 0, 1, -1)));
        cases.put("slice3-b-neg", () -> panicOf(() -> GoSlice.slice3(s, 0, -1, 2)));
        cases.put("slice3-c-neg", () -> panicOf(() -> GoSlice.slice3(s, -1, 2, 2)));
        cases.put("map-nil-lookup-unhashable", () -> panicOf(() -> GoMap.lookup(null, EFACE, new Iface(INTS, null))));
        cases.put("map-delete-unhashable", () -> panicOf(() -> new GoMap(EFACE, INT).delete(new Iface(INTS, null))));
        cases.put("unhashable-struct", () -> panicOf(() -> new GoMap(EFACE, INT).put(new Iface(TestTypes.S, new GoStruct(TestTypes.layout(TestTypes.S))), 1L)));
        minigo.types.Type mapType = TestTypes.MAP_INT_INT;
        cases.put("uncomparable-map", () -> panicOf(() -> Iface.goEquals(new Iface(mapType, new GoMap(INT, INT)), new Iface(mapType, new GoMap(INT, INT)))));
        minigo.types.Type fType = TestTypes.PRINTLN;
        cases.put("uncomparable-func", () -> panicOf(() -> Iface.goEquals(new Iface(fType, null), new Iface(fType, null))));
        cases.put("different-types-no-panic", () -> Iface.goEquals(new Iface(INTS, null), new Iface(TestTypes.INT, 1L)) ? new PlainError("equal?!") : null);

        int n = 0;
        for (String line : Golden.lines("errors.txt")) {
            String[] f = line.split("\\|", 3);
            Supplier<RuntimeError> c = cases.get(f[0]);
            assertNotNull(c, "case " + f[0]);
            RuntimeError e = c.get();
            if (f[1].equals("<nil>")) {
                assertEquals(null, e, f[0]);
            } else {
                assertEquals(f[1], e.goTypeName(), f[0]);
                assertEquals(f[2], e.error(), f[0]);
            }
            n++;
        }
        assertEquals(cases.size(), n);
    }

    @Test
    void nilDereferenceCarriesTheSignalLine() {
        assertTrue(ErrorString.NIL_DEREF.signalLine().startsWith("[signal SIGSEGV: segmentation violation"));
        assertEquals(null, ErrorString.DIVIDE.signalLine());
    }
}
