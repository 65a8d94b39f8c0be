package minigo.stdlib.fmt;

import static minigo.stdlib.fmt.GoTypes.MAIN;
import static minigo.stdlib.fmt.GoTypes.i;
import static minigo.stdlib.fmt.GoTypes.ints;
import static minigo.stdlib.fmt.GoTypes.named;
import static minigo.stdlib.fmt.GoTypes.str;
import static minigo.stdlib.fmt.GoTypes.strings;
import static minigo.stdlib.fmt.GoTypes.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minigo.interp.values.GoArray;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.stdlib.TestEnv;
import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.Interface;
import minigo.types.MapType;
import minigo.types.Named;
import minigo.types.Pointer;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * fmt on composite values, nil values and methods; expected strings are Go 1.19's output for the
 * same values (the conformance programs fmt_v, fmt_nil, fmt_sprint and fmt_T).
 */
class FmtValuesTest {
    TestEnv env;

    @BeforeEach
    void setUp() {
        env = TestEnv.install();
    }

    static String sprintf(String format, Object... a) {
        return FmtCasesTest.sprintf(format, a);
    }

    static String sprint(Object... a) {
        Printer p = new Printer(null);
        p.doPrint(FmtCasesTest.args(a));
        return p.buffer().toString();
    }

    static String sprintln(Object... a) {
        Printer p = new Printer(null);
        p.doPrintln(FmtCasesTest.args(a));
        return p.buffer().toString();
    }

    // type Address struct { City string; Zip int }
    static final Named ADDRESS = named("Address", struct("City", Basic.STRING, "Zip", Basic.INT));
    // type Person struct { Name string; Age int; Addr Address; Tags []string; private bool }
    static final Named PERSON = named("Person", struct("Name", Basic.STRING, "Age", Basic.INT, "Addr", ADDRESS,
            "Tags", new Slice(Basic.STRING), "private", Basic.BOOL));

    static GoStruct alice() {
        return struct(PERSON, str("Alice"), 30L, struct(ADDRESS, str("Paris"), 75001L), strings("a", "b"), true);
    }

    @Test
    void structs() {
        GoStruct p = alice();
        assertEquals("{Alice 30 {Paris 75001} [a b] true}", sprintf("%v", i(PERSON, p)));
        assertEquals("{Name:Alice Age:30 Addr:{City:Paris Zip:75001} Tags:[a b] private:true}", sprintf("%+v", i(PERSON, p)));
        assertEquals("main.Person{Name:\"Alice\", Age:30, Addr:main.Address{City:\"Paris\", Zip:75001}, "
                + "Tags:[]string{\"a\", \"b\"}, private:true}", sprintf("%#v", i(PERSON, p)));
        Pointer pp = new Pointer(PERSON);
        assertEquals("&{Alice 30 {Paris 75001} [a b] true}", sprintf("%v", i(pp, p)));
        assertEquals("&{Name:Alice Age:30 Addr:{City:Paris Zip:75001} Tags:[a b] private:true}", sprintf("%+v", i(pp, p)));
        Struct anon = struct("A", Basic.INT, "B", Basic.STRING);
        assertEquals("struct { A int; B string }{A:1, B:\"x\"}", sprintf("%#v", i(anon, struct(anon, 1L, str("x")))));
        Named inner = named("Inner", struct("X", Basic.INT, "Y", Basic.INT));
        assertEquals("{ff 10}", sprintf("%x", i(inner, struct(inner, 255L, 16L))));
        assertEquals("&{7 8}", sprintf("%d", i(new Pointer(inner), struct(inner, 7L, 8L))));
    }

    @Test
    void mapsSlicesArrays() {
        MapType msi = new MapType(Basic.STRING, Basic.INT);
        GoMap m = new GoMap(Layout.of(ValueKind.STRING), Layout.of(ValueKind.INT64));
        m.put(str("z"), 1L);
        m.put(str("a"), 2L);
        assertEquals("map[string]int{\"a\":2, \"z\":1}", sprintf("%#v", i(msi, m)));
        assertEquals("map[a:2 z:1]", sprintf("%v", i(msi, m)));
        assertEquals("[]string(nil) map[int]bool(nil)", sprintf("%#v %#v",
                i(new Slice(Basic.STRING), null), i(new MapType(Basic.INT, Basic.BOOL), null)));
        assertEquals("[]int{1, 2}", sprintf("%#v", i(new Slice(Basic.INT), ints(1, 2))));
        Array a2 = new Array(2, Basic.BOOL);
        GoArray arr = new GoArray(Layout.of(ValueKind.BOOL), 2);
        arr.setBool(0, true);
        assertEquals("[2]bool{true, false}", sprintf("%#v", i(a2, arr)));
        assertEquals("[a b ff]", sprintf("%x", i(new Slice(Basic.INT), ints(10, 11, 255))));
        assertEquals("|[a b c]|[x y]|[\"p\" \"q\"]|", sprintf("|%v|%s|%q|", i(new Slice(Basic.STRING), strings("a", "b c")),
                i(new Slice(Basic.STRING), strings("x", "y")), i(new Slice(Basic.STRING), strings("p", "q"))));
        assertEquals("[] []", sprintf("%d %s", i(new Slice(Basic.INT), null), i(new Slice(Basic.INT), null)));
    }

