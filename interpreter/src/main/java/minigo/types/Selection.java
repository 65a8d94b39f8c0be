package minigo.types;

import java.util.List;

/**
 * A resolved selector {@code x.f}: a field value, a method value, or a method expression
 * ({@code T.m}). index is the path: for each embedded field crossed, its index in its struct, and
 * last the index of the field (for FIELD_VAL) or of the method in its type's method list (for methods;
 * index into {@link Named#methods()} or {@link Interface#allMethods()}). indirect is true when a
 * pointer was dereferenced on the way (implicitly).
 */
public record Selection(Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect) {
    public enum Kind { FIELD_VAL, METHOD_VAL, METHOD_EXPR }

    /** The type of {@code x.f}: the field's type, or the method's signature without receiver (a method expression: with the receiver as first parameter). */
    public Type type() {
        if (kind == Kind.FIELD_VAL) return obj.type();
        Signature s = (Signature) obj.type();
        Signature noRecv = new Signature(null, List.of(), s.params(), s.results(), s.variadic());
        if (kind == Kind.METHOD_VAL) return noRecv;
        java.util.ArrayList<Var> ps = new java.util.ArrayList<>();
        ps.add(Var.param("", obj.pos(), recv, obj.pkg()));
        ps.addAll(s.params().vars());
        return new Signature(null, List.of(), new Tuple(ps), s.results(), s.variadic());
    }
}
