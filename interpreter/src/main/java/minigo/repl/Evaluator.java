package minigo.repl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import minigo.interp.Session;
import minigo.interp.values.GoString;
import minigo.types.Basic;
import minigo.types.Func;
import minigo.types.Importer;
import minigo.types.Incremental;
import minigo.types.Obj;
import minigo.types.Package;
import minigo.types.StdImporter;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeString;
import minigo.types.Types;
import minigo.types.Var;

/**
 * The session's Go: turns complete input into increments of package main (see package-info), checks
 * each increment and runs it at once.
 */
final class Evaluator implements AutoCloseable {
    private final PrintStream out;
    private final PrintStream err;
    private Importer importer;
    private Incremental inc;
    private Session session;
    /** The session's imports, by the name they bind (file-scoped in Go: every increment repeats them). */
    private final Map<String, Imp> imports = new LinkedHashMap<>();
    private int cellNo;
    private Boolean fmtAvailable;
    /** The session as one Go file, for :escape. */
    final Transcript transcript = new Transcript();
    /** Set when Go code ended the program (os.Exit): the REPL ends with this status. */
    Integer exitStatus;

    record Imp(String name, String path) {}

    Evaluator(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        reset();
    }

    /** A fresh session: no declarations, no imports, a new context. */
    void reset() {
        if (session != null) session.close();
        importer = new StdImporter();
        inc = new Incremental("main", importer);
        session = new Session(inc.pkg(), out, err);
        imports.clear();
        transcript.clear();
        fmtAvailable = null;
        // the runtime package is part of every program (its types are those of runtime panics)
        try {
            Package rt = importer.importPackage("runtime");
            if (rt != null) session.initPackages(dependencyOrder(List.of(rt)));
        } catch (RuntimeException e) {
            // no runtime package on the class path: runtime errors get synthetic types
        }
    }

    Session session() {
        return session;
    }

    Package pkg() {
        return inc.pkg();
    }

    Map<String, Imp> imports() {
        return imports;
    }

    // ------------------------------------------------------------------ input

    /** Evaluates one complete input; errors are printed, never thrown. */
    void eval(String text) {
        Input.Parsed parsed;
        try {
            parsed = Input.parse(text, "");
        } catch (CompileError e) {
            printErrors(e);
            return;
        }
        try {
            switch (parsed) {
                case Input.Decls d -> declarations(d, text);
                case Input.Stmts s -> statements(s.list(), text);
            }
        } catch (CompileError e) {
            printErrors(Input.shift(e));
        } catch (Session.Failed f) {
            // printed by the session, in Go's words
        } catch (Session.Exited x) {
            exitStatus = x.status;
        }
        letOthersRun();
    }

    /** Goroutines started in the session run a little after each input (see Session.letOthersRun). */
    void letOthersRun() {
        if (exitStatus != null) return;
        try {
            session.letOthersRun(OTHERS_SLICE_MS);
        } catch (Session.Exited x) {
            exitStatus = x.status;
        }
    }

    static final long OTHERS_SLICE_MS = 20;

    /** :load: a Go file's imports and declarations. */
    void load(String name, byte[] bytes) {
        try {
            Input.Decls d = Input.parseFile(name, bytes);
            declarations(d, null);
            transcript.declarations(new String(bytes, StandardCharsets.UTF_8));
        } catch (CompileError e) {
            printErrors(e);
        } catch (Session.Failed f) {
            // printed
        } catch (Session.Exited x) {
            exitStatus = x.status;
        }
    }

    /** Imports and declarations: one increment with Go's package semantics. */
    private void declarations(Input.Decls d, String text) {
        Map<String, Imp> saved = new LinkedHashMap<>(imports);
        for (Ast.ImportSpec is : d.imports()) {
            String path = unquote(is.path().value());
            String name = is.name() != null ? is.name().name() : null;
            String key = name != null ? name : path.substring(path.lastIndexOf('/') + 1);
            if (key.equals("_")) key = "_" + path;
            imports.put(key, new Imp(name, path));
        }
        List<Package> before = new ArrayList<>(pkg().imports());
        try {
            inc.check(List.of(file(d.decls(), List.of())), Set.of());
        } catch (RuntimeException e) {
            imports.clear();
            imports.putAll(saved);
            throw e;
        }
        if (text != null) transcript.declarations(text);
        runIncrement(before);
    }

