package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.interp.CheckedProgram;
import minigo.interp.GoLanguage;
import minigo.interp.ProgramRoot;
import minigo.interp.natives.NativeFunction;
import minigo.interp.values.Box;
import minigo.interp.values.FieldPointer;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Pointer;
import minigo.types.Func;
import minigo.types.Interface;
import minigo.types.Named;
import minigo.types.Package;
import minigo.types.Signature;
import minigo.types.Struct;
import minigo.types.Type;
import minigo.types.TypeParam;
import minigo.types.Types;
import minigo.types.Var;

/**
 * Program-level translation state: one {@link FuncRef} per function (and per instantiation of a
 * generic one), the storage of package-level variables, the method tables used by interface calls,
 * and the root that initialises every package and runs main.main.
 */
public final class Translator {
    final GoLanguage lang;
    final CheckedProgram program;
    private final Map<String, FuncRef> funcs = new HashMap<>();
    private final Map<Var, Box> globals = new IdentityHashMap<>();
    private final Map<Type, Map<String, RootCallTarget>> methodTables = new HashMap<>();
    private final IdentityHashMap<Func, Object> nativeCache = new IdentityHashMap<>();

    public Translator(GoLanguage lang, CheckedProgram program) {
        this.lang = lang;
        this.program = program;
    }

    /** The root that runs the whole program. */
    public RootNode translateProgram() {
        List<FuncRef> inits = new ArrayList<>();
        for (Package p : program.packages()) {
            inits.add(new FuncRef(p.path() + ".init", () -> new FuncTranslator(this, p, Map.of(), null).translatePackageInit()));
        }
        Func main = (Func) program.main().scope().lookup("main");
        FuncRef mainRef = funcRef(main, List.of());
        return new ProgramRoot(lang, inits, mainRef, this);
    }

    /**
     * A root that runs these variable initialisers and init functions of pkg (REPL sessions: the
     * initialisation of a package imported late, or of one increment of the session's package).
     */
    public RootCallTarget initializer(Package pkg, List<minigo.types.Initializer> inits, List<Func> initFuncs, String name) {
        return new FuncTranslator(this, pkg, Map.of(), null).translateInit(name, inits, initFuncs).getCallTarget();
    }

    // ------------------------------------------------------------------ functions

    /** The function f instantiated with typeArgs (empty for non-generic f); for methods of generic types, the receiver's type args. */
    public synchronized FuncRef funcRef(Func f, List<Type> typeArgs) {
        Func origin = f.origin();
        StringBuilder key = new StringBuilder();
        key.append(System.identityHashCode(origin)).append(':').append(origin.fullName());
        for (Type t : typeArgs) key.append(',').append(TypeUtil.canon(t).toString()).append('#').append(System.identityHashCode(TypeUtil.canon(t)));
        String k = key.toString();
        FuncRef r = funcs.get(k);
        if (r == null) {
            String name = origin.fullName();
            Package pkg = origin.pkg();
            Map<TypeParam, Type> subst = new HashMap<>();
            Signature sig = origin.signature();
            List<TypeParam> tps = !sig.recvTypeParams().isEmpty() ? sig.recvTypeParams() : sig.typeParams();
            for (int i = 0; i < tps.size() && i < typeArgs.size(); i++) subst.put(tps.get(i), typeArgs.get(i));
            if (origin.isNative()) {
                r = new FuncRef(name, () -> new NativeRoot(lang, name, nativeFor(origin), sig.recv() != null,
                        sig.recv() != null || sig.params().size() > 0, origin.pos()));
            } else {
                r = new FuncRef(name, () -> new FuncTranslator(this, pkg, subst, null).translateFunc(origin));
            }
            funcs.put(k, r);
        }
        return r;
    }

