package minigo.types;

/**
 * What the checker learned about one expression: its mode (what kind of operand it is), its type and,
 * for constants, its exact value. For an untyped constant operand the type is its final type after the
 * implicit conversion its context imposed (the default type, or the type it was assigned to).
 */
public record TypeAndValue(Mode mode, Type type, Constant value) {
    public enum Mode {
        /** An invalid expression (only while reporting errors; never in a checked program). */
        INVALID,
        /** A call of a function without results. */
        NOVALUE,
        /** A built-in function name (only as the fun of a call). */
        BUILTIN,
        /** A type expression. */
        TYPEXPR,
        /** A constant; value is set. */
        CONSTANT,
        /** An addressable variable. */
        VARIABLE,
        /** A map index expression {@code m[k]} (assignable, not addressable). */
        MAPINDEX,
        /** A computed value. */
        VALUE,
        /** A value that may be used in a comma-ok form (map index, type assertion, receive). */
        COMMAOK
    }

    public boolean isType() {
        return mode == Mode.TYPEXPR;
    }

    public boolean isValue() {
        return switch (mode) {
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> true;
            default -> false;
        };
    }

    public boolean isConstant() {
        return mode == Mode.CONSTANT;
    }

    public boolean addressable() {
        return mode == Mode.VARIABLE;
    }

    public boolean isBuiltin() {
        return mode == Mode.BUILTIN;
    }

    public boolean isVoid() {
        return mode == Mode.NOVALUE;
    }
}
