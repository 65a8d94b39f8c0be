package minigo.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import minigo.types.TypeAndValue.Mode;

/** One run of the checker over one package: the phases of package-info.java, in order. */
final class CheckerImpl extends CheckStmts {
    private final List<Ast.File> files;
    private final Map<Obj, DeclInfo> decls = new IdentityHashMap<>();
    private final List<Obj> declOrder = new ArrayList<>();
    private final List<PkgName> pkgNames = new ArrayList<>();
    /** Methods by receiver base type name, in source order. */
    private final Map<String, List<Object[]>> methodsByBase = new LinkedHashMap<>();
    private final List<Object[]> allMethodDecls = new ArrayList<>();
    /** Function bodies to check after the package-level declarations: {Func, DeclInfo, Scope}. */
    private final List<Object[]> bodies = new ArrayList<>();
    /** Objects currently being resolved (for cycle reports). */
    private final List<Obj> objPath = new ArrayList<>();
    private int order;

    CheckerImpl(Checker.Mode mode, String path, List<Ast.File> files, Importer importer) {
        super(mode, new Package(path, files.isEmpty() ? "main" : files.get(0).packageName().name(), Universe.SCOPE), importer);
        this.files = files;
        pkg.files.addAll(files);
    }

    /** One more increment of a REPL session's package ({@link Incremental}). */
    CheckerImpl(Package existing, List<Ast.File> files, Importer importer, java.util.Set<Ast.Ident> hidden) {
        super(Checker.Mode.USER, existing, importer);
        this.files = files;
        this.session = true;
        this.hidden = hidden;
        pkg.files.addAll(files);
    }

    /** Session only: package-level names declared by these identifiers enter the scope after the check. */
    private java.util.Set<Ast.Ident> hidden = java.util.Set.of();

    Package run() {
        try {
            return phases();
        } catch (CompileError e) {
            throw e;
        } catch (RuntimeException e) {
            // An internal failure after real errors were found is almost always a follow-on of them:
            // report what Go would (the errors), not a Java stack trace.
            if (!errors.isEmpty() && !Boolean.getBoolean("minigo.types.strict")) finish();
            throw e;
        }
    }

    private Package phases() {
        packageClause();
        for (Ast.File f : files) new Branches(this).file(f);
        collectObjects();
        packageObjects();
        // a type whose underlying type never settled (an error reported) still gets its methods
        for (TypeName tn : new ArrayList<>(methodsAfterSettling)) declareMethods(tn);
        methodsAfterSettling.clear();
        for (Interface it : new ArrayList<>(pendingIfaces)) it.complete();
        for (Interface it : new ArrayList<>(pendingIfaces)) it.complete();
        validTypes();
        for (int i = 0; i < later.size(); i++) later.get(i).run();
        later.clear();
        boolean lazy = mode == Checker.Mode.STDLIB && !Boolean.getBoolean("minigo.types.eagerStdlib");
        if (lazy) {
            // A standard package is known to be well typed: its bodies are checked when first
            // needed (init order, translation), which spares a run the packages' unused code.
            for (Object[] b : bodies) pendingBodies.put((Func) b[0], b);
            bodies.clear();
            pkg.bodyChecker = this::checkBodyLazily;
        } else {
            checkBodies();
        }
        for (int i = 0; i < later.size(); i++) later.get(i).run();
        later.clear();
        initOrder();
        if (!session && !lazy) unusedImports(); // (an import may be used only in unchecked bodies)
        flushUntyped();
        if (errors.isEmpty()) for (Ast.Pos p : missingBodies) error(p, "missing function body");
        finish();
        return pkg;
    }