    /** The native implementation of a body-less function, by its key "importpath.Func" or "importpath.Type.Method". */
    NativeFunction nativeFor(Func f) {
        String key;
        Signature sig = f.signature();
        if (sig.recv() != null) {
            Type rt = sig.recv().type();
            if (rt instanceof minigo.types.Pointer p) rt = p.elem();
            String tn = rt instanceof Named n ? n.obj().name() : rt.toString();
            key = f.pkg().path() + "." + tn + "." + f.name();
        } else {
            key = f.pkg().path() + "." + f.name();
        }
        NativeFunction nf = minigo.interp.GoLanguage.currentContext().natives().lookup(key);
        if (nf == null) {
            String k = key;
            return args -> {
                throw new IllegalStateException("missing native " + k);
            };
        }
        return nf;
    }

    /** Type arguments for a generic receiver type instance (its Named's typeArgs), else empty. */
    static List<Type> recvTypeArgs(Type recv) {
        if (recv instanceof minigo.types.Pointer p) recv = p.elem();
        if (recv instanceof Named n) return n.typeArgs();
        return List.of();
    }

    // ------------------------------------------------------------------ globals

    /** The storage cell of a package-level variable (outside the heap, like Go's data segment). */
    public synchronized Box global(Var v) {
        Box b = globals.get(v);
        if (b == null) {
            b = Boxes.make(v.type());
            globals.put(v, b);
        }
        return b;
    }

    /** The collector's root scan of package-level variables (data and bss). */
    public synchronized void scanGlobals(minigo.runtime.gc.PointerVisitor v) {
        for (Box b : globals.values()) v.visit(b);
    }

    /**
     * Go's globalsScan for the program's own packages: the pointer-holding bytes of their
     * package-level variables (the standard library's are in the collector's fixed figure for
     * Go's runtime and library globals).
     */
    public synchronized long globalsScanBytes() {
        long n = 0;
        for (Var v : globals.keySet()) {
            if (v.pkg() == null || !isUserPackage(v.pkg().path())) continue;
            n += TypeUtil.layout(v.type()).ptrdata();
        }
        return n;
    }

    private boolean isUserPackage(String path) {
        return path.equals("main") || path.equals("command-line-arguments");
    }

    // ------------------------------------------------------------------ dynamic dispatch

    /**
     * The call target implementing method {@code name} for values of dynamic type t: arguments[0]
     * is the interface's value. Null if t has no such method.
     */
    /**
     * The method expression t.M as a func value taking the receiver first, for t's dynamic
     * method set (what reflect's Method.Func holds). Null if t has no such method.
     */
    @TruffleBoundary
    public synchronized minigo.interp.values.GoFunc methodExpression(Type t, String name) {
        RootCallTarget m = method(t, name);
        return m == null ? null : new minigo.interp.values.GoFunc(new MethodExprRoot(lang, name, m, this).getCallTarget());
    }

    /** A func value whose calls run body on their arguments (see {@link NativeFuncRoot}). */
    public minigo.interp.values.GoFunc nativeFunc(String name, minigo.interp.natives.NativeFunction body) {
        return new minigo.interp.values.GoFunc(new NativeFuncRoot(lang, name, body).getCallTarget());
    }

    @TruffleBoundary
    public synchronized RootCallTarget method(Type t, String name) {
        Map<String, RootCallTarget> table = methodTables.computeIfAbsent(t, k -> new HashMap<>());
        if (table.containsKey(name)) return table.get(name);
        RootCallTarget ct = buildMethod(t, name);
        table.put(name, ct);
        return ct;
    }