    /** The imports an increment brought, initialised, then its variables and init functions. */
    private void runIncrement(List<Package> before) {
        List<Package> fresh = new ArrayList<>();
        for (Package p : pkg().imports()) if (!before.contains(p)) fresh.add(p);
        if (!fresh.isEmpty()) session.initPackages(dependencyOrder(fresh));
        session.initialize(inc.newInitializers(), inc.newInits());
    }

    /**
     * Statements run in order. A top-level {@code :=}, var or const statement declares package-level
     * names (so later input sees them) that become visible after it; a type statement declares a
     * package-level type; the other statements run as the body of a fresh function; a final expression
     * statement prints its value.
     */
    private void statements(List<Ast.Stmt> list, String text) {
        Transcript.Slicer sl = new Transcript.Slicer(text);
        pendingText.clear();
        List<Ast.Stmt> pending = new ArrayList<>();
        List<Ast.Decl> types = new ArrayList<>();
        int n = list.size();
        while (n > 0 && list.get(n - 1) instanceof Ast.EmptyStmt) n--;
        for (int i = 0; i < n; i++) {
            Ast.Stmt s = list.get(i);
            boolean last = i == n - 1;
            String piece = sl.slice(sl.offset(s.pos()), i + 1 < list.size() ? sl.offset(list.get(i + 1).pos()) : sl.length());
            switch (s) {
                case Ast.DeclStmt ds when ds.decl().tok().equals("type") -> {
                    types.add(ds.decl());
                    typeText.add(piece);
                }
                case Ast.DeclStmt ds -> {
                    flush(pending, types);
                    Set<Ast.Ident> hidden = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                    for (Ast.Spec sp : ds.decl().specs()) if (sp instanceof Ast.ValueSpec vs) hidden.addAll(vs.names());
                    unit(List.of(ds.decl()), hidden);
                    transcript.declaringStatement(piece);
                }
                case Ast.AssignStmt as when as.tok().equals(":=") -> {
                    flush(pending, types);
                    List<Ast.Ident> names = new ArrayList<>();
                    for (Ast.Expr e : as.lhs()) {
                        if (e instanceof Ast.Ident id) names.add(id);
                        else throw new CompileError(List.of(new Diagnostic(e.pos(), "non-name " + "on left side of :=")));
                    }
                    Ast.ValueSpec vs = new Ast.ValueSpec(as.pos(), names, null, as.rhs(), 0);
                    Set<Ast.Ident> hidden = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                    hidden.addAll(names);
                    unit(List.of(new Ast.GenDecl(as.pos(), "var", null, List.of(vs))), hidden);
                    int tok = sl.offset(as.tokPos()) - sl.offset(as.pos());
                    transcript.declaringStatement("var " + piece.substring(0, Math.max(0, tok)).strip() + " = " + piece.substring(Math.min(piece.length(), tok + 2)).strip());
                }
                case Ast.ExprStmt es when last -> {
                    // The statements before it run in the same function: their defers run after it.
                    if (es.x() instanceof Ast.CallExpr) pendingText.add(piece);
                    show(es.x(), pending, types);
                    if (!pendingText.isEmpty()) transcript.function("__cell" + cellNo, pendingText);
                    pendingText.clear();
                }
                default -> {
                    pending.add(s);
                    pendingText.add(piece);
                }
            }
        }
        flush(pending, types);
    }

    /** Checks and runs an increment of declarations (hidden: names visible only after it). */
    private void unit(List<Ast.Decl> decls, Set<Ast.Ident> hidden) {
        List<Package> before = new ArrayList<>(pkg().imports());
        inc.check(List.of(file(decls, List.of())), hidden);
        runIncrement(before);
    }

    /** The text of the pending statements and type declarations, for the transcript. */
    private final List<String> pendingText = new ArrayList<>();
    private final List<String> typeText = new ArrayList<>();

