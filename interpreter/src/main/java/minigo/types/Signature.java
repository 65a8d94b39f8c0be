package minigo.types;

import java.util.List;

/**
 * A function or method type. recv is non-null only for a method's own signature (a method value or
 * an interface method's signature has none, as in go/types). typeParams is non-empty for a generic
 * function; generic methods get their type parameters from the receiver's type (recvTypeParams).
 * When variadic, the last parameter's type is a {@link Slice}.
 */
public final class Signature implements Type {
    private final Var recv;
    private final List<TypeParam> typeParams;
    private List<TypeParam> recvTypeParams;
    private final Tuple params;
    private final Tuple results;
    private final boolean variadic;

    public Signature(Var recv, List<TypeParam> typeParams, Tuple params, Tuple results, boolean variadic) {
        this.recv = recv;
        this.typeParams = List.copyOf(typeParams);
        this.recvTypeParams = List.of();
        this.params = params;
        this.results = results;
        this.variadic = variadic;
    }

    public Signature(Tuple params, Tuple results, boolean variadic) {
        this(null, List.of(), params, results, variadic);
    }

    public Var recv() {
        return recv;
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    /** For a method of a generic type: the receiver's type parameters (as declared in the receiver). */
    public List<TypeParam> recvTypeParams() {
        return recvTypeParams;
    }

    void setRecvTypeParams(List<TypeParam> tps) {
        this.recvTypeParams = List.copyOf(tps);
    }

    public Tuple params() {
        return params;
    }

    public Tuple results() {
        return results;
    }

    public boolean variadic() {
        return variadic;
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