    private RootCallTarget buildMethod(Type t, String name) {
        boolean ptr = t instanceof minigo.types.Pointer;
        Type base = ptr ? ((minigo.types.Pointer) t).elem() : t;
        if (base instanceof Named n) {
            for (Func m : n.methods()) {
                if (m.name().equals(name)) {
                    if (!ptr && m.hasPtrRecv()) return null; // not in the method set of T
                    FuncRef ref = funcRef(m, n.typeArgs());
                    if (ptr && !m.hasPtrRecv()) {
                        // Go's generated (*T).F: a nil receiver is runtime.panicwrap's error
                        String pkg = n.obj().pkg() == null ? "" : n.obj().pkg().path() + ".";
                        String nilText = "value method " + pkg + n.obj().name() + "." + name + " called using nil *" + n.obj().name() + " pointer";
                        return new DerefWrapper(lang, name, ref, !TypeUtil.isComposite(base), nilText).getCallTarget();
                    }
                    return ref.target();
                }
            }
        }
        // promoted through embedded fields: breadth-first, shallowest wins
        Type u = base.underlying();
        if (!(u instanceof Struct)) return null;
        List<int[]> paths = new ArrayList<>();
        List<Type> owners = new ArrayList<>();
        ArrayDeque<Object[]> queue = new ArrayDeque<>();
        queue.add(new Object[] {base, new int[0]});
        int foundDepth = -1;
        while (!queue.isEmpty()) {
            Object[] e = queue.poll();
            Type et = (Type) e[0];
            int[] path = (int[]) e[1];
            if (foundDepth >= 0 && path.length > foundDepth) break;
            Type eb = et instanceof minigo.types.Pointer p ? p.elem() : et;
            if (path.length > 0) {
                if (eb instanceof Named en && hasMethod(en, name) && (ptr || throughPointer(base, path) || !ptrMethod(en, name))
                        || eb.underlying() instanceof Interface it && it.method(name) != null) {
                    paths.add(path);
                    owners.add(et);
                    foundDepth = path.length;
                    continue;
                }
            }
            if (eb.underlying() instanceof Struct s) {
                for (int i = 0; i < s.numFields(); i++) {
                    Var f = s.field(i);
                    if (!f.embedded()) continue;
                    int[] np = java.util.Arrays.copyOf(path, path.length + 1);
                    np[path.length] = i;
                    queue.add(new Object[] {f.type(), np});
                }
            }
        }
        if (paths.size() != 1) return null;
        return new PromotedWrapper(lang, name, paths.get(0), owners.get(0), this).getCallTarget();
    }

    private static boolean ptrMethod(Named n, String name) {
        for (Func m : n.methods()) if (m.name().equals(name)) return m.hasPtrRecv();
        return false;
    }

    /** Whether the embedding path from base crosses an embedded pointer field. */
    private static boolean throughPointer(Type base, int[] path) {
        Type t = base;
        for (int idx : path) {
            Type b = t instanceof minigo.types.Pointer p ? p.elem() : t;
            Type ft = ((Struct) b.underlying()).field(idx).type();
            if (ft instanceof minigo.types.Pointer) return true;
            t = ft;
        }
        return false;
    }

    private static boolean hasMethod(Named n, String name) {
        for (Func m : n.methods()) if (m.name().equals(name)) return true;
        return false;
    }

    /**
     * Calls a value-receiver method through a pointer (the method set of *T): a nil pointer panics
     * with Go's panicwrap error; a pointer to a non-composite is loaded first (a struct or array
     * pointer is its object, which the method's prologue copies).
     */
    static final class DerefWrapper extends RootNode {
        private final String name;
        private final FuncRef ref;
        private final boolean load;
        private final String nilText;
        @Child private com.oracle.truffle.api.nodes.DirectCallNode call;