    /** Runs the pending statements (with the type declarations seen so far) as one function. */
    private void flush(List<Ast.Stmt> pending, List<Ast.Decl> types) {
        if (pending.isEmpty() && types.isEmpty()) return;
        List<Ast.Decl> decls = new ArrayList<>(types);
        String name = null;
        if (!pending.isEmpty()) {
            name = "__cell" + (++cellNo);
            decls.add(func(name, pending, List.of()));
        }
        types.clear();
        pending.clear();
        List<Package> before = new ArrayList<>(pkg().imports());
        inc.check(List.of(file(decls, List.of())), Set.of());
        for (String t : typeText) transcript.declaringStatement(t);
        typeText.clear();
        if (name != null) transcript.function(name, pendingText);
        pendingText.clear();
        runIncrement(before);
        if (name != null) {
            Func f = (Func) pkg().scope().lookup(name);
            inc.forget(name);
            session.call(f);
        }
    }

    // ------------------------------------------------------------------ values

    /** A bare expression: evaluate it and print its value (fmt's %v) and its type. */
    private void show(Ast.Expr e, List<Ast.Stmt> before, List<Ast.Decl> types) {
        Shown s = describe(e, true, before, types);
        if (s != null && s.text != null) out.println(s.text + "  // " + s.type);
        out.flush();
    }

    /** :type EXPR. */
    void typeOf(String text) {
        Input.Parsed parsed;
        try {
            parsed = Input.parse(text, "");
        } catch (CompileError e) {
            printErrors(e);
            return;
        }
        if (!(parsed instanceof Input.Stmts st) || st.list().size() != 1 || !(st.list().get(0) instanceof Ast.ExprStmt es)) {
            err.println(":type wants one expression");
            return;
        }
        try {
            Shown s = describe(es.x(), false, new ArrayList<>(), new ArrayList<>());
            out.println(s == null || s.type.isEmpty() ? "(no value)" : s.type);
        } catch (CompileError e) {
            printErrors(Input.shift(e));
        }
    }

    record Shown(String text, String type) {}

    /**
     * Checks the expression inside a function that formats it with fmt.Sprintln (so a call with several
     * results shows them all); a call with no results runs as a statement. With run false, only the
     * type is computed and nothing is kept.
     */
    private Shown describe(Ast.Expr e, boolean run, List<Ast.Stmt> prefix, List<Ast.Decl> types) {
        Ast.Pos p = e.pos();
        if (fmtAvailable()) {
            String name = "__cell" + (++cellNo);
            Ast.Expr sprint = new Ast.CallExpr(p, new Ast.SelectorExpr(p, new Ast.Ident(p, "__fmt"), new Ast.Ident(p, "Sprintln")), p,
                    List.of(e), false, p);
            List<Ast.Stmt> body = new ArrayList<>(prefix);
            body.add(new Ast.ReturnStmt(p, List.of(sprint)));
            List<Ast.Decl> decls = new ArrayList<>(types);
            decls.add(func(name, body, List.of(new Ast.Ident(p, "string"))));
            Ast.File f = file(decls, List.of(new Imp("__fmt", "fmt")));
            List<Package> before = new ArrayList<>(pkg().imports());
            try {
                inc.check(List.of(f), Set.of());
            } catch (CompileError ce) {
                if (isNoValue(ce, e)) {
                    if (!run) return new Shown(null, "");
                    prefix.add(new Ast.ExprStmt(p, e));
                    flush(prefix, types);
                    return null;
                }
                Shown c = exactConstant(e, run);
                if (c == null) throw ce;
                if (run) flush(prefix, types);
                return c;
            }
            types.clear();
            prefix.clear();
            for (String t : typeText) transcript.declaringStatement(t);
            typeText.clear();
            Type t = valueType(e);
            Func fn = (Func) pkg().scope().lookup(name);
            inc.forget(name);
            if (!run) return new Shown(null, typeString(t));
            runIncrement(before);
            Object r = session.call(fn);
            String s = r instanceof GoString gs ? gs.toJava() : String.valueOf(r);
            if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
            if (isWriterResult(t) && s.endsWith(" <nil>")) return null;
            return new Shown(s, typeString(t));
        }
        // No fmt on the class path: keep the value in a variable and print it as println would.
        flush(new ArrayList<>(), types);
        String name = "__cell" + (++cellNo);
        Ast.Ident v = new Ast.Ident(p, name);
        Ast.GenDecl gd = new Ast.GenDecl(p, "var", null, List.of(new Ast.ValueSpec(p, List.of(v), null, List.of(e), 0)));
        List<Package> before = new ArrayList<>(pkg().imports());
        try {
            inc.check(List.of(file(List.of(gd), List.of())), Set.of());
        } catch (CompileError ce) {
            if (isNoValue(ce, e) || ce.diagnostics().stream().anyMatch(d -> d.message().startsWith("assignment mismatch"))) {
                if (!run) return new Shown(null, "");
                prefix.add(new Ast.ExprStmt(p, e));
                flush(prefix, types);
                return null;
            }
            Shown c = exactConstant(e, run);
            if (c == null) throw ce;
            if (run) flush(prefix, types);
            return c;
        }
        Var var = (Var) pkg().scope().lookup(name);
        inc.forget(name);
        if (!run) return new Shown(null, typeString(var.type()));
        List<minigo.types.Initializer> inits = inc.newInitializers();
        flush(prefix, types); // the statements before the expression run first
        List<Package> fresh = new ArrayList<>();
        for (Package q : pkg().imports()) if (!before.contains(q)) fresh.add(q);
        if (!fresh.isEmpty()) session.initPackages(dependencyOrder(fresh));
        session.initialize(inits, List.of());
        Object value = session.valueOf(var);
        return new Shown(Values.plain(value), typeString(var.type()));
    }

