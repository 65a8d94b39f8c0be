package minigo.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An interface type. methods are the explicitly declared methods; embeddeds the embedded elements
 * (interfaces, or unions of {@link Term}s given as a {@link Union}-like list). The complete method set
 * ({@link #allMethods()}, sorted by name as Go sorts them) and the type set are computed once by
 * {@link #complete()} after all embedded interfaces are resolved.
 *
 * <p>Type set: {@link #terms()} is null when the set is "all types" (an ordinary method-only
 * interface); otherwise the union of the terms, intersected across embedded elements. An interface
 * whose terms are non-null, or that embeds {@code comparable}, may only be used as a constraint.
 */
public final class Interface implements Type {
    private List<Func> methods;
    private List<Type> embeddeds;
    /** For each embedded element that is a union: its terms; null for interface embeddeds. */
    private List<List<Term>> embeddedTerms;
    private List<Func> allMethods;
    private List<Term> terms;
    private boolean comparable;
    private boolean complete;
    /** A constraint written as a bare type set ({@code [T ~int | string]}), printed without interface{}. */
    private boolean implicit;

    public Interface(List<Func> methods, List<Type> embeddeds, List<List<Term>> embeddedTerms) {
        this.methods = new ArrayList<>(methods);
        this.embeddeds = List.copyOf(embeddeds);
        this.embeddedTerms = new ArrayList<>(embeddedTerms);
    }

    public static Interface empty() {
        Interface i = new Interface(List.of(), List.of(), List.of());
        i.complete();
        return i;
    }

    /** A method-only interface with these methods (already complete). */
    public static Interface of(List<Func> methods) {
        Interface i = new Interface(methods, List.of(), List.of());
        i.complete();
        return i;
    }

    public List<Func> explicitMethods() {
        return methods;
    }

    public List<Type> embeddeds() {
        return embeddeds;
    }

    public List<List<Term>> embeddedTerms() {
        return embeddedTerms;
    }

    /** All methods, explicit and embedded, sorted by name. */
    public List<Func> allMethods() {
        if (!complete) complete();
        return allMethods;
    }

    public int numMethods() {
        return allMethods().size();
    }

    public Func method(String name) {
        for (Func f : allMethods()) if (f.name().equals(name)) return f;
        return null;
    }

    /** The type set's terms, or null for "all types". */
    public List<Term> terms() {
        if (!complete) complete();
        return terms;
    }

    /** Embeds comparable (directly or indirectly). */
    public boolean isComparable() {
        if (!complete) complete();
        return comparable;
    }

    /** True for interfaces usable as ordinary types: no type terms and not comparable. */
    public boolean isMethodSet() {
        return terms() == null && !isComparable();
    }

    public boolean isEmpty() {
        return allMethods().isEmpty() && terms() == null && !comparable;
    }

    void setEmbeddeds(List<Type> es) {
        this.embeddeds = List.copyOf(es);
    }

    /** For the checker: the elements, once resolved (the interface object exists before them for self-references). */
    void setElements(List<Func> ms, List<Type> es, List<List<Term>> ts) {
        this.methods = new ArrayList<>(ms);
        this.embeddeds = List.copyOf(es);
        this.embeddedTerms = new ArrayList<>(ts);
    }

    public boolean isImplicit() {
        return implicit;
    }

    void markImplicit() {
        implicit = true;
    }

    void markComparable() {
        comparable = true;
    }

    /**
     * Computes the method set and type set from the explicit methods and the embedded elements. Safe to
     * call again (it recomputes); the checker calls it once the embedded types are resolved.
     */
    public void complete() {
        complete = true;
        List<Func> all = new ArrayList<>(methods);
        List<Term> ts = null;
        for (int i = 0; i < embeddeds.size(); i++) {
            List<Term> union = i < embeddedTerms.size() ? embeddedTerms.get(i) : null;
            List<Term> elemTerms;
            if (union != null) {
                // A union's terms; a term that is itself an interface contributes its type set.
                List<Term> flat = new ArrayList<>();
                boolean all_ = false;
                for (Term t : union) {
                    if (!t.tilde() && t.type().underlying() instanceof Interface it && !(t.type() instanceof TypeParam)) {
                        if (it.terms() == null) all_ = true;
                        else flat.addAll(it.terms());
                    } else flat.add(t);
                }
                elemTerms = all_ ? null : flat;
            } else {
                Type e = embeddeds.get(i);
                if (e.underlying() instanceof Interface it) {
                    for (Func m : it.allMethods()) {
                        boolean dup = false;
                        for (Func f : all) if (f.name().equals(m.name())) { dup = true; break; }
                        if (!dup) all.add(m);
                    }
                    if (it.isComparable()) comparable = true;
                    elemTerms = it.terms();
                } else {
                    // A single non-interface type term.
                    elemTerms = List.of(new Term(false, e));
                }
            }
            if (elemTerms != null) ts = ts == null ? new ArrayList<>(elemTerms) : intersect(ts, elemTerms);
        }
        all.sort(Comparator.comparing(Func::name));
        this.allMethods = List.copyOf(all);
        this.terms = ts == null ? null : List.copyOf(ts);
    }

    private static List<Term> intersect(List<Term> a, List<Term> b) {
        List<Term> out = new ArrayList<>();
        for (Term x : a) {
            for (Term y : b) {
                Term t = intersectTerm(x, y);
                if (t != null) out.add(t);
            }
        }
        return out;
    }

    private static Term intersectTerm(Term x, Term y) {
        if (x.tilde() && y.tilde()) return Types.identical(x.type().underlying(), y.type().underlying()) ? x : null;
        if (x.tilde()) return Types.identical(x.type(), y.type().underlying()) ? y : null;
        if (y.tilde()) return Types.identical(y.type(), x.type().underlying()) ? x : null;
        return Types.identical(x.type(), y.type()) ? x : null;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