        DerefWrapper(GoLanguage lang, String name, FuncRef ref, boolean load, String nilText) {
            super(lang);
            this.name = name;
            this.ref = ref;
            this.load = load;
            this.nilText = nilText;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments().clone();
            if (args[0] == null) throw nilReceiver();
            if (load) args[0] = ((Pointer) args[0]).load();
            if (call == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                call = insert(com.oracle.truffle.api.nodes.DirectCallNode.create(ref.target()));
            }
            return call.call(args);
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private minigo.interp.values.GoPanic nilReceiver() {
            return minigo.interp.values.GoPanic.of(new minigo.interp.values.PlainError(nilText));
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** A method promoted from an embedded field: walks the embedding path, then calls the method. */
    static final class PromotedWrapper extends RootNode {
        private final String name;
        private final int[] path;
        private final Type owner;
        private final Translator tr;
        @Child private IndirectCallNode call = IndirectCallNode.create();

        PromotedWrapper(GoLanguage lang, String name, int[] path, Type owner, Translator tr) {
            super(lang);
            this.name = name;
            this.path = path;
            this.owner = owner;
            this.tr = tr;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments().clone();
            args[0] = navigate(args[0]);
            return call.call(target(args), args);
        }

        @TruffleBoundary
        private RootCallTarget target(Object[] args) {
            if (owner.underlying() instanceof Interface) {
                Iface i = (Iface) args[0];
                if (i == null) throw minigo.interp.RuntimeErrors.nilDeref();
                args[0] = i.value;
                return tr.method((Type) i.type, name);
            }
            // the same method every time: looked up once (a pointer method of an embedded value is
            // in *owner's method set, navigate having taken the field's address)
            RootCallTarget t = staticTarget;
            if (t == null) {
                Type recv = !(owner instanceof minigo.types.Pointer) && needsAddress() ? new minigo.types.Pointer(owner) : owner;
                staticTarget = t = tr.methodOfStatic(recv, name);
            }
            return t;
        }

        /** The target for a non-interface owner, once looked up. */
        private RootCallTarget staticTarget;

        @TruffleBoundary
        private Object navigate(Object recv) {
            Object cur = recv;
            for (int k = 0; k < path.length; k++) {
                GoStruct s = (GoStruct) cur;
                if (s == null) throw minigo.interp.RuntimeErrors.nilDeref();
                if (k == path.length - 1 && !s.layout.field(path[k]).kind.isComposite()
                        && s.layout.field(path[k]).kind != minigo.interp.values.ValueKind.POINTER
                        && s.layout.field(path[k]).kind != minigo.interp.values.ValueKind.INTERFACE
                        && needsAddress()) {
                    return new FieldPointer(s, path[k]);
                }
                cur = s.load(path[k]);
            }
            return cur;
        }

        private boolean needsAddress() {
            Type b = owner;
            if (b instanceof Named n) {
                for (Func m : n.methods()) if (m.name().equals(name)) return m.hasPtrRecv();
            }
            return false;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private final Map<Type, Map<Interface, String>> missingMethods = new java.util.IdentityHashMap<>();

    /**
     * The method of it that dynamic type t lacks, or null when t implements it (Go's itab check at a
     * type assertion or type switch): by name, then by signature, as a method Name() int8 does not
     * implement Name() int64. Cached per (t, it).
     */
    @TruffleBoundary
    public synchronized String missingMethod(Type t, Interface it) {
        Map<Interface, String> known = missingMethods.computeIfAbsent(t, k -> new java.util.IdentityHashMap<>());
        if (known.containsKey(it)) return known.get(it);
        String miss = null;
        for (Func m : it.allMethods()) {
            if (method(t, m.name()) == null) {
                miss = m.name();
                break;
            }
        }
        if (miss == null) {
            // only a method the checker knows with another signature; the runtime's own error
            // types have methods the checker never declared
            Types.Missing wrong = Types.missingMethod(t, it);
            if (wrong != null && wrong.wrongType()) miss = wrong.method().name();
        }
        known.put(it, miss);
        return miss;
    }

    /** The target of method name declared on (or promoted to) the static type owner (T or *T). */
    RootCallTarget methodOfStatic(Type owner, String name) {
        return method(TypeUtil.canon(owner), name);
    }

    /** The program's runtime package (always loaded by the front end), or null. */
    public minigo.types.Package runtimePackage() {
        for (Package p : program.packages()) if (p.path().equals("runtime")) return p;
        return null;
    }

    /** A runtime error's synthetic type: Error() returns the message, RuntimeError() does nothing. */
    public synchronized void registerRuntimeErrorType(Named n) {
        Map<String, RootCallTarget> table = methodTables.computeIfAbsent(n, k -> new HashMap<>());
        if (table.get("Error") != null) return;
        table.put("Error", new RootNode(lang) {
            @Override
            public Object execute(VirtualFrame frame) {
                return ((minigo.interp.values.RuntimeError) frame.getArguments()[0]).errorString();
            }
        }.getCallTarget());
        table.put("RuntimeError", new RootNode(lang) {
            @Override
            public Object execute(VirtualFrame frame) {
                return null;
            }
        }.getCallTarget());
    }

    // ------------------------------------------------------------------ the boxing pre-pass

    private final IdentityHashMap<Var, Boolean> boxed = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Boolean> scanned = new IdentityHashMap<>();

    /** Whether local variable v must live in a Box: its address is taken or a closure captures it. */
    // ------------------------------------------------------------------ escape decisions

    private final Map<Package, Object> escapes = new IdentityHashMap<>();
    private final Map<Package, Map<Var, Ast.Ident>> declIdents = new IdentityHashMap<>();
    /** How many definitions each package's declIdents was built from. */
    private final Map<Package, Integer> declIdentsSeen = new IdentityHashMap<>();

    /** The package's escape analysis (run once, lazily); null if it could not be analysed. */
    synchronized minigo.escape.EscapeResult escape(Package pkg) {
        Object r = escapes.get(pkg);
        if (r == null) {
            try {
                List<byte[]> srcs = pkg == program.main() ? program.mainSources() : List.of();
                r = pkg.escapeFacts() != null ? minigo.escape.EscapeResult.of(pkg.escapeFacts())
                        : minigo.escape.EscapeResult.analyze(pkg.files(), srcs, false);
            } catch (RuntimeException | StackOverflowError e) {
                r = Boolean.FALSE;
            }
            escapes.put(pkg, r);
        }
        return r instanceof minigo.escape.EscapeResult er ? er : null;
    }

    /**
     * Does the allocation at this site go to the heap? Escape analysis decides; a site it did not
     * analyse (or a package it could not analyse) is taken as a heap allocation.
     */
    boolean heapSite(Package pkg, Ast.Node site) {
        minigo.escape.EscapeResult er = escape(pkg);
        if (er == null || site == null || !er.isAllocationSite(site)) return true;
        return er.isHeap(site);
    }

    /** Is this variable moved to the heap ({@code moved to heap: x})? Not analysed: unknown. */
    synchronized boolean movedToHeap(Package pkg, Var v, boolean unknown) {
        minigo.escape.EscapeResult er = escape(pkg);
        if (er == null) return unknown;
        Map<Var, Ast.Ident> m = declIdents.computeIfAbsent(pkg, p -> new IdentityHashMap<>());
        Ast.Ident id = m.get(v);
        int defs = pkg.info().defs.size();
        if (id == null && declIdentsSeen.getOrDefault(pkg, 0) < defs) {
            // Bodies checked since the last look (a standard package's are checked lazily) declared more.
            m.clear();
            for (Map.Entry<Ast.Ident, minigo.types.Obj> e : pkg.info().defs.entrySet()) {
                if (e.getValue() instanceof Var vv) m.put(vv, e.getKey());
            }
            declIdentsSeen.put(pkg, defs);
            id = m.get(v);
        }
        if (id == null) return unknown;
        return er.movedToHeap(id);
    }

    boolean isBoxed(Var v) {
        return boxed.containsKey(v);
    }

    synchronized void scanForBoxes(Package pkg, Ast.Node root) {
        if (scanned.put(root, Boolean.TRUE) != null) return;
        new BoxScan(pkg.info(), boxed).scan(root);
    }
}
