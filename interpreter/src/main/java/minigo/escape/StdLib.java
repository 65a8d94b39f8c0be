package minigo.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.escape.TypeModel.*;

/**
 * What escape analysis knows about the standard library: for each function, Go 1.19's parameter
 * leak tags (as {@code go build -gcflags=-m=2} reports them for the real package) and whether Go
 * inlines it (with its inlining cost, which counts against the caller's budget). A function not in
 * the table is treated as Go treats a body-less function: every pointer-holding parameter leaks to
 * the heap, and it is not inlined.
 */
final class StdLib {
    private StdLib() {}

    /**
     * One declared function. tags: one string per parameter: "" does not escape, "heap" leaks,
     * "content" leaks what it points to (derefs=1), "r0" leaks to the first result.
     */
    record Entry(String key, FuncT sig, List<String> tags, int inlineCost, List<String> params, String inlinedCall) {
        Entry(String key, FuncT sig, List<String> tags, int inlineCost) {
            this(key, sig, tags, inlineCost, null, null);
        }
    }

    /**
     * For an inlined standard function: its parameters' names and the call its body makes with them
     * (Go's -m=2 explains flows through them: {@code fmt.a := ... argument}), or null.
     */
    static Entry inlinedBody(Resolver.Obj std) {
        Entry e = TABLE.get(std.pkgPath + "." + std.name.substring(std.name.indexOf('.') + 1));
        return e != null && e.params() != null ? e : null;
    }

    private static final T ANY = TypeModel.EMPTY_IFACE;
    private static final T ANYS = new Slice(TypeModel.EMPTY_IFACE);
    private static final T STR = TypeModel.STRING;
    private static final T INT = TypeModel.INT;
    private static final T ERR = Resolver.errorType();
    private static final T WRITER = writer();

    private static T writer() {
        Named w = new Named("Writer", "io");
        w.underlying = new IfaceT(List.of(new Method("Write",
                new FuncT(null, List.of(new Slice(TypeModel.UINT8)), List.of(TypeModel.INT, Resolver.errorType()), false))),
                false);
        return w;
    }

    private static FuncT fn(List<T> params, List<T> results, boolean variadic) {
        return new FuncT(null, params, results, variadic);
    }

    private static final Map<String, Entry> TABLE = table();

