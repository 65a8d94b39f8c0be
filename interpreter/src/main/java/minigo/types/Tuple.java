package minigo.types;

import java.util.List;

/** An ordered list of variables: parameters, results, or the type of a multi-valued expression. */
public final class Tuple implements Type {
    public static final Tuple EMPTY = new Tuple(List.of());

    private final List<Var> vars;

    public Tuple(List<Var> vars) {
        this.vars = List.copyOf(vars);
    }

    public List<Var> vars() {
        return vars;
    }

    public int size() {
        return vars.size();
    }

    public Var at(int i) {
        return vars.get(i);
    }

    public Type typeAt(int i) {
        return vars.get(i).type();
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