    private void finish() {
        if (errors.isEmpty()) return;
        List<Diagnostic> first = new ArrayList<>(errors.subList(0, Math.min(10, errors.size())));
        // Drop exact duplicates (Go prints a message once per position).
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : first) if (!out.contains(d)) out.add(d);
        out.sort(Comparator.naturalOrder());
        if (errors.size() >= 10) out.add(new Diagnostic(errors.get(9).pos(), "too many errors"));
        throw new CompileError(out);
    }

    private void packageClause() {
        String name = null;
        for (Ast.File f : files) {
            String n = f.packageName().name();
            info.defs.put(f.packageName(), null);
            if (name == null) {
                name = n;
                pkg.setName(n);
            } else if (!n.equals(name)) {
                error(f.packageName().pos(), "package " + n + "; expected " + name);
            }
        }
        if (name != null && name.equals("_")) error(files.get(0).packageName().pos(), "invalid package name _");
    }

    // ------------------------------------------------------------------ collect

    private void collectObjects() {
        for (Ast.File f : files) {
            Scope fileScope = new Scope(pkg.scope(), "file " + f.fileName());
            info.scopes.put(f, fileScope);
            for (Ast.ImportSpec is : f.imports()) importSpec(is, fileScope);
            for (Ast.Decl d : f.decls()) {
                switch (d) {
                    case Ast.GenDecl g -> collectGen(g, fileScope);
                    case Ast.FuncDecl fd -> collectFunc(fd, fileScope);
                }
            }
        }
        // Package-level names must not clash with file-level import names.
        for (Ast.File f : files) {
            Scope fs = info.scopes.get(f);
            for (Obj o : fs.elems()) {
                if (o instanceof PkgName pn) {
                    Obj alt = pkg.scope().lookup(pn.name());
                    if (alt != null) {
                        error(alt.pos(), alt.name() + " already declared through import of " + pn.imported().name() + " package\n\t" + pn.pos() + ": other declaration of " + pn.name());
                    }
                }
            }
        }
        // Methods: associate with their receiver base type names.
    }

    private void importSpec(Ast.ImportSpec is, Scope fileScope) {
        Operand lit = literal(is.path());
        if (lit.invalid() || !(lit.val instanceof Constant.Str s)) {
            error(is.path().pos(), "invalid import path: " + is.path().value());
            return;
        }
        String path = s.utf8();
        if (path.isEmpty()) {
            error(is.path().pos(), "invalid import path: \"\"");
            return;
        }
        Package imp;
        try {
            imp = importer == null ? null : importer.importPackage(path);
        } catch (CompileError ce) {
            throw ce;
        }
        if (imp == null) {
            error(is.path().pos(), "package " + path + " is not in GOROOT (" + StdExport.GOROOT + "/src/" + path + ")");
            return;
        }
        if (!pkg.imports.contains(imp)) pkg.imports.add(imp);
        String name = imp.name();
        Ast.Pos pos = is.pos();
        if (is.name() != null) {
            name = is.name().name();
            if (name.equals("init")) {
                error(is.name().pos(), "cannot import package as init - init must be a func");
                return;
            }
        }
        PkgName pn = new PkgName(name, is.name() != null ? is.name().pos() : is.path().pos(), pkg, imp);
        pn.importPos = is.path().pos();
        pn.specPos = is.pos();
        pn.implicitName = is.name() == null;
        if (is.name() != null) recordDef(is.name(), pn);
        else info.implicits.put(is, pn);
        if (name.equals("_")) return;
        if (name.equals(".")) {
            for (Obj o : imp.scope().elems()) {
                if (o.exported()) fileScope.insert(o);
            }
            pkgNames.add(pn);
            dotImports.put(pn, imp);
            return;
        }
        Obj old = fileScope.insert(pn);
        if (old != null) {
            error(pn.pos(), name + " redeclared in this block\n\t" + old.pos() + ": other declaration of " + name);
            return;
        }
        pkgNames.add(pn);
    }

    private final Map<PkgName, Package> dotImports = new IdentityHashMap<>();

    private void declarePkgObj(Ast.Ident id, Obj o, DeclInfo d) {
        if (id.name().equals("init")) {
            error(id.pos(), "cannot declare init - must be func");
            return;
        }
        if (id.name().equals("main") && pkg.name().equals("main") && !(o instanceof Func)) {
            error(id.pos(), "cannot declare main - must be func");
            return;
        }
        d.order = order++;
        decls.put(o, d);
        declOrder.add(o);
        if (hidden.contains(id)) {
            recordDef(id, o);
            return;
        }
        declare(pkg.scope(), id, o);
    }

    private void collectGen(Ast.GenDecl g, Scope fileScope) {
        switch (g.tok()) {
            case "const" -> {
                Ast.ValueSpec last = null;
                for (Ast.Spec sp : g.specs()) {
                    Ast.ValueSpec vs = (Ast.ValueSpec) sp;
                    if (vs.type() != null || !vs.values().isEmpty()) last = vs;
                    Ast.ValueSpec src = last == null ? vs : last;
                    for (int i = 0; i < vs.names().size(); i++) {
                        Ast.Ident n = vs.names().get(i);
                        Const c = new Const(n.name(), n.pos(), null, pkg, null);
                        DeclInfo d = new DeclInfo(fileScope);
                        d.typ = src.type();
                        d.init = i < src.values().size() ? src.values().get(i) : null;
                        d.iota = vs.iota();
                        d.vspec = vs;
                        d.constSrc = src;
                        declarePkgObj(n, c, d);
                    }
                    constSpecArity(vs, src, last == null);
                }
            }
            case "var" -> {
                for (Ast.Spec sp : g.specs()) {
                    Ast.ValueSpec vs = (Ast.ValueSpec) sp;
                    List<Var> lhs = new ArrayList<>();
                    DeclInfo shared = null;
                    if (vs.values().size() == 1 && vs.names().size() > 1) {
                        shared = new DeclInfo(fileScope);
                        shared.typ = vs.type();
                        shared.init = vs.values().get(0);
                        shared.lhs = lhs;
                    }
                    for (int i = 0; i < vs.names().size(); i++) {
                        Ast.Ident n = vs.names().get(i);
                        Var v = Var.local(n.name(), n.pos(), null, pkg);
                        v.setPackageLevel();
                        lhs.add(v);
                        DeclInfo d = shared;
                        if (d == null) {
                            d = new DeclInfo(fileScope);
                            d.typ = vs.type();
                            d.init = i < vs.values().size() ? vs.values().get(i) : null;
                            d.vspec = vs;
                        }
                        declarePkgObj(n, v, d);
                    }
                    if (shared == null && !vs.values().isEmpty() && vs.values().size() != vs.names().size()) {
                        varSpecArity.add(vs);
                    }
                }
            }
            case "type" -> {
                for (Ast.Spec sp : g.specs()) {
                    Ast.TypeSpec ts = (Ast.TypeSpec) sp;
                    TypeName tn = new TypeName(ts.name().name(), ts.name().pos(), null, pkg);
                    DeclInfo d = new DeclInfo(fileScope);
                    d.tspec = ts;
                    declarePkgObj(ts.name(), tn, d);
                    pkg.types.add(tn);
                }
            }
            default -> {}
        }
    }

    private final List<Ast.ValueSpec> varSpecArity = new ArrayList<>();

    /** types2's arity check for a const spec (values inherited from src when it is another spec). */
    private void constSpecArity(Ast.ValueSpec vs, Ast.ValueSpec src, boolean noInit) {
        List<Ast.Expr> inits = src.values();
        boolean inherited = src != vs;
        int l = vs.names().size(), r = inits.size();
        if (l < r) {
            Ast.Expr n = inits.get(l);
            if (inherited) error(vs.pos(), "extra init expr at " + n.pos());
            else error(n.pos(), "extra init expr");
        } else if (l > r) {
            Ast.Ident n = vs.names().get(r);
            error(n.pos(), "missing init expr for " + n.name());
        }
    }

    /** types2's arity check for a var spec. */
    private void varSpecArity(Ast.ValueSpec vs) {
        int l = vs.names().size(), r = vs.values().size();
        if (l < r) error(vs.values().get(l).pos(), "extra init expr");
        else if (l > r && r != 1) {
            Ast.Ident n = vs.names().get(r);
            error(n.pos(), "missing init expr for " + n.name());
        }
    }

    private void collectFunc(Ast.FuncDecl fd, Scope fileScope) {
        Ast.Ident name = fd.name();
        if (fd.recv() == null) {
            Func f = new Func(name.name(), name.pos(), null, pkg, fd);
            DeclInfo d = new DeclInfo(fileScope);
            d.fdecl = fd;
            if (name.name().equals("init")) {
                if (!fd.type().typeParams().isEmpty()) error(name.pos(), "func init must have no type parameters");
                if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())
                    error(name.pos(), "func init must have no arguments and no return values");
                recordDef(name, f);
                d.order = order++;
                decls.put(f, d);
                pkg.inits.add(f);
                pkg.funcs.add(f);
                declOrder.add(f);
                return;
            }
            if (name.name().equals("main") && pkg.name().equals("main")) {
                if (!fd.type().typeParams().isEmpty()) error(name.pos(), "func main must have no type parameters");
                else if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())
                    error(name.pos(), "func main must have no arguments and no return values");
            }
            pkg.funcs.add(f);
            declarePkgObj(name, f, d);
            return;
        }
        // A method: remember it under its receiver's base type name.
        Ast.Expr rt = fd.recv().type();
        while (rt instanceof Ast.ParenExpr p) rt = p.x();
        if (rt instanceof Ast.StarExpr s) rt = s.x();
        while (rt instanceof Ast.ParenExpr p) rt = p.x();
        if (rt instanceof Ast.IndexExpr ix) rt = ix.x();
        else if (rt instanceof Ast.IndexListExpr il) rt = il.x();
        String base = rt instanceof Ast.Ident id ? id.name() : null;
        Func m = new Func(name.name(), name.pos(), null, pkg, fd);
        recordDef(name, m);
        pkg.funcs.add(m);
        DeclInfo d = new DeclInfo(fileScope);
        d.fdecl = fd;
        d.order = order++;
        decls.put(m, d);
        Object[] entry = {fd, m, fileScope};
        allMethodDecls.add(entry);
        if (base != null) methodsByBase.computeIfAbsent(base, k -> new ArrayList<>()).add(entry);
    }

    // ------------------------------------------------------------------ resolve

    private void packageObjects() {
        for (Obj o : new ArrayList<>(declOrder)) objDecl(o);
        // Methods whose receiver type did not resolve to a local type (errors), or not yet done.
        for (Object[] m : allMethodDecls) {
            Func f = (Func) m[1];
            if (f.type() == null) methodDecl(m, null);
        }
        for (Ast.ValueSpec vs : varSpecArity) varSpecArity(vs);
    }

    @Override
    void objDecl(Obj o) {
        DeclInfo d = decls.get(o);
        if (d == null) return;
        if (d.color == DeclInfo.Color.BLACK) return;
        if (d.color == DeclInfo.Color.GREY) {
            cycle(o);
            return;
        }
        d.color = DeclInfo.Color.GREY;
        objPath.add(o);
        // Save the context of whatever we interrupted.
        Scope savedScope = scope;
        FuncCtx savedCtx = fctx;
        Constant savedIota = iota;
        DeclInfo savedDecl = curDecl;
        scope = d.file;
        fctx = null;
        iota = null;
        try {
            switch (o) {
                case Const c -> constDecl(c, d);
                case Var v -> varDecl(v, d);
                case TypeName tn -> typeDecl(tn, d);
                case Func f -> funcDecl(f, d);
                default -> {}
            }
        } finally {
            scope = savedScope;
            fctx = savedCtx;
            iota = savedIota;
            curDecl = savedDecl;
            objPath.remove(objPath.size() - 1);
            d.color = DeclInfo.Color.BLACK;
        }
    }

    /** o is being resolved and was reached again. */
    private void cycle(Obj o) {
        int start = objPath.indexOf(o);
        List<Obj> cyc = objPath.subList(start, objPath.size());
        int nval = 0, ndef = 0;
        for (Obj c : cyc) {
            if (c instanceof Const || c instanceof Var) nval++;
            if (c instanceof TypeName tn && !tn.isAlias()) ndef++;
        }
        if (nval == cyc.size()) {
            if (o.type() == null) o.setType(Basic.INVALID);
            return; // reported by the initialization order
        }
        if (nval == 0 && ndef > 0) return; // a recursive type through a defined type: checked by validTypes
        if (o instanceof Func) return;
        cycleError(new ArrayList<>(cyc));
        if (o.type() == null) o.setType(Basic.INVALID);
    }

    private void cycleError(List<Obj> cyc) {
        // Report at the first object in source order, as types2 does.
        int first = 0;
        for (int i = 1; i < cyc.size(); i++) {
            if (before(cyc.get(i).pos(), cyc.get(first).pos())) first = i;
        }
        Obj o = cyc.get(first);
        boolean typeCycle = o instanceof TypeName;
        StringBuilder sb = new StringBuilder(typeCycle ? "invalid recursive type " + o.name() : "invalid cycle in declaration of " + o.name());
        if (typeCycle) {
            for (int i = 0; i < cyc.size(); i++) {
                Obj c = cyc.get((first + i) % cyc.size());
                sb.append("\n\t").append(c.pos()).append(": ").append(c.name()).append(" refers to");
            }
            sb.append("\n\t").append(o.pos()).append(": ").append(o.name());
        }
        error(o.pos(), sb.toString());
    }

    static boolean before(Ast.Pos a, Ast.Pos b) {
        int c = a.file().compareTo(b.file());
        if (c != 0) return c < 0;
        if (a.line() != b.line()) return a.line() < b.line();
        return a.col() < b.col();
    }

    private void constDecl(Const c, DeclInfo d) {
        iota = Constant.of(d.iota);
        Type T = null;
        if (d.typ != null) {
            T = typ(d.typ);
            if (T != Basic.INVALID && !Types.isConstType(T)) {
                error(d.typ.pos(), "invalid constant type " + t(T));
                c.setType(Basic.INVALID);
                return;
            }
        }
        if (d.init == null) {
            c.setType(T == null ? Basic.INVALID : T);
            if (c.value() == null) c.setValue(Constant.of(0));
            if (T == null) c.setType(Basic.INVALID);
            return;
        }
        Operand x = new Operand();
        // A spec inheriting its values re-checks the source expressions with its own iota
        // (recorded once: the first spec's record is kept).
        boolean inherited = d.constSrc != null && d.constSrc != d.vspec;
        if (inherited) {
            UndoableMap<Ast.Expr, TypeAndValue> types = (UndoableMap<Ast.Expr, TypeAndValue>) info.types;
            UndoableMap<Ast.Ident, Obj> uses = (UndoableMap<Ast.Ident, Obj>) info.uses;
            int typesMark = types.mark();
            int usesMark = uses.mark();
            int nerr = errors.size();
            try {
                expr(x, d.init);
                constInit(c, T, x);
            } finally {
                // What the re-check recorded is undone (the first spec's records stay), and so are
                // the untyped expressions it left pending.
                for (Ast.Expr e : types.undo(typesMark)) untyped.remove(e);
                uses.undo(usesMark);
            }
            // Errors in an inherited expression are reported at the name, as types2 does.
            for (int i = nerr; i < errors.size(); i++) {
                Diagnostic dg = errors.get(i);
                errors.set(i, new Diagnostic(c.pos(), dg.message()));
            }
            return;
        }
        expr(x, d.init);
        constInit(c, T, x);
    }

    private void constInit(Const c, Type T, Operand x) {
        if (x.invalid()) {
            c.setType(Basic.INVALID);
            return;
        }
        if (x.mode != Mode.CONSTANT) {
            error(x, d(x) + " is not constant");
            c.setType(Basic.INVALID);
            return;
        }
        if (T != null && T != Basic.INVALID) {
            assignment(x, T, "constant declaration");
            if (x.invalid()) {
                c.setType(Basic.INVALID);
                return;
            }
        }
        c.setType(x.type);
        c.setValue(x.val);
    }

    private void varDecl(Var v, DeclInfo d) {
        curDecl = d;
        if (d.lhs != null) {
            // var a, b = f(): resolve all at once.
            Type T = d.typ == null ? null : varType(d.typ);
            for (Var lv : d.lhs) {
                if (T != null) lv.setType(T);
                DeclInfo ld = decls.get(lv);
                if (ld != null && lv != v) ld.color = DeclInfo.Color.GREY;
            }
            initVarsDecl(d.lhs, List.of(d.init));
            for (Var lv : d.lhs) {
                DeclInfo ld = decls.get(lv);
                if (ld != null) ld.color = DeclInfo.Color.BLACK;
                if (lv.type() == null) lv.setType(Basic.INVALID);
            }
            return;
        }
        if (d.typ != null) v.setType(varType(d.typ));
        if (d.init == null) {
            if (d.typ == null) v.setType(Basic.INVALID);
            return;
        }
        Operand x = new Operand();
        if (v.type() != null) exprWithHint(x, d.init, v.type());
        else expr(x, d.init);
        initVarDecl(v, x);
    }

    private void initVarsDecl(List<Var> lhs, List<Ast.Expr> rhs) {
        initVars(lhs, rhs, null);
    }

    private void initVarDecl(Var v, Operand x) {
        initVar(v, x, "variable declaration");
    }

    private void typeDecl(TypeName tn, DeclInfo d) {
        Ast.TypeSpec ts = d.tspec;
        if (ts.assign() != null) {
            // Alias.
            tn.setAlias();
            if (!ts.typeParams().isEmpty()) error(ts.name().pos(), "generic type cannot be alias");
            tn.setType(Basic.INVALID);
            Type t = typExpr(ts.type(), null, false);
            tn.setType(t);
            return;
        }
        Named named = new Named(tn, null);
        tn.setType(named);
        if (!ts.typeParams().isEmpty()) {
            Scope tps = new Scope(scope, "type parameters " + tn.name());
            info.scopes.put(ts, tps);
            Scope saved = scope;
            List<TypeParam> params = collectTypeParamsInto(ts.typeParams(), tps, named);
            scope = tps;
            Type rhs = typExpr(ts.type(), named, false);
            scope = saved;
            setUnderlying(tn, named, rhs, ts);
        } else {
            Type rhs = typExpr(ts.type(), named, false);
            setUnderlying(tn, named, rhs, ts);
        }
        settleUnderlying();
        // Methods declared on this type; for one whose underlying type is still pending, once it is
        // known (a method may not share a field's name)
        if (isPending(named)) methodsAfterSettling.add(tn);
        else declareMethods(tn);
    }

    private void declareMethods(TypeName tn) {
        List<Object[]> ms = methodsByBase.get(tn.name());
        if (ms != null) for (Object[] m : ms) methodDecl(m, tn);
    }

    /** Types whose methods wait for their underlying type (see pendingUnderlying). */
    private final List<TypeName> methodsAfterSettling = new ArrayList<>();

    private boolean isPending(Named named) {
        for (Pending p : pendingUnderlying) if (p.named() == named) return true;
        return false;
    }

    private List<TypeParam> collectTypeParamsInto(List<Ast.Field> fields, Scope s, Named named) {
        // Declare first so the constraints and the named type's body can refer to them.
        List<TypeParam> tps = new ArrayList<>();
        int idx = 0;
        for (Ast.Field f : fields) {
            for (Ast.Ident n : f.names()) {
                TypeName ptn = new TypeName(n.name(), n.pos(), null, pkg);
                TypeParam tp = new TypeParam(ptn, idx++, null);
                declare(s, n, ptn);
                tps.add(tp);
            }
        }
        named.setTypeParams(tps);
        Scope saved = scope;
        scope = s;
        int k = 0;
        for (Ast.Field f : fields) {
            Type c = constraint(f.type());
            for (int j = 0; j < f.names().size(); j++) tps.get(k++).setConstraint(c);
        }
        scope = saved;
        return tps;
    }

    private void setUnderlying(TypeName tn, Named named, Type rhs, Ast.TypeSpec ts) {
        Type u;
        if (rhs instanceof Named rn) {
            u = rn.rawUnderlying();
            if (u == null) {
                // rhs is a type still being resolved. A cycle of type names (type A B; type B A)
                // has no underlying type; one through a type literal (type T1 struct{ Next *T2 };
                // type T2 T1) is fine: T2's underlying is T1's once T1 has one.
                if (isPending(rn)) { // rn waits too (type T8 T9 after type T9 T3): wait behind it
                    pendingUnderlying.add(new Pending(named, rn));
                    return;
                }
                int start = -1;
                for (int i = 0; i < objPath.size(); i++) if (objPath.get(i) == rn.obj()) start = i;
                if (start >= 0) {
                    List<Obj> cyc = new ArrayList<>(objPath.subList(start, objPath.size()));
                    if (!throughTypeLiteral(cyc)) {
                        cycleError(cyc);
                        rn.setUnderlying(Basic.INVALID);
                    } else {
                        pendingUnderlying.add(new Pending(named, rn));
                        return;
                    }
                }
                u = Basic.INVALID;
            }
        } else if (rhs instanceof TypeParam) {
            error(ts.type().pos(), "cannot use a type parameter as RHS in type declaration");
            u = Basic.INVALID;
        } else u = rhs.underlying();
        named.setUnderlying(u);
    }

    /** A named type whose underlying type is that of source, itself still being resolved. */
    private record Pending(Named named, Named source) {}

    private final List<Pending> pendingUnderlying = new ArrayList<>();

    /** Gives the pending named types the underlying types that are now known. */
    private void settleUnderlying() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (java.util.Iterator<Pending> it = pendingUnderlying.iterator(); it.hasNext();) {
                Pending p = it.next();
                Type u = p.source().rawUnderlying();
                if (u != null) {
                    p.named().setUnderlying(u);
                    it.remove();
                    progress = true;
                }
            }
        }
        List<TypeName> ready = new ArrayList<>();
        for (TypeName tn : methodsAfterSettling) if (!(tn.type() instanceof Named n && isPending(n))) ready.add(tn);
        methodsAfterSettling.removeAll(ready);
        for (TypeName tn : ready) declareMethods(tn); // (may resolve more types, and settle again)
    }

    /** Whether a cycle of declarations includes a type declared by a type literal (not a type name). */
    private boolean throughTypeLiteral(List<Obj> cyc) {
        for (Obj o : cyc) {
            DeclInfo d = decls.get(o);
            if (!(o instanceof TypeName) || d == null || d.tspec == null) return false;
            Ast.Expr rhs = d.tspec.type();
            while (rhs instanceof Ast.ParenExpr pe) rhs = pe.x();
            if (!(rhs instanceof Ast.Ident || rhs instanceof Ast.SelectorExpr || rhs instanceof Ast.IndexExpr)) return true;
        }
        return false;
    }

    private void funcDecl(Func f, DeclInfo d) {
        Ast.FuncDecl fd = d.fdecl;
        Scope fs = new Scope(scope, "function " + f.name(), true);
        List<TypeParam> tps = null;
        if (!fd.type().typeParams().isEmpty()) {
            tps = collectTypeParams(fd.type().typeParams(), fs);
        }
        Signature sig = funcType(fd.type(), null, tps, fs, null);
        f.setType(sig);
        if (fd.body() == null && mode == Checker.Mode.USER) missingBodies.add(fd.name().pos());
        if (fd.body() != null) bodies.add(new Object[] {f, d, fs});
    }

    /** Reported by gc after type checking, only when it succeeded. */
    private final List<Ast.Pos> missingBodies = new ArrayList<>();

    /** Resolves a method's receiver and signature and attaches it to its base type. */
    private void methodDecl(Object[] entry, TypeName base) {
        Ast.FuncDecl fd = (Ast.FuncDecl) entry[0];
        Func m = (Func) entry[1];
        Scope fileScope = (Scope) entry[2];
        if (m.type() != null) return;
        Scope saved = scope;
        scope = fileScope;
        Scope fs = new Scope(fileScope, "method " + m.name(), true);
        Ast.Field rf = fd.recv();
        Ast.Expr rt = rf.type();
        while (rt instanceof Ast.ParenExpr p) rt = p.x();
        boolean ptr = false;
        if (rt instanceof Ast.StarExpr s) {
            ptr = true;
            rt = s.x();
            while (rt instanceof Ast.ParenExpr p) rt = p.x();
        }
        List<Ast.Expr> rparams = List.of();
        Ast.Expr baseExpr = rt;
        if (rt instanceof Ast.IndexExpr ix) {
            baseExpr = ix.x();
            rparams = List.of(ix.index());
        } else if (rt instanceof Ast.IndexListExpr il) {
            baseExpr = il.x();
            rparams = il.indices();
        }
        Type recvType = Basic.INVALID;
        List<TypeParam> recvTps = null;
        Named named = null;
        if (base != null && base.type() instanceof Named n && !base.isAlias()) named = n;
        if (named == null) {
            // Resolve to report the right error.
            Type bt = baseExpr instanceof Ast.Ident || baseExpr instanceof Ast.SelectorExpr ? typExpr(baseExpr, null, true) : typ(baseExpr);
            if (bt != Basic.INVALID) {
                if (bt instanceof Named bn && bn.obj().pkg() == pkg && !(bn.underlying() instanceof Pointer) && !(bn.underlying() instanceof Interface)) {
                    named = bn;
                } else if (bt instanceof Named bn && bn.obj().pkg() == pkg) {
                    error(rf.pos(), "invalid receiver type " + t(bt) + " (pointer or interface type)");
                } else if (base != null && base.isAlias() && bt instanceof Named bn2 && bn2.obj().pkg() == pkg) {
                    named = bn2;
                } else {
                    error(rf.pos(), "cannot define new methods on non-local type " + t(bt));
                }
            }
        } else {
            recordUse((Ast.Ident) baseExpr, base);
            info.types.put(baseExpr, new TypeAndValue(Mode.TYPEXPR, named, null));
            if (named.underlying() instanceof Pointer || named.underlying() instanceof Interface) {
                error(rf.pos(), "invalid receiver type " + t(named) + " (pointer or interface type)");
                named = null;
            }
        }
        if (named != null) {
            if (!named.typeParams().isEmpty()) {
                if (rparams.size() != named.typeParams().size()) {
                    if (rparams.isEmpty()) error(baseExpr.pos(), "cannot use generic type " + genericString(named) + " without instantiation");
                    else error(baseExpr.pos(), "got " + rparams.size() + " type parameters, but receiver base type declares " + named.typeParams().size());
                    recvType = Basic.INVALID;
                } else {
                    recvTps = new ArrayList<>();
                    Map<TypeParam, Type> sub = new IdentityHashMap<>();
                    for (int i = 0; i < rparams.size(); i++) {
                        Ast.Expr pe = rparams.get(i);
                        String pn = pe instanceof Ast.Ident pid ? pid.name() : "_";
                        TypeName ptn = new TypeName(pn, pe.pos(), null, pkg);
                        TypeParam tp = new TypeParam(ptn, i, null);
                        recvTps.add(tp);
                        sub.put(named.typeParams().get(i), tp);
                        if (pe instanceof Ast.Ident pid) declare(fs, pid, ptn);
                        else error(pe.pos(), "receiver type parameter " + e(pe) + " must be an identifier");
                    }
                    for (int i = 0; i < recvTps.size(); i++) recvTps.get(i).setConstraint(Types.subst(named.typeParams().get(i).constraint(), sub));
                    Named inst = Types.instantiate(named, new ArrayList<>(recvTps));
                    info.types.put(rt, new TypeAndValue(Mode.TYPEXPR, inst, null));
                    recvType = inst;
                }
            } else {
                if (!rparams.isEmpty()) {
                    error(baseExpr.pos(), t(named) + " is not a generic type");
                }
                recvType = named;
            }
        }
        if (ptr && recvType != Basic.INVALID) {
            recvType = new Pointer(recvType);
        }
        if (recvType != Basic.INVALID) info.types.put(rf.type(), new TypeAndValue(Mode.TYPEXPR, recvType, null));
        Var recv;
        if (rf.names().isEmpty()) {
            recv = Var.param("", rf.pos(), recvType, pkg);
            info.implicits.put(rf, recv);
        } else {
            Ast.Ident rn = rf.names().get(0);
            recv = Var.param(rn.name(), rn.pos(), recvType, pkg);
        }
        if (!fd.type().typeParams().isEmpty()) error(fd.type().typeParams().get(0).pos(), "methods cannot have type parameters");
        Signature sig = funcType(fd.type(), recv, null, fs, recvTps);
        if (!rf.names().isEmpty()) declare(fs, rf.names().get(0), recv);
        m.setType(sig);
        m.setPtrRecv(ptr);
        scope = saved;
        if (named != null) {
            // Duplicate methods, and methods clashing with fields.
            boolean dup = false;
            for (Func other : named.methods()) {
                if (other.name().equals(m.name()) && !m.name().equals("_")) {
                    error(m.pos(), named.obj().name() + "." + m.name() + " redeclared in this block\n\t" + other.pos() + ": other declaration of " + m.name());
                    dup = true;
                    break;
                }
            }
            if (!dup && named.underlying() instanceof Struct st) {
                for (Var f : st.fields()) {
                    if (f.name().equals(m.name()) && !m.name().equals("_")) {
                        error(m.pos(), "field and method with the same name " + m.name() + "\n\t" + f.pos() + ": other declaration of " + m.name());
                        dup = true;
                        break;
                    }
                }
            }
            if (!dup && !m.name().equals("_")) named.addMethod(m);
        }
        if (fd.body() == null && mode == Checker.Mode.USER) missingBodies.add(fd.name().pos());
        if (fd.body() != null) bodies.add(new Object[] {m, decls.get(m), fs});
    }

    // ------------------------------------------------------------------ recursive types

    private void validTypes() {
        java.util.Set<Named> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Obj o : declOrder) {
            if (o instanceof TypeName tn && tn.type() instanceof Named n && !tn.isAlias()) {
                List<Named> path = new ArrayList<>();
                validType(n, path, reported);
            }
        }
    }

    private boolean validType(Type t, List<Named> path, java.util.Set<Named> reported) {
        switch (t) {
            case Named n -> {
                if (n.obj() == null || n.obj().pkg() != pkg) return true;
                Named key = n.origin();
                int i = path.indexOf(key);
                if (i >= 0) {
                    List<Named> cyc = path.subList(i, path.size());
                    boolean seen = false;
                    for (Named c : cyc) if (reported.contains(c)) seen = true;
                    if (!seen) {
                        reported.addAll(cyc);
                        List<Obj> objs = new ArrayList<>();
                        for (Named c : cyc) objs.add(c.obj());
                        cycleError(objs);
                    }
                    for (Named c : cyc) c.setUnderlying(Basic.INVALID);
                    return false;
                }
                if (reported.contains(key)) return false;
                path.add(key);
                boolean ok = validType(n.underlying(), path, reported);
                path.remove(path.size() - 1);
                return ok;
            }
            case Array a -> {
                return validType(a.elem(), path, reported);
            }
            case Struct s -> {
                for (Var f : s.fields()) if (!validType(f.type(), path, reported)) return false;
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    // ------------------------------------------------------------------ bodies

    /** A standard package's bodies not checked yet: {Func, DeclInfo, Scope} by function. */
    private final Map<Func, Object[]> pendingBodies = new IdentityHashMap<>();

    /** Checks f's body if it is still pending, with what follows a body check (later, untyped). */
    private synchronized void checkBodyLazily(Func f) {
        Object[] b = pendingBodies.remove(f);
        if (b == null) return;
        checkBody(b);
        for (int i = 0; i < later.size(); i++) later.get(i).run();
        later.clear();
        flushUntyped();
        finish(); // a standard package that does not check is our bug: say so, do not run it
    }

    private void checkBodies() {
        bodies.sort(Comparator.comparingInt(b -> ((DeclInfo) b[1]).order));
        for (int i = 0; i < bodies.size(); i++) checkBody(bodies.get(i));
    }

    /** Checks one body {Func, DeclInfo, Scope}, its dependencies recorded on its declaration. */
    private void checkBody(Object[] b) {
        Func f = (Func) b[0];
        DeclInfo savedDecl = curDecl;
        Scope savedScope = scope;
        curDecl = (DeclInfo) b[1];
        scope = curDecl.file;
        funcBody(f.name(), f.signature(), f.decl().body(), (Scope) b[2]);
        curDecl = savedDecl;
        scope = savedScope;
    }

    // ------------------------------------------------------------------ local declarations

    @Override
    void localDecl(Ast.GenDecl g) {
        switch (g.tok()) {
            case "const" -> {
                Ast.ValueSpec last = null;
                for (Ast.Spec sp : g.specs()) {
                    Ast.ValueSpec vs = (Ast.ValueSpec) sp;
                    if (vs.type() != null || !vs.values().isEmpty()) last = vs;
                    Ast.ValueSpec src = last == null ? vs : last;
                    constSpecArity(vs, src, last == null);
                    List<Const> consts = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        Ast.Ident n = vs.names().get(i);
                        Const c = new Const(n.name(), n.pos(), null, pkg, null);
                        DeclInfo d = new DeclInfo(scope);
                        d.typ = src.type();
                        d.init = i < src.values().size() ? src.values().get(i) : null;
                        d.iota = vs.iota();
                        d.vspec = vs;
                        d.constSrc = src;
                        Constant savedIota = iota;
                        constDecl(c, d);
                        iota = savedIota;
                        if (c.value() == null) c.setValue(Constant.of(0));
                        consts.add(c);
                    }
                    // Declared after their initializers: a constant is not in scope in its own spec.
                    for (int i = 0; i < consts.size(); i++) declare(scope, vs.names().get(i), consts.get(i));
                }
            }
            case "var" -> {
                for (Ast.Spec sp : g.specs()) {
                    Ast.ValueSpec vs = (Ast.ValueSpec) sp;
                    List<Var> vars = new ArrayList<>();
                    for (Ast.Ident n : vs.names()) {
                        Var v = Var.local(n.name(), n.pos(), null, pkg);
                        recordDef(n, v);
                        vars.add(v);
                    }
                    Type T = vs.type() == null ? null : varType(vs.type());
                    if (T != null) for (Var v : vars) v.setType(T);
                    if (!vs.values().isEmpty()) {
                        if (vs.values().size() == vars.size()) {
                            for (int i = 0; i < vars.size(); i++) {
                                Operand x = new Operand();
                                if (T != null) exprWithHint(x, vs.values().get(i), T);
                                else expr(x, vs.values().get(i));
                                initVarDecl(vars.get(i), x);
                            }
                        } else if (vs.values().size() == 1) {
                            initVarsDecl(vars, vs.values());
                        } else {
                            for (int i = 0; i < vars.size(); i++) {
                                if (i < vs.values().size()) {
                                    Operand x = new Operand();
                                    expr(x, vs.values().get(i));
                                    initVarDecl(vars.get(i), x);
                                } else if (T == null) vars.get(i).setType(Basic.INVALID);
                            }
                            varSpecArity(vs);
                        }
                    }
                    for (Var v : vars) if (v.type() == null) v.setType(Basic.INVALID);
                    for (int i = 0; i < vars.size(); i++) {
                        Var v = vars.get(i);
                        if (v.name().equals("_")) continue;
                        Obj old = scope.insert(v);
                        if (old != null) error(v.pos(), v.name() + " redeclared in this block\n\t" + old.pos() + ": other declaration of " + v.name());
                        else localVarDeclared(v);
                    }
                }
            }
            case "type" -> {
                // Go 1.19's compiler (not go/types) rejects these; generic local types are fine
                if (insideGenericFunc()) error(g.pos(), "type declarations inside generic functions are not currently supported");
                for (Ast.Spec sp : g.specs()) {
                    Ast.TypeSpec ts = (Ast.TypeSpec) sp;
                    TypeName tn = new TypeName(ts.name().name(), ts.name().pos(), null, pkg);
                    pkg.types.add(tn);
                    // The name is in scope in its own definition (recursive local types).
                    declare(scope, ts.name(), tn);
                    DeclInfo d = new DeclInfo(scope);
                    d.tspec = ts;
                    typeDecl(tn, d);
                    if (tn.type() instanceof Named n) {
                        List<Named> path = new ArrayList<>();
                        validType(n, path, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
                    }
                }
            }
            default -> {}
        }
    }

    /** Whether the body being checked is (or is a function literal inside) a generic function or method. */
    private boolean insideGenericFunc() {
        FuncCtx c = fctx;
        while (c != null && c.outer != null) c = c.outer;
        return c != null && c.sig != null && (!c.sig.typeParams().isEmpty() || !c.sig.recvTypeParams().isEmpty());
    }

    // ------------------------------------------------------------------ initialization order

    private void initOrder() {
        // Dependencies through functions are followed transitively; only variables are emitted.
        List<Obj> vars = new ArrayList<>();
        for (Obj o : declOrder) if (o instanceof Var || o instanceof Const) vars.add(o);
        Map<Obj, java.util.Set<Obj>> varDeps = new IdentityHashMap<>();
        for (Obj v : vars) {
            java.util.Set<Obj> out = new java.util.LinkedHashSet<>();
            java.util.Set<Obj> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            collectVarDeps(v, out, seen, true);
            varDeps.put(v, out);
        }
        // Cycles: each reported once, at its first variable in declaration order.
        java.util.Set<Obj> onReported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Obj v : vars) {
            if (!(v instanceof Var) || onReported.contains(v)) continue;
            List<Obj> path = findPath(v, v, new java.util.HashSet<>());
            if (path == null) continue;
            onReported.add(v);
            onReported.addAll(path);
            StringBuilder sb = new StringBuilder("initialization loop for " + v.name());
            sb.append("\n\t").append(v.pos()).append(": ").append(v.name()).append(" refers to");
            for (int i = 0; i < path.size() - 1; i++) {
                Obj o = path.get(i);
                sb.append("\n\t").append(o.pos()).append(": ").append(o.name()).append(" refers to");
            }
            sb.append("\n\t").append(v.pos()).append(": ").append(v.name());
            error(v.pos(), sb.toString());
        }
        // Emit: repeatedly the earliest declared variable whose dependencies are all initialized.
        java.util.Set<Obj> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<DeclInfo> emitted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Obj> pending = new ArrayList<>();
        for (Obj o : vars) if (o instanceof Var) pending.add(o);
        while (!pending.isEmpty()) {
            Obj pick = null;
            for (Obj o : pending) {
                boolean ready = true;
                for (Obj dep : varDeps.get(o)) {
                    if (dep instanceof Var && dep != o && !done.contains(dep) && decls.containsKey(dep)) {
                        DeclInfo dd = decls.get(dep);
                        if (dd != null && dd == decls.get(o)) continue; // same multi-var spec
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    pick = o;
                    break;
                }
            }
            if (pick == null) pick = pending.get(0);
            DeclInfo d = decls.get(pick);
            if (d.lhs != null) {
                for (Var lv : d.lhs) {
                    done.add(lv);
                    pending.remove(lv);
                }
                if (emitted.add(d)) pkg.initOrder.add(new Initializer(List.copyOf(d.lhs), d.init));
            } else {
                done.add(pick);
                pending.remove(pick);
                if (d.init != null) pkg.initOrder.add(new Initializer(List.of((Var) pick), d.init));
            }
        }
    }

    /** The variables (and constants) o depends on, through functions. */
    private void collectVarDeps(Obj o, java.util.Set<Obj> out, java.util.Set<Obj> seen, boolean root) {
        DeclInfo d = decls.get(o);
        if (d == null) return;
        for (Obj dep : d.deps) {
            if (dep instanceof Var || dep instanceof Const) out.add(dep);
            else if (dep instanceof Func fn && seen.add(dep)) {
                checkBodyLazily(fn); // its dependencies are those of its body
                collectVarDeps(dep, out, seen, false);
            }
        }
    }

    /** A path of references from 'from' back to 'to' (through funcs and vars), or null. */
    private List<Obj> findPath(Obj from, Obj to, java.util.Set<Obj> seen) {
        DeclInfo d = decls.get(from);
        if (d == null) return null;
        for (Obj dep : d.deps) {
            if (dep == to) {
                List<Obj> p = new ArrayList<>();
                p.add(dep);
                return p;
            }
            if (!seen.add(dep)) continue;
            List<Obj> p = findPath(dep, to, seen);
            if (p != null) {
                p.add(0, dep);
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ unused imports

    private void unusedImports() {
        for (PkgName pn : pkgNames) {
            if (pn.used) continue;
            if (dotImports.containsKey(pn)) {
                // A dot-import is used if any of its objects is used.
                Package ip = dotImports.get(pn);
                boolean used = false;
                for (Obj o : info.uses.values()) if (o.pkg() == ip) used = true;
                if (used) continue;
            }
            String path = pn.imported().path();
            String elem = path.substring(path.lastIndexOf('/') + 1);
            Ast.Pos pos = pn.importPos != null && dotImports.containsKey(pn) ? pn.pos() : pn.pos();
            if (pn.name().equals(elem) || pn.name().equals(".") || pn.name().equals(pn.imported().name()) && pn.declaredImplicitly()) {
                error(pn.importSpecPos(), "imported and not used: \"" + path + "\"");
            } else {
                error(pn.importSpecPos(), "imported and not used: \"" + path + "\" as " + pn.name());
            }
        }
    }
}