    private static Map<String, Entry> table() {
        List<Entry> l = new ArrayList<>();
        // fmt: Print* are small wrappers around Fprint* (inlined); the values behind the
        // ...interface{} escape, the implicit slice itself does not.
        l.add(new Entry("fmt.Println", fn(List.of(ANYS), List.of(INT, ERR), true), List.of("content"), 72,
                List.of("a"), "fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)"));
        l.add(new Entry("fmt.Print", fn(List.of(ANYS), List.of(INT, ERR), true), List.of("content"), 72,
                List.of("a"), "fmt.Fprint(io.Writer(os.Stdout), fmt.a...)"));
        l.add(new Entry("fmt.Printf", fn(List.of(STR, ANYS), List.of(INT, ERR), true), List.of("", "content"), 75,
                List.of("format", "a"), "fmt.Fprintf(io.Writer(os.Stdout), fmt.format, fmt.a...)"));
        l.add(new Entry("fmt.Sprintf", fn(List.of(STR, ANYS), List.of(STR), true), List.of("", "content"), -1));
        l.add(new Entry("fmt.Sprint", fn(List.of(ANYS), List.of(STR), true), List.of("content"), -1));
        l.add(new Entry("fmt.Sprintln", fn(List.of(ANYS), List.of(STR), true), List.of("content"), -1));
        l.add(new Entry("fmt.Errorf", fn(List.of(STR, ANYS), List.of(ERR), true), List.of("", "content"), -1));
        l.add(new Entry("fmt.Fprintln", fn(List.of(WRITER, ANYS), List.of(INT, ERR), true), List.of("heap", "content"), -1));
        l.add(new Entry("fmt.Fprintf", fn(List.of(WRITER, STR, ANYS), List.of(INT, ERR), true),
                List.of("heap", "", "content"), -1));
        l.add(new Entry("fmt.Fprint", fn(List.of(WRITER, ANYS), List.of(INT, ERR), true), List.of("heap", "content"), -1));
        l.add(new Entry("errors.New", fn(List.of(STR), List.of(ERR), false), List.of("alloc"), 6, List.of("text"),
                "&errors.errorString{...}"));
        l.add(new Entry("strconv.Itoa", fn(List.of(INT), List.of(STR), false), List.of(""), -1));
        l.add(new Entry("strconv.Atoi", fn(List.of(STR), List.of(INT, ERR), false), List.of("heap"), -1));
        l.add(new Entry("strings.Repeat", fn(List.of(STR, INT), List.of(STR), false), List.of("", ""), -1));
        l.add(new Entry("strings.Contains", fn(List.of(STR, STR), List.of(TypeModel.BOOL), false), List.of("", ""), 60));
        l.add(new Entry("strings.ToUpper", fn(List.of(STR), List.of(STR), false), List.of("r0"), -1));
        l.add(new Entry("strings.Split", fn(List.of(STR, STR), List.of(new Slice(STR)), false), List.of("content", ""), 76));
        l.add(new Entry("strings.Join", fn(List.of(new Slice(STR), STR), List.of(STR), false), List.of("", ""), -1));
        l.add(new Entry("os.Exit", fn(List.of(INT), List.of(), false), List.of(""), -1));
        l.add(new Entry("time.Sleep", fn(List.of(new Basic("int64", 8, false)), List.of(), false), List.of(""), -1));
        l.add(new Entry("runtime.GC", fn(List.of(), List.of(), false), List.of(), -1));
        l.add(new Entry("runtime.GOMAXPROCS", fn(List.of(INT), List.of(INT), false), List.of(""), -1));
        l.add(new Entry("runtime.NumGoroutine", fn(List.of(), List.of(INT), false), List.of(), -1));
        l.add(new Entry("runtime.Gosched", fn(List.of(), List.of(), false), List.of(), -1));
        l.add(new Entry("sort.Ints", fn(List.of(new Slice(INT)), List.of(), false), List.of(""), -1));
        l.add(new Entry("runtime.SetFinalizer", fn(List.of(ANY, ANY), List.of(), false), List.of("heap", "heap"), -1));
        l.add(new Entry("runtime.ReadMemStats", fn(List.of(new Ptr(new StructT(List.of()))), List.of(), false), List.of(""), -1));
        intrinsics(l);
        java.util.HashMap<String, Entry> m = new java.util.HashMap<>();
        for (Entry e : l) {
            m.put(e.key(), e);
        }
        return m;
    }

    /** The inline cost of an intrinsic: Go compiles its call to machine instructions, not a call. */
    static final int INTRINSIC = -2;