    @Test
    void nils() {
        // type T struct { P *int; S []int; M map[string]int; E error; I interface{}; F func() }
        Struct ts = struct("P", new Pointer(Basic.INT), "S", new Slice(Basic.INT), "M", new MapType(Basic.STRING, Basic.INT),
                "E", minigo.types.Universe.ERROR, "I", Interface.empty(),
                "F", new minigo.types.Signature(minigo.types.Tuple.EMPTY, minigo.types.Tuple.EMPTY, false));
        Named t = named("T", ts);
        GoStruct z = struct(t);
        assertEquals("{<nil> [] map[] <nil> <nil> <nil>}", sprintf("%v", i(t, z)));
        assertEquals("{P:<nil> S:[] M:map[] E:<nil> I:<nil> F:<nil>}", sprintf("%+v", i(t, z)));
        assertEquals("main.T{P:(*int)(nil), S:[]int(nil), M:map[string]int(nil), E:error(nil), I:interface {}(nil), F:(func())(nil)}",
                sprintf("%#v", i(t, z)));
        assertEquals("<nil> %!d(<nil>) %!s(<nil>) %!q(<nil>)", sprintf("%+v %d %s %q", null, null, null, null));
        assertEquals("[<nil>] [<nil>]", sprintf("[%5v] [%-5v]", null, null));
        assertEquals("[  <nil>|<nil>  ]", sprintf("[%7v|%-7v]", null, null));
        assertEquals("<nil> <nil>", sprintf("%v %+v", i(new Pointer(ts), null), i(new Pointer(ts), null)));
        assertEquals("<nil> <nil> <nil> 1 <nil>", sprint(null, null) + " " + sprint(null, i(Basic.INT, 1L), null));
        assertEquals("<nil>a<nil> 3 <nil>", sprint(null, i(Basic.STRING, str("a")), null) + " " + sprint(i(Basic.INT, 3L), null));
        MapType msa = new MapType(Basic.STRING, Interface.empty());
        GoMap mm = new GoMap(Layout.of(ValueKind.STRING), Layout.of(ValueKind.INTERFACE));
        mm.put(str("a"), null);
        mm.put(str("b"), i(new Slice(Basic.INT), null));
        assertEquals("map[a:<nil> b:[]]\n", sprintln(i(msa, mm)));
    }

    @Test
    void sprintSpacing() {
        Named str = named("Str", Basic.STRING);
        assertEquals("typedstrings", sprint(i(str, str("typed")), i(str, str("strings"))));
        assertEquals("1x2", sprint(i(Basic.INT, 1L), i(str, str("x")), i(Basic.INT, 2L)));
        assertEquals("97 98c", sprint(i(Basic.INT32, 97L), i(Basic.INT32, 98L), i(Basic.STRING, str("c"))));
        assertEquals("hello 42 43 world\n", sprintln(i(Basic.STRING, str("hello")), i(Basic.INT, 42L), i(Basic.INT, 43L),
                i(Basic.STRING, str("world"))));
    }

