package minigo.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.ast.Ast.Expr;
import minigo.escape.TypeModel.*;

/**
 * Name resolution and expression types for one package, as far as escape analysis needs them:
 * which variable an identifier denotes, the static type of every expression, what a selector
 * selects (field through how many implicit dereferences, method with or without an implicit
 * {@code &}), which calls are conversions or builtins, and each function literal's captured
 * variables in order of first use.
 *
 * <p>It assumes a well-typed program (the checker has already rejected the rest) and never
 * reports errors: what it cannot type becomes {@code null}, which the analysis treats
 * conservatively (as a pointer-holding type).
 */
final class Resolver {

    enum Kind { VAR, CONST, TYPE, FUNC, PKG, BUILTIN, NIL }

    enum VarClass { GLOBAL, PARAM, RESULT, AUTO }

    /** A declared entity: variable, constant, type name, function, package or builtin. */
    static final class Obj {
        final Kind kind;
        final String name;
        T type;
        final Ast.Pos pos;
        Fn owner;
        VarClass cls;
        Ast.FuncDecl func;
        String pkgPath;
        Expr constExpr;
        int iota;
        int resultIndex;
        /** The single expression assigned to this variable at its definition, if any. */
        Expr defnValue;
        /** Assigned anywhere after its definition (syntactically): no static value. */
        boolean reassignedAnywhere;
        boolean addrTakenAnywhere;

