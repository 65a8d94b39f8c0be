package minigo.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;
import minigo.escape.Resolver.Fn;
import minigo.escape.Resolver.Obj;

/**
 * The whole pass over one package: resolve, decide inlining (Go's order), devirtualize, then
 * analyse batch after batch bottom-up, collecting -m lines and the decisions the interpreter binds.
 */
final class Analysis {
    final Resolver r = new Resolver();
    final GoText text = new GoText(r);
    final int level;
    final Inliner inliner;
    final Map<Fn, List<Leaks>> tags = new IdentityHashMap<>();
    final Set<Obj> movedToHeap = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Ast.Node, Boolean> siteHeap = new IdentityHashMap<>();
    final List<String> lines = new ArrayList<>();
    /** Functions whose batch could not be analysed: the interpreter must heap-allocate in them. */
    final Set<Fn> failed = new HashSet<>();

    Analysis(int level) {
        this.level = level;
        this.inliner = new Inliner(r, level);
    }

    void run(List<Ast.File> files, List<byte[]> sources, boolean noInline) {
        r.resolvePackage(files);
        markPragmas(files, sources);
        List<List<Fn>> sccs = CallGraph.bottomUp(r.funcs, f -> CallGraph.references(r, f, true));
        inliner.inlinePackage(sccs, noInline);
        lines.addAll(inliner.out);
        lines.addAll(inliner.devirtOut);
        List<List<Fn>> batches = CallGraph.bottomUp(r.funcs, this::postInlineRefs);
        for (List<Fn> b : batches) {
            List<String> out = new ArrayList<>();
            try {
                new Batch(this, b, out).run();
            } catch (RuntimeException e) {
                // A construct the analysis does not model yet: keep this batch conservative
                // (everything it allocates goes to the heap) and quiet rather than abort the build.
                out.clear();
                for (Fn f : b) {
                    tags.put(f, f.params.stream().map(p -> Leaks.heap(0)).toList());
                    failed.add(f);
                }
                if (System.getenv("MINIGO_DEBUG") != null) {
                    e.printStackTrace();
                }
            }
            lines.addAll(out);
        }
        lines.addAll(inliner.wrapperOut);
    }

    /** The functions fn refers to once inlined calls are replaced by their callees' bodies. */
    private List<Fn> postInlineRefs(Fn fn) {
        Set<Fn> out = new LinkedHashSet<>();
        collect(fn, inliner.sitesOf(fn), out, new HashSet<>());
        for (Fn c : allClosures(fn)) {
            collect(c, inliner.sitesOf(c), out, new HashSet<>());
        }
        return new ArrayList<>(out);
    }

    private List<Fn> allClosures(Fn f) {
        List<Fn> l = new ArrayList<>();
        for (Fn c : f.closures) {
            l.add(c);
            l.addAll(allClosures(c));
        }
        return l;
    }

    private void collect(Fn body, Map<Ast.CallExpr, Inliner.Site> sites, Set<Fn> out, Set<Ast.Node> skip) {
        Set<Ast.Node> skipFun = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Ast.CallExpr c : sites.keySet()) {
            skipFun.add(Resolver.unparen(c.fun()));
        }
        new AstWalk() {
            @Override
            boolean visit(Ast.Node n) {
                if (n instanceof Ast.FuncLit) {
                    return false;
                }
                if (skipFun.contains(n)) {
                    if (n instanceof Ast.SelectorExpr se) {
                        walk(se.x());
                    }
                    return false;
                }
                if (n instanceof Ast.Ident id) {
                    Obj o = r.uses.get(id);
                    if (o != null && o.kind == Resolver.Kind.FUNC && o.func != null && r.decls.get(o.func) != null) {
                        out.add(r.decls.get(o.func));
                    }
                } else if (n instanceof Ast.SelectorExpr se) {
                    Resolver.Selection sel = r.selections.get(se);
                    if (sel != null && sel.method() != null && r.decls.get(sel.method()) != null) {
                        out.add(r.decls.get(sel.method()));
                    }
                }
                return true;
            }
        }.walk(body.body());
        for (Inliner.Site s : sites.values()) {
            collect(s.callee, s.nested, out, skip);
        }
    }

    /** //go:noinline is a comment, which the AST drops: find it in the source, above a func line. */
    private void markPragmas(List<Ast.File> files, List<byte[]> sources) {
        for (int i = 0; i < files.size() && i < sources.size(); i++) {
            String[] srcLines = new String(sources.get(i), StandardCharsets.UTF_8).split("\n", -1);
            Set<Integer> noinlineLines = new HashSet<>();
            for (int ln = 0; ln < srcLines.length; ln++) {
                if (srcLines[ln].trim().equals("//go:noinline")) {
                    int k = ln + 1;
                    while (k < srcLines.length && srcLines[k].trim().startsWith("//")) {
                        k++;
                    }
                    noinlineLines.add(k + 1);
                }
            }
            for (Ast.Decl d : files.get(i).decls()) {
                if (d instanceof Ast.FuncDecl fd && noinlineLines.contains(fd.pos().line())) {
                    Fn fn = r.decls.get(fd);
                    if (fn != null) {
                        fn.noinline = true;
                    }
                }
            }
        }
    }

    /** Keeps the verdict of a function's own (not inlined) analysis for the interpreter. */
    void record(Location loc) {
        if (loc.instance != null) {
            return;
        }
        if (loc.what == Location.What.VAR && loc.var != null) {
            if (loc.escapes) {
                movedToHeap.add(loc.var);
            }
        } else if (loc.what == Location.What.EXPR && loc.node != null) {
            siteHeap.put(loc.node, loc.escapes);
        }
    }
}
