package minigo.types;

/**
 * A type parameter {@code T} of a generic function or type. index is its position in its list;
 * constraint is an interface type (or a Named whose underlying is one). Its underlying type, as in
 * go/types, is the constraint's interface.
 */
public final class TypeParam implements Type {
    private final TypeName obj;
    private final int index;
    private Type constraint;

    public TypeParam(TypeName obj, int index, Type constraint) {
        this.obj = obj;
        this.index = index;
        this.constraint = constraint;
        if (obj != null && obj.type() == null) obj.setType(this);
    }

    public TypeName obj() {
        return obj;
    }

    public int index() {
        return index;
    }

    public Type constraint() {
        return constraint;
    }

    void setConstraint(Type c) {
        this.constraint = c;
    }

    /** The constraint's interface. */
    public Interface iface() {
        if (constraint != null && constraint.underlying() instanceof Interface i) return i;
        return Interface.empty();
    }

    @Override
    public Type underlying() {
        return iface();
    }

    @Override
    public String toString() {
        return obj.name();
    }
}