    /**
     * The standard functions that Go 1.19's compiler replaces by instructions on amd64 (ssagen's
     * intrinsics): a call of one costs the inliner what any expression node costs, not a call's 57,
     * and is never reported as inlined. Their pointer parameters do not escape.
     */
    private static void intrinsics(List<Entry> l) {
        T f64 = TypeModel.FLOAT64;
        l.add(new Entry("runtime.KeepAlive", fn(List.of(ANY), List.of(), false), List.of(""), INTRINSIC));
        for (String m : List.of("Sqrt", "Floor", "Ceil", "Trunc", "RoundToEven")) {
            l.add(new Entry("math." + m, fn(List.of(f64), List.of(f64), false), List.of(""), INTRINSIC));
        }
        l.add(new Entry("math.FMA", fn(List.of(f64, f64, f64), List.of(f64), false), List.of("", "", ""), INTRINSIC));
        Map<String, T> uints = new java.util.LinkedHashMap<>();
        uints.put("64", new Basic("uint64", 8, false));
        uints.put("32", new Basic("uint32", 4, false));
        uints.put("16", new Basic("uint16", 2, false));
        uints.put("8", TypeModel.UINT8);
        uints.put("", new Basic("uint", 8, false));
        // (measured against Go 1.19: TrailingZeros and OnesCount8 are small Go functions it inlines)
        uints.forEach((bits, u) -> {
            for (String m : List.of("OnesCount", "TrailingZeros", "Len")) {
                if (m.equals("TrailingZeros") && bits.isEmpty() || m.equals("OnesCount") && bits.equals("8")) continue;
                l.add(new Entry("math/bits." + m + bits, fn(List.of(u), List.of(INT), false), List.of(""), INTRINSIC));
            }
            l.add(new Entry("math/bits.RotateLeft" + bits, fn(List.of(u, INT), List.of(u), false), List.of("", ""), INTRINSIC));
        });
        T u64 = uints.get("64");
        l.add(new Entry("math/bits.ReverseBytes64", fn(List.of(u64), List.of(u64), false), List.of(""), INTRINSIC));
        l.add(new Entry("math/bits.ReverseBytes32", fn(List.of(uints.get("32")), List.of(uints.get("32")), false), List.of(""), INTRINSIC));
        for (String bits : List.of("64", "")) {
            T u = uints.get(bits);
            for (String m : List.of("Add", "Sub", "Div")) {
                l.add(new Entry("math/bits." + m + bits, fn(List.of(u, u, u), List.of(u, u), false), List.of("", "", ""), INTRINSIC));
            }
            l.add(new Entry("math/bits.Mul" + bits, fn(List.of(u, u), List.of(u, u), false), List.of("", ""), INTRINSIC));
        }
        // sync/atomic's functions on integers are aliases of runtime/internal/atomic's intrinsics
        Map<String, T> ints = new java.util.LinkedHashMap<>();
        ints.put("Int32", TypeModel.INT32);
        ints.put("Int64", new Basic("int64", 8, false));
        ints.put("Uint32", uints.get("32"));
        ints.put("Uint64", u64);
        ints.put("Uintptr", new Basic("uintptr", 8, false));
        ints.forEach((name, t) -> {
            T p = new Ptr(t);
            String a = "sync/atomic.";
            l.add(new Entry(a + "Load" + name, fn(List.of(p), List.of(t), false), List.of(""), INTRINSIC));
            l.add(new Entry(a + "Store" + name, fn(List.of(p, t), List.of(), false), List.of("", ""), INTRINSIC));
            l.add(new Entry(a + "Add" + name, fn(List.of(p, t), List.of(t), false), List.of("", ""), INTRINSIC));
            l.add(new Entry(a + "Swap" + name, fn(List.of(p, t), List.of(t), false), List.of("", ""), INTRINSIC));
            l.add(new Entry(a + "CompareAndSwap" + name, fn(List.of(p, t, t), List.of(TypeModel.BOOL), false),
                    List.of("", "", ""), INTRINSIC));
        });
    }

    static boolean intrinsic(Resolver.Obj std) {
        Entry e = TABLE.get(std.pkgPath + "." + std.name.substring(std.name.indexOf('.') + 1));
        return e != null && e.inlineCost() == INTRINSIC;
    }

    /** Go's inlining facts for the standard packages, recorded from Go 1.19 (tools/stdinline/gen.sh). */
    record Inline(int cost, List<String> nested) {}

    private static final Map<String, Inline> INLINE = loadInline();

