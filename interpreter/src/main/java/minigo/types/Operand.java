package minigo.types;

import minigo.ast.Ast;
import minigo.types.TypeAndValue.Mode;

/** The checker's view of an expression being checked (go/types' operand). */
final class Operand {
    Mode mode = Mode.INVALID;
    Ast.Expr expr;
    Type type = Basic.INVALID;
    Constant val;
    Builtin.Id builtin;
    /** The predeclared nil (types2's nilvalue mode); its type becomes the target type on conversion. */
    boolean isNil;

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    void invalidate() {
        isNil = false;
        mode = Mode.INVALID;
    }

    void set(Mode m, Type t) {
        isNil = false;
        mode = m;
        type = t;
        val = null;
    }

    void setConst(Type t, Constant v) {
        isNil = false;
        mode = Mode.CONSTANT;
        type = t;
        val = v;
    }

    Operand copy() {
        Operand o = new Operand();
        o.mode = mode;
        o.expr = expr;
        o.type = type;
        o.val = val;
        o.builtin = builtin;
        o.isNil = isNil;
        return o;
    }

    static String modeString(Mode m) {
        return switch (m) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPEXPR -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression";
            case VALUE -> "value";
            case COMMAOK -> "comma, ok expression";
        };
    }

    /** types2's operand description: {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
    String describe(Package pkg) {
        if (isNil && mode != Mode.INVALID) {
            if (type == null || type == Basic.INVALID) return "nil (with invalid type)";
            if (type == Basic.UNTYPED_NIL) return "nil";
            return "nil (of type " + TypeString.checker(type, pkg) + ")";
        }
        StringBuilder sb = new StringBuilder();
        String e = null;
        if (expr != null) e = ExprString.of(expr);
        else if (mode == Mode.BUILTIN && builtin != null) e = builtin.goName;
        else if (mode == Mode.TYPEXPR) e = TypeString.checker(type, pkg);
        else if (mode == Mode.CONSTANT && val != null) e = constString(val);
        if (e != null) sb.append(e).append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {}
            default -> {
                if (type != null) {
                    if (Types.isUntyped(type)) sb.append(((Basic) type).name()).append(' ');
                    else hasType = true;
                }
            }
        }
        sb.append(modeString(mode));
        if (mode == Mode.CONSTANT && val != null) {
            String s = constString(val);
            if (!s.equals(e)) sb.append(' ').append(s);
        }
        if (hasType) {
            if (type != Basic.INVALID) {
                boolean generic = type instanceof Named n && !n.typeParams().isEmpty() && n.typeArgs().isEmpty()
                        || type instanceof Signature s && !s.typeParams().isEmpty();
                sb.append(generic ? " of generic type " : " of type ").append(TypeString.checker(type, pkg));
                if (type instanceof TypeParam tp) sb.append(" constrained by ").append(TypeString.checker(tp.constraint(), pkg));
            } else sb.append(" with invalid type");
        }
        if (e != null) sb.append(')');
        return sb.toString();
    }

    /** go/constant's String: strings quoted and shortened to 72 characters. */
    static String constString(Constant c) {
        if (c instanceof Constant.Str s) {
            String q = GoFormat.quote(s.bytes());
            final int max = 72;
            int n = q.codePointCount(0, q.length());
            if (n > max) {
                int i = q.offsetByCodePoints(0, max - 3);
                q = q.substring(0, i) + "...";
            }
            return q;
        }
        if (c instanceof Constant.Float f) return Constant.formatFloat(f);
        return c.toString();
    }
}