    @Test
    void methods() {
        Named celsius = named("Celsius", Basic.FLOAT64);
        GoTypes.stringMethod(celsius, "String", false);
        env.method(celsius, "String", a -> GoString.fromJava(a[0] + "°C"));
        assertEquals("21.5°C", sprint(i(celsius, 21.5)));
        assertEquals("[1.0°C 2.0°C]", sprint(i(new Slice(celsius), GoSlice.of(GoArray.ofDoubles(Layout.of(ValueKind.FLOAT64), new double[] {1, 2})))));
        assertEquals("21.5", sprintf("%.1f", i(celsius, 21.5)));
        assertEquals("\"21.5°C\"", sprintf("%q", i(celsius, 21.5)));
        assertEquals("32312e35c2b043", sprintf("%x", i(celsius, 21.5)));

        // Error wins over String; %#v ignores both; unexported fields do not call methods.
        Named both = named("Both", struct("N", Basic.INT));
        GoTypes.stringMethod(both, "String", false);
        GoTypes.stringMethod(both, "Error", false);
        env.method(both, "String", a -> str("S"));
        env.method(both, "Error", a -> str("E"));
        assertEquals("E", sprint(i(both, struct(both, 1L))));
        assertEquals("main.Both{N:1}", sprintf("%#v", i(both, struct(both, 1L))));
        Named holder = named("Holder", struct("Pub", both, "priv", both));
        assertEquals("{E {1}}", sprint(i(holder, struct(holder, struct(both, 1L), struct(both, 1L)))));

        // A pointer-receiver String is not in the method set of the value type.
        Named pr = named("PR", struct("N", Basic.INT));
        GoTypes.stringMethod(pr, "String", true);
        env.method(new Pointer(pr), "String", a -> str("ptr"));
        assertEquals("{5}", sprint(i(pr, struct(pr, 5L))));

        // Panics in String methods.
        Named boom = named("Boom", struct("N", Basic.INT));
        GoTypes.stringMethod(boom, "String", false);
        env.method(boom, "String", a -> {
            throw new GoPanic(i(Basic.STRING, str("boom")), null);
        });
        assertEquals("%!v(PANIC=String method: boom)", sprint(i(boom, struct(boom, 5L))));
        assertEquals("[%!s(PANIC=String method: boom)]", sprintf("[%s]", i(boom, struct(boom, 5L))));
        Named np = named("NP", struct("N", Basic.INT));
        GoTypes.stringMethod(np, "String", true);
        Pointer pnp = new Pointer(np);
        env.method(pnp, "String", a -> {
            throw new GoPanic(i(Basic.STRING, str("nil deref")), null);
        });
        assertEquals("<nil>", sprint(i(pnp, null)));
    }

    @Test
    void wrapVerb() {
        Named e = named("E", struct("N", Basic.INT));
        GoTypes.stringMethod(e, "Error", false);
        env.method(e, "Error", a -> str("inner"));
        Printer p = new Printer(null);
        p.wrapErrs = true;
        p.doPrintf(str("outer: %w"), FmtCasesTest.args(i(e, struct(e, 1L))));
        assertEquals("outer: inner", p.buffer().toString());
        assertEquals(0, p.wrappedIndex);
        p = new Printer(null);
        p.wrapErrs = true;
        p.doPrintf(str("%w %w"), FmtCasesTest.args(i(e, struct(e, 1L)), i(e, struct(e, 1L))));
        assertEquals("inner %!w(main.E={1})", p.buffer().toString());
        assertEquals(-1, p.wrappedIndex);
        assertEquals("%!w(int=1)", sprintf("%w", i(Basic.INT, 1L)));
    }

    @Test
    void pointersNested() {
        Named inner = named("Inner", struct("X", Basic.INT));
        Slice ps = new Slice(new Pointer(inner));
        GoSlice s = GoSlice.of(GoArray.ofRefs(Layout.of(ValueKind.POINTER), new Object[] {struct(inner, 1L), null}));
        String out = sprint(i(ps, s));
        assertTrue(out.matches("\\[0xc[0-9a-f]+ <nil>\\]"), out);
        assertTrue(sprintf("%p", i(new Pointer(inner), struct(inner, 1L))).matches("0xc[0-9a-f]+"));
        assertEquals("(*main.Inner)(nil)", sprintf("%#v", i(new Pointer(inner), null)));
    }

    @Test
    void typeNames() {
        assertEquals("main.Person *main.Person []*main.Person map[main.Person]bool",
                sprintf("%T %T %T %T", i(PERSON, alice()), i(new Pointer(PERSON), null), i(new Slice(new Pointer(PERSON)), null),
                        i(new MapType(PERSON, Basic.BOOL), null)));
        assertEquals("struct {} []interface {} int32 uint8", sprintf("%T %T %T %T", i(struct(), struct(struct())),
                i(new Slice(Interface.empty()), null), i(Basic.RUNE, 1L), i(Basic.BYTE, 1L)));
        assertEquals("       int|string    |", sprintf("%10T|%-10T|", i(Basic.INT, 1L), i(Basic.STRING, str("x"))));
        assertEquals(MAIN, PERSON.obj().pkg());
    }
}
