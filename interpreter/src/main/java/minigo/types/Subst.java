package minigo.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Substitution of type parameters (go/types' subst.go): rebuilds only what changes. */
final class Subst {
    private final Map<TypeParam, Type> m;
    private final Map<Type, Type> cache = new IdentityHashMap<>();

    Subst(Map<TypeParam, Type> m) {
        this.m = m;
    }

    Type apply(Type t) {
        if (t == null) return null;
        Type c = cache.get(t);
        if (c != null) return c;
        Type r = doApply(t);
        cache.put(t, r);
        return r;
    }

    private Type doApply(Type t) {
        switch (t) {
            case Basic b:
                return b;
            case TypeParam tp: {
                Type r = m.get(tp);
                return r != null ? r : tp;
            }
            case Pointer p: {
                Type e = apply(p.elem());
                return e == p.elem() ? p : new Pointer(e);
            }
            case Slice s: {
                Type e = apply(s.elem());
                return e == s.elem() ? s : new Slice(e);
            }
            case Array a: {
                Type e = apply(a.elem());
                return e == a.elem() ? a : new Array(a.len(), e);
            }
            case MapType mt: {
                Type k = apply(mt.key()), e = apply(mt.elem());
                return k == mt.key() && e == mt.elem() ? mt : new MapType(k, e);
            }
            case Chan ch: {
                Type e = apply(ch.elem());
                return e == ch.elem() ? ch : new Chan(ch.dir(), e);
            }
            case Struct s: {
                List<Var> fs = new ArrayList<>();
                boolean changed = false;
                for (Var f : s.fields()) {
                    Type ft = apply(f.type());
                    if (ft != f.type()) {
                        changed = true;
                        Var nf = Var.field(f.name(), f.pos(), ft, f.pkg(), f.embedded());
                        nf.setOrigin(f.origin());
                        fs.add(nf);
                    } else fs.add(f);
                }
                return changed ? new Struct(fs, s.tags()) : s;
            }
            case Tuple tu:
                return tuple(tu);
            case Signature s: {
                Tuple p = tuple(s.params()), r = tuple(s.results());
                if (p == s.params() && r == s.results()) return s;
                // The receiver is left alone: an interface method's receiver is the interface itself
                // (substituting it would recurse forever); instances get their receivers in expandMethod.
                Signature ns = new Signature(s.recv(), s.typeParams(), p, r, s.variadic());
                return ns;
            }
            case Interface it: {
                boolean changed = false;
                List<Func> ms = new ArrayList<>();
                for (Func f : it.explicitMethods()) {
                    Type st = apply(f.type());
                    if (st != f.type()) {
                        changed = true;
                        Func nf = new Func(f.name(), f.pos(), (Signature) st, f.pkg(), null);
                        nf.setOrigin(f.origin());
                        ms.add(nf);
                    } else ms.add(f);
                }
                List<Type> es = new ArrayList<>();
                for (Type e : it.embeddeds()) {
                    Type ne = apply(e);
                    if (ne != e) changed = true;
                    es.add(ne);
                }
                List<List<Term>> ets = new ArrayList<>();
                for (List<Term> u : it.embeddedTerms()) {
                    if (u == null) {
                        ets.add(null);
                        continue;
                    }
                    List<Term> nu = new ArrayList<>();
                    for (Term term : u) {
                        Type nt = apply(term.type());
                        if (nt != term.type()) changed = true;
                        nu.add(new Term(term.tilde(), nt));
                    }
                    ets.add(nu);
                }
                if (!changed) return it;
                Interface ni = new Interface(ms, es, ets);
                if (it.isComparable()) ni.markComparable();
                ni.complete();
                if (it.isComparable()) ni.markComparable();
                return ni;
            }
            case Named n: {
                if (n.typeArgs().isEmpty()) return n;
                List<Type> args = new ArrayList<>();
                boolean changed = false;
                for (Type a : n.typeArgs()) {
                    Type na = apply(a);
                    if (na != a) changed = true;
                    args.add(na);
                }
                return changed ? Instances.of(n.origin(), args) : n;
            }
        }
    }

    private Tuple tuple(Tuple t) {
        List<Var> vs = new ArrayList<>();
        boolean changed = false;
        for (Var v : t.vars()) {
            Type nt = apply(v.type());
            if (nt != v.type()) {
                changed = true;
                Var nv = Var.param(v.name(), v.pos(), nt, v.pkg());
                nv.setOrigin(v.origin());
                vs.add(nv);
            } else vs.add(v);
        }
        return changed ? new Tuple(vs) : t;
    }
}
