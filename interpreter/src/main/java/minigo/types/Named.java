package minigo.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined (named) type: {@code type T struct{...}}, the predeclared {@code error}, or an instance of a
 * generic type ({@code Pair[int,string]}). A generic type has typeParams and no typeArgs; an instance
 * has typeArgs and {@link #origin()} the generic type, and its underlying type and methods are the
 * origin's with the type parameters substituted ({@link Types#subst}).
 *
 * <p>Mutable while the checker resolves declarations (underlying is set after the Named is created so
 * that recursive types can refer to themselves); frozen afterwards.
 */
public final class Named implements Type {
    private final TypeName obj;
    private Type underlying;
    private final List<Func> methods = new ArrayList<>();
    private List<TypeParam> typeParams = List.of();
    private final List<Type> typeArgs;
    private final Named origin;

    public Named(TypeName obj, Type underlying) {
        this.obj = obj;
        this.underlying = underlying;
        this.typeArgs = List.of();
        this.origin = this;
        if (obj != null && obj.type() == null) obj.setType(this);
    }

    /** An instance of origin with typeArgs; underlying and methods are filled in by the checker. */
    Named(Named origin, List<Type> typeArgs) {
        this.obj = origin.obj;
        this.typeArgs = List.copyOf(typeArgs);
        this.origin = origin;
    }

    public TypeName obj() {
        return obj;
    }

    @Override
    public Type underlying() {
        if (underlying == null && origin != this) underlying = Instances.expandUnderlying(this);
        return underlying == null ? Basic.INVALID : underlying;
    }

    /** For the checker: the not-yet-resolved state is null. */
    Type rawUnderlying() {
        if (underlying == null && origin != this) underlying = Instances.expandUnderlying(this);
        return underlying;
    }

    public void setUnderlying(Type u) {
        this.underlying = u;
    }

    /** Declared methods (for an instance: the origin's methods instantiated). */
    public List<Func> methods() {
        if (origin != this) {
            List<Func> om = origin.methods;
            for (int i = methods.size(); i < om.size(); i++) methods.add(Instances.expandMethod(this, om.get(i)));
        }
        return methods;
    }

    public int numMethods() {
        return methods().size();
    }

    public Func method(int i) {
        return methods().get(i);
    }

    public void addMethod(Func f) {
        methods.add(f);
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    void setTypeParams(List<TypeParam> tps) {
        this.typeParams = List.copyOf(tps);
    }

    public List<Type> typeArgs() {
        return typeArgs;
    }

    /** The generic type this is an instance of; this itself for a non-instance. */
    public Named origin() {
        return origin;
    }

    public boolean isInstance() {
        return origin != this;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