        Obj(Kind kind, String name, T type, Ast.Pos pos) {
            this.kind = kind;
            this.name = name;
            this.type = type;
            this.pos = pos;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A function body under analysis: a declared function or method, or a function literal. */
    static final class Fn {
        final Ast.FuncDecl decl;
        final Ast.FuncLit lit;
        final Fn outer;
        String name;
        FuncT sig;
        final List<Obj> params = new ArrayList<>(); // receiver first
        final List<Obj> results = new ArrayList<>();
        final List<Obj> dcl = new ArrayList<>();
        final List<Fn> closures = new ArrayList<>();
        final List<Obj> closureVars = new ArrayList<>();
        /** Where each captured variable is first used inside the literal (Go's closure variable position). */
        final Map<Obj, Ast.Pos> captureUse = new IdentityHashMap<>();
        boolean noinline;
        /** Compiler-generated (the package initializer): no inlining messages of its own. */
        boolean silent;
        /** A function literal called where it is written, e.g. func(){...}(). */
        boolean closureCalled;
        int closureCount;
        Ast.Pos pos;

        Fn(Ast.FuncDecl decl, Ast.FuncLit lit, Fn outer) {
            this.decl = decl;
            this.lit = lit;
            this.outer = outer;
        }

        /** The package initializer's body, made of the package-level variables' initializations. */
        Ast.BlockStmt synthBody;

        Ast.BlockStmt body() {
            return synthBody != null ? synthBody : decl != null ? decl.body() : lit.body();
        }

        Fn top() {
            Fn f = this;
            while (f.outer != null) {
                f = f.outer;
            }
            return f;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    enum SelKind { PKG, FIELD, METHOD, IFACE_METHOD, METHOD_EXPR, STD_METHOD }

    /**
     * What {@code x.f} selects. derefs lists, for each step of the embedding path, whether that step
     * goes through a pointer (the last entry is the selected field itself). For methods: addr means
     * Go takes {@code &x} implicitly, deref that it loads {@code *x}.
     */
    record Selection(SelKind kind, Obj obj, Ast.FuncDecl method, List<Boolean> derefs, boolean addr, boolean deref,
            T recvBase) {}

    final Map<Ast.Ident, Obj> uses = new IdentityHashMap<>();
    final Map<Ast.Ident, Obj> defs = new IdentityHashMap<>();
    final Map<Expr, T> types = new IdentityHashMap<>();
    final Map<Ast.SelectorExpr, Selection> selections = new IdentityHashMap<>();
    /** Calls whose fun denotes a type: conversions to that type. */
    final Map<Ast.CallExpr, T> conversions = new IdentityHashMap<>();
    final Map<Ast.CallExpr, String> builtins = new IdentityHashMap<>();
    final Map<Ast.FuncLit, Fn> lits = new IdentityHashMap<>();
    final Map<Ast.FuncDecl, Fn> decls = new IdentityHashMap<>();
    final Map<Ast.FuncDecl, Named> recvNamed = new IdentityHashMap<>();
    final List<Fn> funcs = new ArrayList<>();
    final Map<String, Obj> pkgScope = new LinkedHashMap<>();
    private final Map<String, Obj> universe = new HashMap<>();
    final Map<String, Obj> stdFuncs = new HashMap<>();

    private final List<Map<String, Obj>> scopes = new ArrayList<>();
    private Fn curfn;

    Resolver() {
        for (String n : List.of("bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "string", "byte", "rune", "error",
                "any", "comparable")) {
            universe.put(n, new Obj(Kind.TYPE, n, basicType(n), Ast.Pos.NONE));
        }
        for (String n : List.of("append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new",
                "panic", "print", "println", "real", "recover")) {
            universe.put(n, new Obj(Kind.BUILTIN, n, null, Ast.Pos.NONE));
        }
        universe.put("true", new Obj(Kind.CONST, "true", TypeModel.UNTYPED_BOOL, Ast.Pos.NONE));
        universe.put("false", new Obj(Kind.CONST, "false", TypeModel.UNTYPED_BOOL, Ast.Pos.NONE));
        universe.put("iota", new Obj(Kind.CONST, "iota", TypeModel.UNTYPED_INT, Ast.Pos.NONE));
        universe.put("nil", new Obj(Kind.NIL, "nil", TypeModel.UNTYPED_NIL, Ast.Pos.NONE));
    }

    private static Named errorType;

    static T basicType(String n) {
        return switch (n) {
            case "bool" -> TypeModel.BOOL;
            case "int", "int64", "uint", "uint64", "uintptr" -> new Basic(n, 8, false);
            case "int8" -> new Basic(n, 1, false);
            case "uint8", "byte" -> TypeModel.UINT8;
            case "int16", "uint16" -> new Basic(n, 2, false);
            case "int32", "rune" -> TypeModel.INT32;
            case "uint32", "float32" -> new Basic(n, 4, false);
            case "float64" -> TypeModel.FLOAT64;
            case "complex64" -> new Basic(n, 8, false);
            case "complex128" -> new Basic(n, 16, false);
            case "string" -> TypeModel.STRING;
            case "error" -> errorType();
            case "any" -> TypeModel.ANY;
            case "comparable" -> TypeModel.EMPTY_IFACE;
            default -> null;
        };
    }

    static synchronized Named errorType() {
        if (errorType == null) {
            errorType = new Named("error", null);
            errorType.underlying = new IfaceT(List.of(new Method("Error",
                    new FuncT(null, List.of(), List.of(TypeModel.STRING), false))), false);
        }
        return errorType;
    }

    // ------------------------------------------------------------------ package level

    /** The import paths of the package's files. */
    final java.util.Set<String> importPaths = new java.util.HashSet<>();

    /**
     * How Go's messages qualify a name of the imported package at path: by the package's name
     * (not the file's local name for it), or by its quoted path when another package loaded for
     * the build has the same name. Measured with Go 1.19: runtime's export data brings in
     * runtime/internal/atomic, so sync/atomic is written "sync/atomic" when runtime is imported.
     */
    String qualifier(String path) {
        if (path.equals("sync/atomic") && importPaths.contains("runtime")) return "\"sync/atomic\"";
        return path.substring(path.lastIndexOf('/') + 1);
    }

    void resolvePackage(List<Ast.File> files) {
        // Imports, then type names (types may refer to each other), then their underlying types.
        for (Ast.File f : files) {
            for (Ast.ImportSpec is : f.imports()) {
                String path = is.path().value().substring(1, is.path().value().length() - 1);
                String name = is.name() != null ? is.name().name() : path.substring(path.lastIndexOf('/') + 1);
                Obj o = new Obj(Kind.PKG, name, null, is.pos());
                o.pkgPath = path;
                pkgScope.put(name, o);
                importPaths.add(path);
            }
        }
        List<Ast.TypeSpec> typeSpecs = new ArrayList<>();
        for (Ast.File f : files) {
            for (Ast.Decl d : f.decls()) {
                if (d instanceof Ast.GenDecl g && g.tok().equals("type")) {
                    for (Ast.Spec s : g.specs()) {
                        Ast.TypeSpec ts = (Ast.TypeSpec) s;
                        Obj o = new Obj(Kind.TYPE, ts.name().name(), null, ts.name().pos());
                        if (ts.assign() == null) {
                            o.type = new Named(ts.name().name(), null);
                        }
                        pkgScope.put(o.name, o);
                        defs.put(ts.name(), o);
                        typeSpecs.add(ts);
                    }
                }
            }
        }
        scopes.clear();
        for (Ast.TypeSpec ts : typeSpecs) {
            Obj o = pkgScope.get(ts.name().name());
            if (o.type instanceof Named n) {
                if (!ts.typeParams().isEmpty()) {
                    pushScope();
                    for (Ast.Field tp : ts.typeParams()) {
                        for (Ast.Ident id : tp.names()) {
                            declare(new Obj(Kind.TYPE, id.name(), new TypeParam(id.name()), id.pos()), id);
                        }
                    }
                    n.underlying = typeOfTypeExpr(ts.type());
                    popScope();
                } else {
                    n.underlying = typeOfTypeExpr(ts.type());
                }
            } else {
                o.type = typeOfTypeExpr(ts.type());
            }
        }
        // Imports, functions, methods, package variables and constants.
        for (Ast.File f : files) {
            for (Ast.Decl d : f.decls()) {
                if (d instanceof Ast.FuncDecl fd) {
                    Fn fn = new Fn(fd, null, null);
                    decls.put(fd, fn);
                    funcs.add(fn);
                    if (fd.recv() == null) {
                        Obj o = new Obj(Kind.FUNC, fd.name().name(), null, fd.name().pos());
                        o.func = fd;
                        if (!fd.name().name().equals("init") && !fd.name().name().equals("_")) {
                            pkgScope.put(o.name, o);
                        }
                        defs.put(fd.name(), o);
                    }
                } else if (d instanceof Ast.GenDecl g && (g.tok().equals("var") || g.tok().equals("const"))) {
                    Ast.ValueSpec prev = null;
                    for (Ast.Spec s : g.specs()) {
                        Ast.ValueSpec vs = (Ast.ValueSpec) s;
                        if (g.tok().equals("const") && vs.values().isEmpty() && vs.type() == null && prev != null) {
                            vs = new Ast.ValueSpec(vs.pos(), vs.names(), prev.type(), prev.values(), vs.iota());
                        } else {
                            prev = vs;
                        }
                        for (int i = 0; i < vs.names().size(); i++) {
                            Ast.Ident id = vs.names().get(i);
                            Obj o = new Obj(g.tok().equals("var") ? Kind.VAR : Kind.CONST, id.name(), null, id.pos());
                            o.cls = VarClass.GLOBAL;
                            if (o.kind == Kind.CONST) {
                                o.constExpr = i < vs.values().size() ? vs.values().get(i) : null;
                                o.iota = vs.iota();
                            }
                            pendingGlobals.add(new Object[] {o, vs, i});
                            if (!id.name().equals("_")) {
                                pkgScope.put(id.name(), o);
                            }
                            defs.put(id, o);
                        }
                    }
                }
            }
        }
        // Methods attach to their receiver's named type.
        for (Fn fn : funcs) {
            Ast.FuncDecl fd = fn.decl;
            if (fd.recv() != null) {
                Expr rt = fd.recv().type();
                if (rt instanceof Ast.StarExpr se) {
                    rt = se.x();
                }
                if (rt instanceof Ast.IndexExpr ix) {
                    rt = ix.x();
                } else if (rt instanceof Ast.IndexListExpr il) {
                    rt = il.x();
                }
                if (rt instanceof Ast.Ident id && pkgScope.get(id.name()) != null
                        && pkgScope.get(id.name()).type instanceof Named n) {
                    n.methods.add(fd);
                    recvNamed.put(fd, n);
                }
            }
        }
        // Global variable types (their function literals are Go's glob..funcN).
        Fn glob = new Fn(null, null, null);
        glob.name = "glob.";
        curfn = glob;
        for (Object[] g : pendingGlobals) {
            Obj o = (Obj) g[0];
            Ast.ValueSpec vs = (Ast.ValueSpec) g[1];
            int i = (Integer) g[2];
            if (vs.type() != null) {
                o.type = typeOfTypeExpr(vs.type());
            } else if (i < vs.values().size()) {
                T t = expr(vs.values().get(i));
                o.type = o.kind == Kind.VAR ? TypeModel.defaultType(t) : t;
            }
        }
        curfn = null;
        // Signatures, then bodies.
        for (Fn fn : funcs) {
            fn.sig = signature(fn.decl.recv(), fn.decl.type());
        }
        for (Fn fn : funcs) {
            resolveFunc(fn);
        }
        // The package initializer: "name = value" for each initialized package variable, in order.
        List<Ast.Stmt> inits = new ArrayList<>();
        for (Object[] g : pendingGlobals) {
            Obj o = (Obj) g[0];
            Ast.ValueSpec vs = (Ast.ValueSpec) g[1];
            int i = (Integer) g[2];
            if (o.kind != Kind.VAR || vs.values().isEmpty()) {
                continue;
            }
            Ast.Ident name = vs.names().get(i);
            if (vs.values().size() == vs.names().size()) {
                Ast.Ident lhs = new Ast.Ident(name.pos(), name.name());
                uses.put(lhs, o);
                types.put(lhs, o.type);
                inits.add(new Ast.AssignStmt(name.pos(), List.of(lhs), name.pos(), "=", List.of(vs.values().get(i))));
            }
        }
        if (!inits.isEmpty()) {
            glob.synthBody = new Ast.BlockStmt(Ast.Pos.NONE, inits, Ast.Pos.NONE);
            glob.pos = Ast.Pos.NONE;
            glob.noinline = true;
            glob.silent = true;
            glob.sig = new FuncT(null, List.of(), List.of(), false);
            funcs.add(glob);
        }
        curfn = null;
    }

    private final List<Object[]> pendingGlobals = new ArrayList<>();

    FuncT signature(Ast.Field recv, Ast.FuncType ft) {
        T r = recv == null ? null : typeOfTypeExpr(recv.type());
        List<T> ps = new ArrayList<>();
        boolean variadic = false;
        for (Ast.Field f : ft.params()) {
            T t;
            if (f.type() instanceof Ast.Ellipsis el) {
                t = new Slice(typeOfTypeExpr(el.elt()));
                variadic = true;
            } else {
                t = typeOfTypeExpr(f.type());
            }
            int n = Math.max(1, f.names().size());
            for (int i = 0; i < n; i++) {
                ps.add(t);
            }
        }
        List<T> rs = new ArrayList<>();
        for (Ast.Field f : ft.results()) {
            T t = typeOfTypeExpr(f.type());
            int n = Math.max(1, f.names().size());
            for (int i = 0; i < n; i++) {
                rs.add(t);
            }
        }
        return new FuncT(r, ps, rs, variadic);
    }

    private void resolveFunc(Fn fn) {
        Ast.FuncDecl fd = fn.decl;
        fn.name = funcName(fd);
        fn.pos = fd.recv() == null ? fd.name().pos() : new Ast.Pos(fd.pos().file(), fd.pos().line(), fd.pos().col() + 5);
        curfn = fn;
        scopes.clear();
        pushScope();
        for (Ast.Field tp : fd.type().typeParams()) {
            for (Ast.Ident id : tp.names()) {
                declare(new Obj(Kind.TYPE, id.name(), new TypeParam(id.name()), id.pos()), id);
            }
        }
        if (fd.recv() != null) {
            Expr rt = fd.recv().type();
            Expr base = rt instanceof Ast.StarExpr se ? se.x() : rt;
            if (base instanceof Ast.IndexExpr ix && ix.index() instanceof Ast.Ident tpi) {
                declare(new Obj(Kind.TYPE, tpi.name(), new TypeParam(tpi.name()), tpi.pos()), tpi);
            } else if (base instanceof Ast.IndexListExpr il) {
                for (Expr x : il.indices()) {
                    if (x instanceof Ast.Ident tpi) {
                        declare(new Obj(Kind.TYPE, tpi.name(), new TypeParam(tpi.name()), tpi.pos()), tpi);
                    }
                }
            }
            fn.sig = signature(fd.recv(), fd.type());
        }
        declareParams(fn, fd.recv(), fd.type());
        if (fd.body() != null) {
            stmts(fd.body().list());
        }
        popScope();
        curfn = null;
    }

    static String funcName(Ast.FuncDecl fd) {
        if (fd.recv() == null) {
            return fd.name().name();
        }
        Expr rt = fd.recv().type();
        boolean ptr = false;
        if (rt instanceof Ast.StarExpr se) {
            ptr = true;
            rt = se.x();
        }
        String base = rt instanceof Ast.Ident id ? id.name()
                : rt instanceof Ast.IndexExpr ix && ix.x() instanceof Ast.Ident id2 ? id2.name() + "[...]"
                : rt instanceof Ast.IndexListExpr il && il.x() instanceof Ast.Ident id3 ? id3.name() + "[...]" : "?";
        return (ptr ? "(*" + base + ")" : base) + "." + fd.name().name();
    }

    private void declareParams(Fn fn, Ast.Field recv, Ast.FuncType ft) {
        int idx = 0;
        if (recv != null) {
            T t = fn.sig.recv();
            Obj o = paramObj(fn, recv.names().isEmpty() ? null : recv.names().get(0), t, recv.pos(), VarClass.PARAM);
            fn.params.add(o);
        }
        for (Ast.Field f : ft.params()) {
            if (f.names().isEmpty()) {
                fn.params.add(paramObj(fn, null, fn.sig.params().get(idx++), f.pos(), VarClass.PARAM));
            } else {
                for (Ast.Ident id : f.names()) {
                    fn.params.add(paramObj(fn, id, fn.sig.params().get(idx++), id.pos(), VarClass.PARAM));
                }
            }
        }
        idx = 0;
        for (Ast.Field f : ft.results()) {
            if (f.names().isEmpty()) {
                Obj o = paramObj(fn, null, fn.sig.results().get(idx), f.pos(), VarClass.RESULT);
                fn.results.add(o);
                idx++;
            } else {
                for (Ast.Ident id : f.names()) {
                    fn.results.add(paramObj(fn, id, fn.sig.results().get(idx++), id.pos(), VarClass.RESULT));
                }
            }
        }
        for (int i = 0; i < fn.results.size(); i++) {
            fn.results.get(i).resultIndex = i + 1;
        }
    }

    private Obj paramObj(Fn fn, Ast.Ident id, T t, Ast.Pos pos, VarClass cls) {
        String name;
        if (id == null) {
            name = cls == VarClass.RESULT ? "~r" + fn.results.size() : "~p" + fn.params.size();
        } else if (id.name().equals("_")) {
            name = cls == VarClass.RESULT ? "~b" + fn.results.size() : "_";
        } else {
            name = id.name();
        }
        Obj o = new Obj(Kind.VAR, name, t, pos);
        o.cls = cls;
        o.owner = fn;
        fn.dcl.add(o);
        if (id != null) {
            declare(o, id);
        }
        return o;
    }

    // ------------------------------------------------------------------ scopes

    private void pushScope() {
        scopes.add(new HashMap<>());
    }

    private void popScope() {
        scopes.remove(scopes.size() - 1);
    }

    private void declare(Obj o, Ast.Ident id) {
        if (id != null) {
            defs.put(id, o);
        }
        if (!o.name.equals("_") && !scopes.isEmpty()) {
            scopes.get(scopes.size() - 1).put(o.name, o);
        }
    }

    Obj lookup(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Obj o = scopes.get(i).get(name);
            if (o != null) {
                return o;
            }
        }
        Obj o = pkgScope.get(name);
        return o != null ? o : universe.get(name);
    }

    private Obj newLocal(Ast.Ident id, T t) {
        Obj o = new Obj(Kind.VAR, id.name(), t, id.pos());
        o.cls = VarClass.AUTO;
        o.owner = curfn;
        if (curfn != null && !id.name().equals("_")) {
            curfn.dcl.add(o);
        }
        declare(o, id);
        return o;
    }

    // ------------------------------------------------------------------ statements

    private void stmts(List<Ast.Stmt> list) {
        for (Ast.Stmt s : list) {
            stmt(s);
        }
    }

    private void block(Ast.BlockStmt b) {
        if (b == null) {
            return;
        }
        pushScope();
        stmts(b.list());
        popScope();
    }

    private void stmt(Ast.Stmt s) {
        switch (s) {
            case null -> {}
            case Ast.DeclStmt ds -> genDecl(ds.decl());
            case Ast.EmptyStmt e -> {}
            case Ast.LabeledStmt ls -> stmt(ls.stmt());
            case Ast.ExprStmt es -> expr(es.x());
            case Ast.SendStmt ss -> {
                expr(ss.chan());
                expr(ss.value());
            }
            case Ast.IncDecStmt ids -> {
                expr(ids.x());
                markAssigned(ids.x());
            }
            case Ast.AssignStmt as -> assign(as);
            case Ast.GoStmt gs -> expr(gs.call());
            case Ast.DeferStmt dfs -> expr(dfs.call());
            case Ast.ReturnStmt rs -> {
                for (Expr e : rs.results()) {
                    expr(e);
                }
            }
            case Ast.BranchStmt bs -> {}
            case Ast.BlockStmt bs -> block(bs);
            case Ast.IfStmt is -> {
                pushScope();
                stmt(is.init());
                expr(is.cond());
                block(is.body());
                stmt(is.els());
                popScope();
            }
            case Ast.CaseClause cc -> {
                for (Expr e : cc.list()) {
                    expr(e);
                }
                pushScope();
                stmts(cc.body());
                popScope();
            }
            case Ast.SwitchStmt ss -> {
                pushScope();
                stmt(ss.init());
                if (ss.tag() != null) {
                    expr(ss.tag());
                }
                for (Ast.Stmt c : ss.body().list()) {
                    stmt(c);
                }
                popScope();
            }
            case Ast.TypeSwitchStmt ts -> typeSwitch(ts);
            case Ast.CommClause cc -> {
                pushScope();
                stmt(cc.comm());
                stmts(cc.body());
                popScope();
            }
            case Ast.SelectStmt ss -> {
                for (Ast.Stmt c : ss.body().list()) {
                    stmt(c);
                }
            }
            case Ast.ForStmt fs -> {
                pushScope();
                stmt(fs.init());
                if (fs.cond() != null) {
                    expr(fs.cond());
                }
                stmt(fs.post());
                block(fs.body());
                popScope();
            }
            case Ast.RangeStmt rs -> range(rs);
        }
    }

    /** Type switch guard variables: one per clause, typed by the clause's single type. */
    final Map<Ast.CaseClause, Obj> caseVars = new IdentityHashMap<>();

    private void typeSwitch(Ast.TypeSwitchStmt ts) {
        pushScope();
        stmt(ts.init());
        Ast.Ident bind = null;
        Expr x;
        if (ts.assign() instanceof Ast.AssignStmt as) {
            bind = (Ast.Ident) as.lhs().get(0);
            x = ((Ast.TypeAssertExpr) as.rhs().get(0)).x();
            types.put(as.rhs().get(0), null);
        } else {
            x = ((Ast.TypeAssertExpr) ((Ast.ExprStmt) ts.assign()).x()).x();
        }
        T xt = expr(x);
        for (Ast.Stmt c : ts.body().list()) {
            Ast.CaseClause cc = (Ast.CaseClause) c;
            T ct = xt;
            for (Expr e : cc.list()) {
                T t = e instanceof Ast.Ident id && id.name().equals("nil") ? null : typeOfTypeExpr(e);
                if (cc.list().size() == 1 && t != null) {
                    ct = t;
                }
            }
            pushScope();
            if (bind != null) {
                Obj o = new Obj(Kind.VAR, bind.name(), ct, bind.pos());
                o.cls = VarClass.AUTO;
                o.owner = curfn;
                if (!bind.name().equals("_")) {
                    curfn.dcl.add(o);
                    scopes.get(scopes.size() - 1).put(o.name, o);
                }
                caseVars.put(cc, o);
            }
            stmts(cc.body());
            popScope();
        }
        popScope();
    }

    private void range(Ast.RangeStmt rs) {
        T xt = expr(rs.x());
        T u = TypeModel.under(xt);
        if (u instanceof Ptr p) {
            u = TypeModel.under(p.elem());
        }
        T kt = TypeModel.INT;
        T vt = null;
        switch (u) {
            case Slice s -> vt = s.elem();
            case Arr a -> vt = a.elem();
            case MapT m -> {
                kt = m.key();
                vt = m.value();
            }
            case ChanT c -> kt = c.elem();
            case Basic b -> {
                if (TypeModel.isString(b)) {
                    vt = TypeModel.INT32;
                }
            }
            case null, default -> {}
        }
        pushScope();
        if (":=".equals(rs.tok())) {
            if (rs.key() instanceof Ast.Ident k) {
                Obj o = newLocal(k, kt);
                types.put(k, kt);
                o.defnValue = null;
            }
            if (rs.value() instanceof Ast.Ident v) {
                newLocal(v, vt);
                types.put(v, vt);
            }
        } else {
            if (rs.key() != null) {
                expr(rs.key());
                markAssigned(rs.key());
            }
            if (rs.value() != null) {
                expr(rs.value());
                markAssigned(rs.value());
            }
        }
        block(rs.body());
        popScope();
    }

    private void genDecl(Ast.GenDecl g) {
        switch (g.tok()) {
            case "var" -> {
                for (Ast.Spec s : g.specs()) {
                    Ast.ValueSpec vs = (Ast.ValueSpec) s;
                    T declared = vs.type() == null ? null : typeOfTypeExpr(vs.type());
                    List<T> vts = new ArrayList<>();
                    for (Expr v : vs.values()) {
                        vts.add(expr(v));
                    }
                    if (vs.values().size() == 1 && vs.names().size() > 1 && vts.get(0) instanceof Tuple tu) {
                        vts = tu.types();
                    }
                    for (int i = 0; i < vs.names().size(); i++) {
                        T t = declared != null ? declared
                                : i < vts.size() ? TypeModel.defaultType(vts.get(i)) : null;
                        Obj o = newLocal(vs.names().get(i), t);
                        types.put(vs.names().get(i), t);
                        if (vs.values().size() == vs.names().size()) {
                            o.defnValue = vs.values().get(i);
                        }
                    }
                }
            }
            case "const" -> {
                Ast.ValueSpec prev = null;
                for (Ast.Spec s : g.specs()) {
                    Ast.ValueSpec vs = (Ast.ValueSpec) s;
                    if (vs.values().isEmpty() && vs.type() == null && prev != null) {
                        vs = new Ast.ValueSpec(vs.pos(), vs.names(), prev.type(), prev.values(), vs.iota());
                    } else {
                        prev = vs;
                    }
                    for (int i = 0; i < vs.names().size(); i++) {
                        Ast.Ident id = vs.names().get(i);
                        Expr v = i < vs.values().size() ? vs.values().get(i) : null;
                        T t = vs.type() != null ? typeOfTypeExpr(vs.type()) : v != null ? expr(v) : null;
                        Obj o = new Obj(Kind.CONST, id.name(), t, id.pos());
                        o.constExpr = v;
                        o.iota = vs.iota();
                        declare(o, id);
                    }
                }
            }
            case "type" -> {
                for (Ast.Spec s : g.specs()) {
                    Ast.TypeSpec ts = (Ast.TypeSpec) s;
                    Obj o = new Obj(Kind.TYPE, ts.name().name(), null, ts.name().pos());
                    if (ts.assign() == null) {
                        Named n = new Named(ts.name().name(), null);
                        o.type = n;
                        declare(o, ts.name());
                        n.underlying = typeOfTypeExpr(ts.type());
                    } else {
                        o.type = typeOfTypeExpr(ts.type());
                        declare(o, ts.name());
                    }
                }
            }
            default -> {}
        }
    }

    private void assign(Ast.AssignStmt as) {
        List<T> rts = new ArrayList<>();
        for (Expr r : as.rhs()) {
            rts.add(expr(r));
        }
        if (as.rhs().size() == 1 && as.lhs().size() > 1) {
            T t = rts.get(0);
            Expr r = unparen(as.rhs().get(0));
            if (t instanceof Tuple tu) {
                rts = tu.types();
            } else if (r instanceof Ast.IndexExpr || r instanceof Ast.TypeAssertExpr
                    || (r instanceof Ast.UnaryExpr u && u.op().equals("<-"))) {
                rts = java.util.Arrays.asList(t, TypeModel.BOOL);
            }
        }
        if (as.tok().equals(":=")) {
            for (int i = 0; i < as.lhs().size(); i++) {
                Ast.Ident id = (Ast.Ident) as.lhs().get(i);
                Obj existing = id.name().equals("_") ? null : scopes.get(scopes.size() - 1).get(id.name());
                T t = i < rts.size() ? TypeModel.defaultType(rts.get(i)) : null;
                if (existing != null) {
                    uses.put(id, existing);
                    types.put(id, existing.type);
                    existing.reassignedAnywhere = true;
                } else if (id.name().equals("_")) {
                    types.put(id, t);
                } else {
                    Obj o = newLocal(id, t);
                    types.put(id, t);
                    if (as.lhs().size() == as.rhs().size()) {
                        o.defnValue = as.rhs().get(i);
                    }
                }
            }
        } else {
            for (Expr l : as.lhs()) {
                if (l instanceof Ast.Ident id && id.name().equals("_")) {
                    continue;
                }
                expr(l);
                markAssigned(l);
            }
        }
    }

    private void markAssigned(Expr l) {
        if (unparen(l) instanceof Ast.Ident id && uses.get(id) != null) {
            uses.get(id).reassignedAnywhere = true;
        }
    }

    static Expr unparen(Expr e) {
        while (e instanceof Ast.ParenExpr p) {
            e = p.x();
        }
        return e;
    }

    // ------------------------------------------------------------------ expressions

    T typeOf(Expr e) {
        return types.get(e);
    }

    private T expr(Expr e) {
        T t = expr0(e);
        types.put(e, t);
        return t;
    }

    private T expr0(Expr e) {
        return switch (e) {
            case null -> null;
            case Ast.Ident id -> ident(id);
            case Ast.BasicLit b -> switch (b.kind()) {
                case INT -> TypeModel.UNTYPED_INT;
                case FLOAT -> TypeModel.UNTYPED_FLOAT;
                case IMAG -> TypeModel.UNTYPED_COMPLEX;
                case CHAR -> TypeModel.UNTYPED_RUNE;
                case STRING -> TypeModel.UNTYPED_STRING;
            };
            case Ast.FuncLit fl -> funcLit(fl);
            case Ast.CompositeLit cl -> compositeLit(cl, null);
            case Ast.ParenExpr p -> expr(p.x());
            case Ast.SelectorExpr se -> selector(se);
            case Ast.IndexExpr ix -> {
                T xt = expr(ix.x());
                if (xt instanceof FuncT || isTypeExpr(ix.x())) {
                    // Generic instantiation: the type arguments are types.
                    yield xt;
                }
                expr(ix.index());
                T u = TypeModel.under(xt);
                if (u instanceof Ptr p) {
                    u = TypeModel.under(p.elem());
                }
                yield switch (u) {
                    case Slice s -> s.elem();
                    case Arr a -> a.elem();
                    case MapT m -> m.value();
                    case Basic b -> TypeModel.UINT8;
                    case null, default -> null;
                };
            }
            case Ast.IndexListExpr il -> expr(il.x());
            case Ast.SliceExpr sl -> {
                T xt = expr(sl.x());
                expr(sl.low());
                expr(sl.high());
                expr(sl.max());
                T u = TypeModel.under(xt);
                if (u instanceof Ptr p && TypeModel.under(p.elem()) instanceof Arr a) {
                    yield new Slice(a.elem());
                }
                if (u instanceof Arr a) {
                    yield new Slice(a.elem());
                }
                if (u instanceof Basic b && b.untyped()) {
                    yield TypeModel.STRING;
                }
                yield xt;
            }
            case Ast.TypeAssertExpr ta -> {
                expr(ta.x());
                yield ta.type() == null ? null : typeOfTypeExpr(ta.type());
            }
            case Ast.CallExpr c -> call(c);
            case Ast.StarExpr s -> {
                if (isTypeExpr(s.x())) {
                    yield new Ptr(typeOfTypeExpr(s.x()));
                }
                T xt = expr(s.x());
                yield TypeModel.under(xt) instanceof Ptr p ? p.elem() : null;
            }
            case Ast.UnaryExpr u -> {
                if (u.op().equals("&") && unparen(u.x()) instanceof Ast.CompositeLit cl) {
                    T lt = expr(cl);
                    yield new Ptr(lt);
                }
                T xt = expr(u.x());
                yield switch (u.op()) {
                    case "&" -> {
                        markAddrTaken(u.x());
                        yield new Ptr(xt);
                    }
                    case "<-" -> TypeModel.under(xt) instanceof ChanT ch ? ch.elem() : null;
                    case "!" -> xt;
                    default -> xt;
                };
            }
            case Ast.BinaryExpr b -> {
                T xt = expr(b.x());
                T yt = expr(b.y());
                yield switch (b.op()) {
                    case "==", "!=", "<", "<=", ">", ">=" -> TypeModel.UNTYPED_BOOL;
                    case "&&", "||" -> TypeModel.isUntyped(xt) ? yt : xt;
                    case "<<", ">>" -> xt;
                    default -> TypeModel.isUntyped(xt) ? (TypeModel.isUntyped(yt) ? wider(xt, yt) : yt) : xt;
                };
            }
            case Ast.KeyValueExpr kv -> {
                expr(kv.value());
                yield null;
            }
            case Ast.Ellipsis el -> null;
            case Ast.ArrayType at -> typeOfTypeExpr(at);
            case Ast.StructType st -> typeOfTypeExpr(st);
            case Ast.FuncType ft -> typeOfTypeExpr(ft);
            case Ast.InterfaceType it -> typeOfTypeExpr(it);
            case Ast.MapType mt -> typeOfTypeExpr(mt);
            case Ast.ChanType ct -> typeOfTypeExpr(ct);
        };
    }

    private static T wider(T a, T b) {
        List<String> order = List.of("untyped int", "untyped rune", "untyped float", "untyped complex");
        if (a instanceof Basic x && b instanceof Basic y && order.contains(x.name()) && order.contains(y.name())) {
            return order.indexOf(x.name()) >= order.indexOf(y.name()) ? a : b;
        }
        return a;
    }

    private void markAddrTaken(Expr x) {
        if (unparen(x) instanceof Ast.Ident id && uses.get(id) != null) {
            uses.get(id).addrTakenAnywhere = true;
        }
    }

    private T ident(Ast.Ident id) {
        if (id.name().equals("_")) {
            return null;
        }
        Obj o = lookup(id.name());
        if (o == null) {
            return null;
        }
        uses.put(id, o);
        if (o.kind == Kind.VAR && o.owner != null && curfn != null && o.owner != curfn) {
            // A free variable of a function literal: captured by every literal between its owner and here.
            for (Fn f = curfn; f != null && f != o.owner; f = f.outer) {
                if (!f.closureVars.contains(o)) {
                    f.closureVars.add(o);
                    f.captureUse.put(o, id.pos());
                }
            }
        }
        if (o.kind == Kind.FUNC && o.type == null && o.func != null) {
            Fn fn = decls.get(o.func);
            o.type = fn.sig != null ? fn.sig : signature(null, o.func.type());
        }
        if (o.kind == Kind.CONST && o.type == null && o.constExpr != null) {
            o.type = expr(o.constExpr);
        }
        return o.type;
    }

    boolean isTypeExpr(Expr e) {
        e = unparen(e);
        return switch (e) {
            case Ast.Ident id -> {
                Obj o = lookup(id.name());
                if (o != null && o.kind == Kind.TYPE) {
                    uses.put(id, o);
                    yield true;
                }
                yield false;
            }
            case Ast.SelectorExpr se -> se.x() instanceof Ast.Ident p && lookup(p.name()) != null
                    && lookup(p.name()).kind == Kind.PKG && Character.isUpperCase(se.sel().name().charAt(0))
                    && StdLib.isType(lookup(p.name()).pkgPath, se.sel().name());
            case Ast.StarExpr s -> isTypeExpr(s.x());
            case Ast.ArrayType a -> true;
            case Ast.StructType s -> true;
            case Ast.FuncType f -> true;
            case Ast.InterfaceType i -> true;
            case Ast.MapType m -> true;
            case Ast.ChanType c -> true;
            case Ast.IndexExpr ix -> isTypeExpr(ix.x());
            case Ast.IndexListExpr il -> isTypeExpr(il.x());
            default -> false;
        };
    }

    private T funcLit(Ast.FuncLit fl) {
        Fn outer = curfn;
        Fn fn = new Fn(null, fl, outer);
        // Go names closures after the outermost function: main.func1, main.func2, ... nested: main.func1.1
        if (outer.outer == null) {
            fn.name = outer.name + ".func" + (++outer.closureCount);
        } else {
            fn.name = outer.name + "." + (++outer.closureCount);
        }
        fn.pos = fl.pos();
        lits.put(fl, fn);
        outer.closures.add(fn);
        fn.sig = signature(null, fl.type());
        curfn = fn;
        pushScope();
        declareParams(fn, null, fl.type());
        stmts(fl.body().list());
        popScope();
        curfn = outer;
        return fn.sig;
    }

    private T compositeLit(Ast.CompositeLit cl, T elided) {
        T t = cl.type() != null ? typeOfTypeExprLit(cl) : elided;
        types.put(cl, t);
        T u = TypeModel.under(t);
        if (u instanceof Ptr p) {
            u = TypeModel.under(p.elem());
        }
        for (Expr el : cl.elts()) {
            Expr v = el;
            if (el instanceof Ast.KeyValueExpr kv) {
                v = kv.value();
                if (!(u instanceof StructT)) {
                    if (kv.key() instanceof Ast.CompositeLit kcl && kcl.type() == null && u instanceof MapT m) {
                        compositeLit(kcl, m.key());
                    } else {
                        expr(kv.key());
                    }
                }
            }
            T et = switch (u) {
                case Slice s -> s.elem();
                case Arr a -> a.elem();
                case MapT m -> m.value();
                case null, default -> null;
            };
            if (v instanceof Ast.CompositeLit vcl && vcl.type() == null) {
                compositeLit(vcl, et);
            } else if (v instanceof Ast.UnaryExpr ue && ue.op().equals("&") && ue.x() instanceof Ast.CompositeLit ic
                    && ic.type() == null) {
                compositeLit(ic, et instanceof Ptr p ? p.elem() : null);
                types.put(v, et);
            } else {
                expr(v);
            }
        }
        return t;
    }

    private T typeOfTypeExprLit(Ast.CompositeLit cl) {
        if (cl.type() instanceof Ast.ArrayType at && at.len() instanceof Ast.Ellipsis) {
            return new Arr(cl.elts().size(), typeOfTypeExpr(at.elt()));
        }
        return typeOfTypeExpr(cl.type());
    }

    private T selector(Ast.SelectorExpr se) {
        if (se.x() instanceof Ast.Ident pid) {
            Obj po = lookup(pid.name());
            if (po != null && po.kind == Kind.PKG) {
                uses.put(pid, po);
                Obj o = stdFuncs.computeIfAbsent(po.pkgPath + "." + se.sel().name(),
                        k -> StdLib.object(po.pkgPath, se.sel().name()));
                selections.put(se, new Selection(SelKind.PKG, o, null, List.of(), false, false, null));
                if (o != null) {
                    uses.put(se.sel(), o);
                }
                return o == null ? null : o.type;
            }
        }
        if (isTypeExpr(se.x())) {
            // Method expression T.m or (*T).m.
            T recv = typeOfTypeExpr(se.x());
            Ast.FuncDecl m = findMethodDecl(recv, se.sel().name());
            selections.put(se, new Selection(SelKind.METHOD_EXPR, null, m, List.of(), false, false, recv));
            if (m != null) {
                FuncT sig = decls.get(m).sig != null ? decls.get(m).sig : signature(m.recv(), m.type());
                List<T> ps = new ArrayList<>();
                ps.add(recv);
                ps.addAll(sig.params());
                return new FuncT(null, ps, sig.results(), sig.variadic());
            }
            return null;
        }
        T xt = expr(se.x());
        String name = se.sel().name();
        // A method of a standard type (sync.Mutex, strings.Builder...).
        {
            T base = xt;
            boolean isPtr = false;
            if (base instanceof Ptr p) {
                base = p.elem();
                isPtr = true;
            }
            if (base instanceof Named n && n.pkg != null) {
                Obj m = StdLib.method(n, isPtr, name);
                if (m != null) {
                    boolean ptrRecv = m.name.contains("(*");
                    selections.put(se, new Selection(SelKind.STD_METHOD, m, null, List.of(isPtr), ptrRecv && !isPtr,
                            !ptrRecv && isPtr, null));
                    return new FuncT(null, List.of(), List.of(), false);
                }
            }
        }
        // Search fields and methods breadth-first through embedded fields.
        LookupResult r = lookupFieldOrMethod(xt, name);
        if (r == null) {
            return null;
        }
        if (r.method != null) {
            FuncT sig = decls.get(r.method).sig != null ? decls.get(r.method).sig
                    : signature(r.method.recv(), r.method.type());
            boolean ptrRecv = r.method.recv().type() instanceof Ast.StarExpr;
            boolean xIsPtr = r.lastIsPtr;
            selections.put(se, new Selection(SelKind.METHOD, null, r.method, r.path, ptrRecv && !xIsPtr,
                    !ptrRecv && xIsPtr, null));
            return new FuncT(null, sig.params(), sig.results(), sig.variadic());
        }
        if (r.ifaceMethod != null) {
            selections.put(se, new Selection(SelKind.IFACE_METHOD, null, null, r.path, false, false, null));
            return r.ifaceMethod.sig();
        }
        selections.put(se, new Selection(SelKind.FIELD, null, null, r.path, false, false, null));
        return r.fieldType;
    }

    record LookupResult(List<Boolean> path, T fieldType, Ast.FuncDecl method, Method ifaceMethod, boolean lastIsPtr) {}

    /**
     * Finds field or method name in t: path holds, for every embedded step then the final one,
     * whether the value at that step is a pointer (so that selecting through it dereferences).
     */
    LookupResult lookupFieldOrMethod(T t, String name) {
        record Cand(T type, List<Boolean> path) {}
        List<Cand> level = List.of(new Cand(t, List.of()));
        for (int depth = 0; depth < 8 && !level.isEmpty(); depth++) {
            List<Cand> next = new ArrayList<>();
            for (Cand c : level) {
                T ct = c.type;
                boolean isPtr = false;
                if (TypeModel.under(ct) instanceof Ptr p && !(ct instanceof Named)) {
                    isPtr = true;
                    ct = p.elem();
                } else if (ct instanceof Named n && n.underlying instanceof Ptr) {
                    isPtr = true;
                    ct = ((Ptr) n.underlying).elem();
                }
                List<Boolean> path = new ArrayList<>(c.path);
                path.add(isPtr);
                if (ct instanceof Named n) {
                    for (Ast.FuncDecl m : n.methods) {
                        if (m.name().name().equals(name)) {
                            return new LookupResult(path, null, m, null, isPtr);
                        }
                    }
                }
                T u = TypeModel.under(ct);
                if (u instanceof IfaceT it) {
                    for (Method m : allMethods(it)) {
                        if (m.name().equals(name)) {
                            return new LookupResult(path, null, null, m, isPtr);
                        }
                    }
                }
                if (u instanceof StructT st) {
                    for (Field f : st.fields()) {
                        if (f.name().equals(name)) {
                            return new LookupResult(path, f.type(), null, null, isPtr);
                        }
                        if (f.embedded()) {
                            next.add(new Cand(f.type(), path));
                        }
                    }
                }
            }
            level = next;
        }
        return null;
    }

    static List<Method> allMethods(IfaceT it) {
        return it.methods();
    }

    Ast.FuncDecl findMethodDecl(T recv, String name) {
        T t = recv;
        if (TypeModel.under(t) instanceof Ptr p && !(t instanceof Named)) {
            t = p.elem();
        }
        if (t instanceof Named n) {
            for (Ast.FuncDecl m : n.methods) {
                if (m.name().name().equals(name)) {
                    return m;
                }
            }
        }
        LookupResult r = lookupFieldOrMethod(recv, name);
        return r == null ? null : r.method;
    }

    private T call(Ast.CallExpr c) {
        Expr fun = unparen(c.fun());
        if (isTypeExpr(fun)) {
            T t = typeOfTypeExpr(fun);
            conversions.put(c, t);
            types.put(c.fun(), t);
            for (Expr a : c.args()) {
                expr(a);
            }
            return t;
        }
        if (fun instanceof Ast.Ident id && lookup(id.name()) != null && lookup(id.name()).kind == Kind.BUILTIN) {
            uses.put(id, lookup(id.name()));
            builtins.put(c, id.name());
            return builtin(c, id.name());
        }
        T ft = expr(c.fun());
        for (Expr a : c.args()) {
            expr(a);
        }
        if (TypeModel.under(ft) instanceof FuncT f) {
            return f.results().isEmpty() ? new Tuple(List.of())
                    : f.results().size() == 1 ? f.results().get(0) : new Tuple(f.results());
        }
        return null;
    }

    private T builtin(Ast.CallExpr c, String name) {
        List<Expr> args = c.args();
        switch (name) {
            case "new" -> {
                T t = typeOfTypeExpr(args.get(0));
                types.put(args.get(0), t);
                return new Ptr(t);
            }
            case "make" -> {
                T t = typeOfTypeExpr(args.get(0));
                types.put(args.get(0), t);
                for (int i = 1; i < args.size(); i++) {
                    expr(args.get(i));
                }
                return t;
            }
            default -> {
                List<T> ats = new ArrayList<>();
                for (Expr a : args) {
                    ats.add(expr(a));
                }
                return switch (name) {
                    case "len", "cap", "copy" -> TypeModel.INT;
                    case "append" -> ats.isEmpty() ? null : ats.get(0);
                    case "recover" -> TypeModel.EMPTY_IFACE;
                    case "real", "imag" -> TypeModel.FLOAT64;
                    case "complex" -> new Basic("complex128", 16, false);
                    default -> new Tuple(List.of());
                };
            }
        }
    }

    // ------------------------------------------------------------------ type expressions

    T typeOfTypeExpr(Expr e) {
        e = unparen(e);
        T t = switch (e) {
            case null -> null;
            case Ast.Ident id -> {
                Obj o = lookup(id.name());
                if (o != null) {
                    uses.put(id, o);
                }
                yield o == null ? null : o.type;
            }
            case Ast.SelectorExpr se -> {
                Obj po = se.x() instanceof Ast.Ident p ? lookup(p.name()) : null;
                yield po != null && po.kind == Kind.PKG ? StdLib.type(po.pkgPath, se.sel().name()) : null;
            }
            case Ast.StarExpr s -> new Ptr(typeOfTypeExpr(s.x()));
            case Ast.ArrayType at -> {
                T elt = typeOfTypeExpr(at.elt());
                if (at.len() == null) {
                    yield new Slice(elt);
                }
                Long n = constInt(at.len());
                yield new Arr(n == null ? 0 : n, elt);
            }
            case Ast.MapType mt -> new MapT(typeOfTypeExpr(mt.key()), typeOfTypeExpr(mt.value()));
            case Ast.ChanType ct -> new ChanT(typeOfTypeExpr(ct.value()), ct.dir());
            case Ast.FuncType ft -> signature(null, ft);
            case Ast.StructType st -> {
                List<Field> fs = new ArrayList<>();
                for (Ast.Field f : st.fields()) {
                    T ft = typeOfTypeExpr(f.type());
                    if (f.names().isEmpty()) {
                        Expr te = f.type() instanceof Ast.StarExpr s ? s.x() : f.type();
                        String n = te instanceof Ast.Ident id ? id.name()
                                : te instanceof Ast.SelectorExpr sel ? sel.sel().name() : "?";
                        fs.add(new Field(n, ft, true));
                    } else {
                        for (Ast.Ident id : f.names()) {
                            fs.add(new Field(id.name(), ft, false));
                        }
                    }
                }
                yield new StructT(fs);
            }
            case Ast.InterfaceType it -> {
                List<Method> ms = new ArrayList<>();
                boolean terms = false;
                for (Ast.Field f : it.elements()) {
                    if (!f.names().isEmpty() && f.type() instanceof Ast.FuncType ft) {
                        ms.add(new Method(f.names().get(0).name(), signature(null, ft)));
                    } else {
                        T emb = typeOfTypeExpr(f.type());
                        if (TypeModel.under(emb) instanceof IfaceT ei) {
                            ms.addAll(ei.methods());
                        } else {
                            terms = true;
                        }
                    }
                }
                yield new IfaceT(ms, terms);
            }
            case Ast.IndexExpr ix -> typeOfTypeExpr(ix.x());
            case Ast.IndexListExpr il -> typeOfTypeExpr(il.x());
            case Ast.Ellipsis el -> new Slice(typeOfTypeExpr(el.elt()));
            default -> null;
        };
        if (e != null) {
            types.put(e, t);
        }
        return t;
    }

    /** The value of an integer constant expression, or null. */
    Long constInt(Expr e) {
        return constInt(e, -1);
    }

    private Long constInt(Expr e, int iota) {
        e = unparen(e);
        switch (e) {
            case Ast.BasicLit b when b.kind() == Ast.LitKind.INT -> {
                try {
                    String v = b.value().replace("_", "");
                    if (v.startsWith("0x") || v.startsWith("0X")) {
                        return Long.parseLong(v.substring(2), 16);
                    }
                    if (v.startsWith("0b") || v.startsWith("0B")) {
                        return Long.parseLong(v.substring(2), 2);
                    }
                    if (v.startsWith("0o") || v.startsWith("0O")) {
                        return Long.parseLong(v.substring(2), 8);
                    }
                    if (v.length() > 1 && v.startsWith("0")) {
                        return Long.parseLong(v.substring(1), 8);
                    }
                    return Long.parseLong(v);
                } catch (NumberFormatException x) {
                    return null;
                }
            }
            case Ast.BasicLit b when b.kind() == Ast.LitKind.CHAR -> {
                String v = b.value();
                return v.length() == 3 ? (long) v.charAt(1) : null;
            }
            case Ast.Ident id -> {
                Obj o = uses.get(id) != null ? uses.get(id) : lookup(id.name());
                if (o != null && o.kind == Kind.CONST) {
                    if (o.name.equals("iota") && o.pos == Ast.Pos.NONE) {
                        return iota >= 0 ? (long) iota : null;
                    }
                    return o.constExpr == null ? null : constInt(o.constExpr, o.iota);
                }
                return null;
            }
            case Ast.BinaryExpr b -> {
                Long x = constInt(b.x(), iota);
                Long y = constInt(b.y(), iota);
                if (x == null || y == null) {
                    return null;
                }
                return switch (b.op()) {
                    case "+" -> x + y;
                    case "-" -> x - y;
                    case "*" -> x * y;
                    case "/" -> y == 0 ? null : x / y;
                    case "%" -> y == 0 ? null : x % y;
                    case "<<" -> x << y;
                    case ">>" -> x >> y;
                    case "&" -> x & y;
                    case "|" -> x | y;
                    default -> null;
                };
            }
            case Ast.UnaryExpr u when u.op().equals("-") -> {
                Long x = constInt(u.x(), iota);
                return x == null ? null : -x;
            }
            case Ast.CallExpr c when c.args().size() == 1 && conversions.containsKey(c) -> {
                return constInt(c.args().get(0), iota);
            }
            default -> {
                return null;
            }
        }
    }
}
