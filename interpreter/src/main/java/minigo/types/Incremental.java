package minigo.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;

/**
 * A package that grows one increment at a time, for the REPL ({@code minigo.repl}): every increment is
 * a list of files checked against the objects the earlier increments declared, which keep their
 * identity (so values made earlier keep their types: {@code Types.identical} still holds).
 *
 * <p>Differences from checking a whole package at once, all of them what an interactive session needs:
 * <ul>
 * <li>A package-level name declared again in a later increment replaces the earlier object (in the
 *     scope; code checked earlier keeps the object it resolved). A method declared again on a type
 *     replaces the earlier method.</li>
 * <li>Names declared by the {@code hidden} identifiers enter the scope only after the increment checked:
 *     their initialisers still see the earlier objects of the same names ({@code x := x + 1}).</li>
 * <li>Unused imports and unused local variables are not errors.</li>
 * <li>An increment with errors leaves the package as it was (the scope, method sets, file, function,
 *     type and initialiser lists are rolled back).</li>
 * </ul>
 * {@link Package#initOrder()} and {@link Package#inits()} grow by the increment's initialisers and init
 * functions, in Go's order; {@link #newInitializers()} and {@link #newInits()} give just those.
 */
public final class Incremental {
    private final Package pkg;
    private final Importer importer;
    private List<Initializer> newInitializers = List.of();
    private List<Func> newInits = List.of();

    public Incremental(String path, Importer importer) {
        this.pkg = new Package(path, "main", Universe.SCOPE);
        this.importer = importer;
    }

    public Package pkg() {
        return pkg;
    }

    public Importer importer() {
        return importer;
    }

    /** Checks one increment; throws CompileError (and changes nothing) if it is not valid Go. */
    public void check(List<Ast.File> files, Set<Ast.Ident> hidden) {
        Snapshot s = new Snapshot();
        Set<Ast.Ident> hid = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        hid.addAll(hidden);
        try {
            replaceRedeclared(files, hid);
            new CheckerImpl(pkg, files, importer, hid).run();
        } catch (RuntimeException e) {
            s.restore();
            throw e;
        }
        for (Ast.Ident id : hidden) {
            Obj o = pkg.info.defs.get(id);
            if (o != null && !o.name().equals("_")) pkg.scope().put(o);
        }
        newInitializers = List.copyOf(pkg.initOrder.subList(s.initOrder, pkg.initOrder.size()));
        newInits = List.copyOf(pkg.inits.subList(s.inits, pkg.inits.size()));
    }

    /** The package-level variable initialisers of the last increment, in Go's order. */
    public List<Initializer> newInitializers() {
        return newInitializers;
    }

    /** The init functions of the last increment. */
    public List<Func> newInits() {
        return newInits;
    }

    /** Forgets a package-level name (the REPL's temporaries). */
    public void forget(String name) {
        pkg.scope().remove(name);
    }

    /**
     * Before checking: names the increment declares (and hidden ones, which are put back after) leave
     * the scope, and methods it declares leave their receiver type, so that they do not clash.
     */
    private void replaceRedeclared(List<Ast.File> files, Set<Ast.Ident> hidden) {
        for (Ast.File f : files) {
            for (Ast.Decl d : f.decls()) {
                switch (d) {
                    case Ast.FuncDecl fd when fd.recv() == null -> {
                        if (!fd.name().name().equals("init")) pkg.scope().remove(fd.name().name());
                    }
                    case Ast.FuncDecl fd -> {
                        Ast.Expr rt = fd.recv().type();
                        while (true) {
                            if (rt instanceof Ast.ParenExpr p) rt = p.x();
                            else if (rt instanceof Ast.StarExpr st) rt = st.x();
                            else if (rt instanceof Ast.IndexExpr ix) rt = ix.x();
                            else if (rt instanceof Ast.IndexListExpr il) rt = il.x();
                            else break;
                        }
                        if (rt instanceof Ast.Ident base && pkg.scope().lookup(base.name()) instanceof TypeName tn
                                && tn.type() instanceof Named n) {
                            String m = fd.name().name();
                            n.methods().removeIf(x -> x.name().equals(m));
                        }
                    }
                    case Ast.GenDecl g -> {
                        for (Ast.Spec sp : g.specs()) {
                            switch (sp) {
                                case Ast.ValueSpec vs -> {
                                    for (Ast.Ident n : vs.names()) if (!hidden.contains(n)) pkg.scope().remove(n.name());
                                }
                                case Ast.TypeSpec ts -> pkg.scope().remove(ts.name().name());
                                default -> {}
                            }
                        }
                    }
                }
            }
        }
    }

    /** What an increment may change, to put back when it fails. */
    private final class Snapshot {
        final Map<String, Obj> scope = pkg.scope().copyElems();
        final Map<Named, List<Func>> methods = new IdentityHashMap<>();
        final int imports = pkg.imports.size();
        final int files = pkg.files.size();
        final int funcs = pkg.funcs.size();
        final int types = pkg.types.size();
        final int initOrder = pkg.initOrder.size();
        final int inits = pkg.inits.size();

        Snapshot() {
            for (Obj o : scope.values()) {
                if (o instanceof TypeName tn && tn.type() instanceof Named n) methods.put(n, new ArrayList<>(n.methods()));
            }
        }

        void restore() {
            pkg.scope().restoreElems(scope);
            for (Map.Entry<Named, List<Func>> e : methods.entrySet()) {
                List<Func> ms = e.getKey().methods();
                ms.clear();
                ms.addAll(e.getValue());
            }
            truncate(pkg.imports, imports);
            truncate(pkg.files, files);
            truncate(pkg.funcs, funcs);
            truncate(pkg.types, types);
            truncate(pkg.initOrder, initOrder);
            truncate(pkg.inits, inits);
        }

        private static void truncate(List<?> l, int n) {
            if (l.size() > n) l.subList(n, l.size()).clear();
        }
    }

    /** The names an increment's files declare at package level, in order (for completion and listings). */
    public static Set<String> declaredNames(List<Ast.File> files) {
        Set<String> out = new LinkedHashSet<>();
        for (Ast.File f : files) {
            for (Ast.Decl d : f.decls()) {
                if (d instanceof Ast.FuncDecl fd && fd.recv() == null) out.add(fd.name().name());
                if (d instanceof Ast.GenDecl g) {
                    for (Ast.Spec sp : g.specs()) {
                        if (sp instanceof Ast.ValueSpec vs) for (Ast.Ident n : vs.names()) out.add(n.name());
                        if (sp instanceof Ast.TypeSpec ts) out.add(ts.name().name());
                    }
                }
            }
        }
        return out;
    }
}