    /**
     * An untyped constant that no type holds ({@code 1 << 70}): shown exactly, as the checker knows it,
     * with its kind; null if e is not such a constant.
     */
    private Shown exactConstant(Ast.Expr e, boolean run) {
        String name = "__cell" + (++cellNo);
        Ast.Pos p = e.pos();
        Ast.GenDecl gd = new Ast.GenDecl(p, "const", null, List.of(new Ast.ValueSpec(p, List.of(new Ast.Ident(p, name)), null, List.of(e), 0)));
        try {
            inc.check(List.of(file(List.of(gd), List.of())), Set.of());
        } catch (CompileError ce) {
            return null;
        }
        Obj o = pkg().scope().lookup(name);
        inc.forget(name);
        if (!(o instanceof minigo.types.Const c) || !Types.isUntyped(c.type())) return null;
        String type = typeString(c.type()) + " constant";
        return new Shown(run ? c.value().toString() : null, type);
    }

    private Type valueType(Ast.Expr e) {
        Type t = pkg().info().typeOf(e);
        if (t != null && Types.isUntyped(t)) t = Types.defaultType(t);
        return t;
    }

    private String typeString(Type t) {
        if (t == null) return "";
        if (t instanceof Tuple tu) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < tu.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(TypeString.checker(tu.typeAt(i), pkg()));
            }
            return sb.toString();
        }
        if (t == Basic.UNTYPED_NIL) return "untyped nil";
        return TypeString.checker(t, pkg());
    }

    /** Results (n int, err error), as io.Writer's Write and fmt's Print functions return: not shown when err is nil. */
    private static boolean isWriterResult(Type t) {
        if (!(t instanceof Tuple tu) || tu.size() != 2) return false;
        return tu.at(0).name().equals("n") && tu.at(1).name().equals("err");
    }

    private static boolean isNoValue(CompileError ce, Ast.Expr e) {
        for (Diagnostic d : ce.diagnostics()) if (d.message().endsWith("(no value) used as value")) return true;
        return false;
    }

    private boolean fmtAvailable() {
        if (fmtAvailable == null) {
            try {
                fmtAvailable = importer.importPackage("fmt") != null;
            } catch (RuntimeException e) {
                fmtAvailable = false;
            }
        }
        return fmtAvailable;
    }

    // ------------------------------------------------------------------ runtime views

    /** Runs Go statements written by the REPL itself (for :gc, :memstats...), with these extra imports. */
    Object runGo(List<Imp> extra, String body, String resultType) {
        String src = "package main;" + importsLine(extra) + "func __cmd() " + (resultType != null ? resultType + " " : "") + "{\n" + body + "\n}\n";
        Ast.File parsed = minigo.parser.SourceParser.parse(Input.FILE, src.getBytes(StandardCharsets.UTF_8));
        Ast.FuncDecl fd = (Ast.FuncDecl) parsed.decls().get(parsed.decls().size() - 1);
        String name = "__cell" + (++cellNo);
        Ast.FuncDecl renamed = new Ast.FuncDecl(fd.pos(), null, new Ast.Ident(fd.name().pos(), name), fd.type(), fd.body());
        List<Package> before = new ArrayList<>(pkg().imports());
        inc.check(List.of(file(List.of(renamed), extra)), Set.of());
        Func f = (Func) pkg().scope().lookup(name);
        inc.forget(name);
        runIncrement(before);
        return session.call(f);
    }

    private static String importsLine(List<Imp> extra) {
        StringBuilder sb = new StringBuilder();
        for (Imp i : extra) sb.append("import ").append(i.name() == null ? "" : i.name() + " ").append('"').append(i.path()).append("\";");
        return sb.toString();
    }

    /** The value of a package variable declared by runGo's caller. */
    Object valueOf(Var v) {
        return session.valueOf(v);
    }

    // ------------------------------------------------------------------ files

    /** A synthetic file of package main: the session's imports, these extra ones, these declarations. */
    private Ast.File file(List<Ast.Decl> decls, List<Imp> extra) {
        Ast.Pos p = new Ast.Pos(Input.FILE, 1, 1);
        List<Ast.ImportSpec> specs = new ArrayList<>();
        List<Imp> all = new ArrayList<>(imports.values());
        all.addAll(extra);
        for (Imp i : all) {
            specs.add(new Ast.ImportSpec(p, i.name() == null ? null : new Ast.Ident(p, i.name()),
                    new Ast.BasicLit(p, Ast.LitKind.STRING, "\"" + i.path() + "\"")));
        }
        return new Ast.File(p, Input.FILE, new Ast.Ident(p, "main"), specs, decls);
    }

    private static Ast.FuncDecl func(String name, List<Ast.Stmt> body, List<Ast.Ident> results) {
        Ast.Pos p = body.isEmpty() ? new Ast.Pos(Input.FILE, 1, 1) : body.get(0).pos();
        List<Ast.Field> res = new ArrayList<>();
        for (Ast.Ident r : results) res.add(new Ast.Field(p, List.of(), r, null));
        Ast.FuncType ft = new Ast.FuncType(p, List.of(), List.of(), res);
        return new Ast.FuncDecl(p, null, new Ast.Ident(p, name), ft, new Ast.BlockStmt(p, List.copyOf(body), p));
    }

    /** Packages in initialisation order: imports first. */
    private static List<Package> dependencyOrder(List<Package> roots) {
        List<Package> order = new ArrayList<>();
        IdentityHashMap<Package, Boolean> seen = new IdentityHashMap<>();
        for (Package r : roots) visit(r, seen, order);
        return order;
    }

    private static void visit(Package p, Map<Package, Boolean> seen, List<Package> order) {
        if (seen.put(p, Boolean.TRUE) != null) return;
        for (Package q : p.imports()) visit(q, seen, order);
        if (!p.path().equals("unsafe")) order.add(p);
    }

    private static String unquote(String lit) {
        if (lit.length() >= 2) return lit.substring(1, lit.length() - 1);
        return lit;
    }

    // ------------------------------------------------------------------ errors

    /** Go's words, with positions in the input ({@code repl:LINE:COL: message}). */
    void printErrors(CompileError e) {
        out.flush();
        int n = 0;
        for (Diagnostic d : e.diagnostics()) {
            if (n++ == 10) {
                err.println("too many errors");
                break;
            }
            err.println(d);
        }
        err.flush();
    }

    /** Every package-level name of the session, for completion. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        for (Obj o : pkg().scope().elems()) if (!o.name().startsWith("__")) out.add(o.name());
        out.addAll(imports.keySet().stream().filter(k -> !k.startsWith("_")).toList());
        return out;
    }

    @Override
    public void close() {
        if (session != null) session.close();
    }
}