    private static Map<String, Inline> loadInline() {
        java.util.HashMap<String, Inline> m = new java.util.HashMap<>();
        try (var in = StdLib.class.getResourceAsStream("stdinline.txt")) {
            if (in == null) {
                return m;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length >= 3) {
                    List<String> nested = f.length > 3 && !f[3].isEmpty() ? List.of(f[3].split(",")) : List.of();
                    m.put(f[0] + "." + f[1], new Inline(Integer.parseInt(f[2]), nested));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    /** The calls Go inlines inside an inlined standard function, to print after it. */
    static List<String> nestedInlines(Resolver.Obj std) {
        Inline i = INLINE.get(std.pkgPath + "." + std.name.substring(std.name.indexOf('.') + 1));
        return i == null ? List.of() : i.nested();
    }

    /** A method of a standard type that Go can inline (e.g. sync.(*Mutex).Lock), or null. */
    static Resolver.Obj method(Named n, boolean ptr, String name) {
        if (n.pkg == null) {
            return null;
        }
        String path = PATHS.getOrDefault(n.pkg, n.pkg);
        for (String form : List.of("(*" + n.name + ")." + name, n.name + "." + name)) {
            if (INLINE.containsKey(path + "." + form)) {
                Resolver.Obj o = new Resolver.Obj(Resolver.Kind.FUNC, n.pkg + "." + form, null, Ast.Pos.NONE);
                o.pkgPath = path;
                return o;
            }
        }
        return null;
    }

    private static final Map<String, String> PATHS = Map.of("atomic", "sync/atomic", "debug", "runtime/debug",
            "utf8", "unicode/utf8");

    static Resolver.Obj object(String pkgPath, String name) {
        Entry e = TABLE.get(pkgPath + "." + name);
        String pkg = pkgPath.substring(pkgPath.lastIndexOf('/') + 1);
        if (e == null && INLINE.containsKey(pkgPath + "." + name)) {
            Resolver.Obj o = new Resolver.Obj(Resolver.Kind.FUNC, pkg + "." + name, null, Ast.Pos.NONE);
            o.pkgPath = pkgPath;
            return o;
        }
        if (e != null) {
            Resolver.Obj o = new Resolver.Obj(Resolver.Kind.FUNC, pkg + "." + name, e.sig(), Ast.Pos.NONE);
            o.pkgPath = pkgPath;
            return o;
        }
        if (Character.isUpperCase(name.charAt(0)) && !isType(pkgPath, name)) {
            // Unknown: a package-level variable or function we have no table entry for.
            Resolver.Obj o = new Resolver.Obj(Resolver.Kind.VAR, pkg + "." + name, null, Ast.Pos.NONE);
            o.cls = Resolver.VarClass.GLOBAL;
            o.pkgPath = pkgPath;
            return o;
        }
        return null;
    }

    static Leaks tag(Resolver.Obj std, int param) {
        Entry e = TABLE.get(std.pkgPath + "." + std.name.substring(std.name.indexOf('.') + 1));
        if (e == null && std.name.contains(").") && param == 0) {
            // The receiver of a small standard method (a mutex, a builder): kept by the callee only.
            return Leaks.none();
        }
        if (e == null || param >= e.tags().size()) {
            return Leaks.heap(0);
        }
        Leaks l = new Leaks();
        switch (e.tags().get(param)) {
            case "heap" -> l.addHeap(0);
            case "content" -> l.addHeap(1);
            case "r0" -> l.addResult(0, 0);
            default -> {}
        }
        return l;
    }

    static int inlineCost(Resolver.Obj std) {
        String key = std.pkgPath + "." + std.name.substring(std.name.indexOf('.') + 1);
        Entry e = TABLE.get(key);
        if (e != null) {
            return e.inlineCost();
        }
        Inline i = INLINE.get(key);
        return i == null ? -1 : i.cost();
    }

    private static final Map<String, String> TYPES = Map.of(
            "sync.WaitGroup", "struct", "sync.Mutex", "struct", "sync.RWMutex", "struct", "strings.Builder", "struct",
            "time.Duration", "int64", "time.Time", "struct", "io.Writer", "iface", "os.File", "struct",
            "bytes.Buffer", "struct", "runtime.MemStats", "struct");

    static boolean isType(String pkgPath, String name) {
        return TYPES.containsKey(pkgPath + "." + name);
    }

    static T type(String pkgPath, String name) {
        String k = TYPES.get(pkgPath + "." + name);
        if (k == null) {
            return null;
        }
        if (k.equals("iface")) {
            return WRITER;
        }
        Named n = new Named(name, pkgPath.substring(pkgPath.lastIndexOf('/') + 1));
        n.underlying = k.equals("int64") ? new Basic("int64", 8, false)
                : new StructT(List.of(new Field("p", new Ptr(TypeModel.INT), false)));
        return n;
    }
}
