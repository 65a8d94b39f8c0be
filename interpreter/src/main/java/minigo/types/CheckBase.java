package minigo.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.ast.Diagnostic;
import minigo.types.TypeAndValue.Mode;

/**
 * The checker's shared state and the machinery every phase uses: error reporting, recording into
 * {@link Info}, literal evaluation, representability of constants and the conversion of untyped
 * operands to their final type.
 */
abstract class CheckBase {
    final Checker.Mode mode;
    final Package pkg;
    final Info info;
    final Importer importer;
    final List<Diagnostic> errors = new ArrayList<>();
    /** A REPL session ({@link Incremental}): unused variables and imports are not errors. */
    boolean session;

    /** The scope new declarations go into. */
    Scope scope;
    /** The current function (null at package level). */
    FuncCtx fctx;
    /** The value of iota in the constant declaration being checked, or null. */
    Constant iota;
    /** The package-level declaration whose initializer or body is being checked (init-order dependencies). */
    DeclInfo curDecl;

    /** Untyped expressions whose final type is not yet known (go/types' Checker.untyped). */
    static final class Untyped {
        boolean isLhs;
        Mode mode;
        Type type;
        Constant val;

        Untyped(boolean isLhs, Mode mode, Type type, Constant val) {
            this.isLhs = isLhs;
            this.mode = mode;
            this.type = type;
            this.val = val;
        }
    }

    final Map<Ast.Expr, Untyped> untyped = new IdentityHashMap<>();

    /** What is known about the function whose body is being checked. */
    static final class FuncCtx {
        final Signature sig;
        final FuncCtx outer;
        final Scope scope;

        FuncCtx(Signature sig, FuncCtx outer, Scope scope) {
            this.sig = sig;
            this.outer = outer;
            this.scope = scope;
        }
    }

    CheckBase(Checker.Mode mode, Package pkg, Importer importer) {
        this.mode = mode;
        this.pkg = pkg;
        this.info = pkg.info;
        this.importer = importer;
    }

    // ------------------------------------------------------------------ errors

    void error(Ast.Pos pos, String msg) {
        // go/types' cheap trick: once an error is reported, a message mentioning "invalid operand"
        // or "invalid type" past its start is a follow-on error, and is dropped
        if (!errors.isEmpty() && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) return;
        errors.add(new Diagnostic(pos, msg));
    }

    void error(Operand x, String msg) {
        error(x.expr != null ? x.expr.pos() : Ast.Pos.NONE, msg);
    }

    String t(Type t) {
        return TypeString.checker(t, pkg);
    }

    String d(Operand x) {
        return x.describe(pkg);
    }

    static String e(Ast.Expr x) {
        return ExprString.of(x);
    }

    // ------------------------------------------------------------------ recording

    void record(Ast.Expr e, Mode m, Type typ, Constant val) {
        if (m == Mode.INVALID) return;
        if (typ instanceof Basic b && b.isUntyped()) {
            untyped.put(e, new Untyped(false, m, typ, val));
        }
        info.types.put(e, new TypeAndValue(m, typ, val));
    }

    void record(Operand x) {
        if (x.expr != null) {
            Type typ = x.type;
            if (x.mode == Mode.BUILTIN || x.mode == Mode.NOVALUE) typ = typ == null ? Basic.INVALID : typ;
            record(x.expr, x.mode, typ, x.val);
        }
    }

    void recordDef(Ast.Ident id, Obj o) {
        info.defs.put(id, o);
    }

    void recordUse(Ast.Ident id, Obj o) {
        info.uses.put(id, o);
    }

    /** Re-records every untyped expression left at the end with its untyped type (or bool for non-constant bools). */
    void flushUntyped() {
        for (Map.Entry<Ast.Expr, Untyped> en : untyped.entrySet()) {
            Untyped u = en.getValue();
            Type typ = u.type;
            if (u.val == null && u.mode != Mode.CONSTANT && typ instanceof Basic b && b.kind() != BasicKind.UNTYPED_NIL)
                typ = Types.defaultType(typ);
            info.types.put(en.getKey(), new TypeAndValue(u.mode, typ, u.val));
        }
        untyped.clear();
    }

    /**
     * The untyped expression x gets the type typ (final when isFinal): re-record it and the untyped
     * operands it was computed from (go/types' updateExprType).
     */
    void updateExprType(Ast.Expr x, Type typ, boolean isFinal) {
        updateExprType0(null, x, typ, isFinal);
    }

    private void updateExprType0(Ast.Expr parent, Ast.Expr x, Type typ, boolean isFinal) {
        Untyped old = untyped.get(x);
        if (old == null) return;
        switch (x) {
            case Ast.ParenExpr p -> updateExprType0(x, p.x(), typ, isFinal);
            case Ast.UnaryExpr u -> {
                if (old.val == null) updateExprType0(x, u.x(), typ, isFinal);
            }
            case Ast.BinaryExpr b -> {
                if (old.val == null) {
                    if (isComparison(b.op())) {
                        // operands already have their final types
                    } else if (b.op().equals("<<") || b.op().equals(">>")) {
                        updateExprType0(x, b.x(), typ, isFinal);
                    } else {
                        updateExprType0(x, b.x(), typ, isFinal);
                        updateExprType0(x, b.y(), typ, isFinal);
                    }
                }
            }
            default -> {}
        }
        if (!isFinal && Types.isUntyped(typ)) {
            old.type = typ;
            info.types.put(x, new TypeAndValue(old.mode, typ, old.val));
            return;
        }
        untyped.remove(x);
        if (old.isLhs) {
            // The lhs of a non-constant shift must end up integer.
            if (!Types.isInteger(typ)) {
                error(x.pos(), "invalid operation: " + e(parent != null ? parent : x) + " (shift of type " + t(typ) + ")");
                return;
            }
        }
        Constant v = old.val;
        if (v != null && typ.underlying() instanceof Basic bt && !bt.isUntyped()) {
            Constant r = representableValue(v, bt);
            if (r != null) v = r;
        }
        info.types.put(x, new TypeAndValue(old.mode, typ, v));
    }

    void updateExprVal(Ast.Expr x, Constant v) {
        Untyped u = untyped.get(x);
        if (u != null) u.val = v;
    }

    static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ representability

    enum Fail { NONE, TRUNCATED, OVERFLOW, INVALID }

    /** The value v as a constant of basic type t (rounded for floats), or null if not representable. */
    static Constant representableValue(Constant v, Basic t) {
        return representable(v, t, new Fail[1]);
    }

    static Constant representable(Constant v, Basic t, Fail[] why) {
        why[0] = Fail.NONE;
        if (t.isBoolean()) {
            if (v instanceof Constant.Bool) return v;
            why[0] = Fail.INVALID;
            return null;
        }
        if (t.isString()) {
            if (v instanceof Constant.Str) return v;
            why[0] = Fail.INVALID;
            return null;
        }
        if (!t.isNumeric() || !(v instanceof Constant.Int || v instanceof Constant.Float || v instanceof Constant.Complex)) {
            why[0] = Fail.INVALID;
            return null;
        }
        if (t.isInteger()) {
            Constant.Int i = Constant.toInt(v);
            if (i == null) {
                why[0] = Fail.TRUNCATED;
                return null;
            }
            if (t.kind() == BasicKind.UNTYPED_INT || t.kind() == BasicKind.UNTYPED_RUNE) return i;
            if (!fitsInt(i.value(), t.kind())) {
                why[0] = Fail.OVERFLOW;
                return null;
            }
            return i;
        }
        if (t.isFloat()) {
            Constant.Float f;
            if (v instanceof Constant.Complex c) {
                if (c.im().num().signum() != 0) {
                    why[0] = Fail.TRUNCATED;
                    return null;
                }
                f = c.re();
            } else f = Constant.toFloat(v);
            return roundFloat(f, t.kind(), why);
        }
        // complex
        Constant.Complex c = Constant.toComplex(v);
        if (t.kind() == BasicKind.UNTYPED_COMPLEX) return c;
        BasicKind part = t.kind() == BasicKind.COMPLEX64 ? BasicKind.FLOAT32 : BasicKind.FLOAT64;
        Constant.Float re = (Constant.Float) roundFloat(c.re(), part, why);
        if (re == null) return null;
        Constant.Float im = (Constant.Float) roundFloat(c.im(), part, why);
        if (im == null) return null;
        return new Constant.Complex(re, im);
    }

    private static Constant roundFloat(Constant.Float f, BasicKind k, Fail[] why) {
        if (k == BasicKind.UNTYPED_FLOAT) return f;
        if (k == BasicKind.FLOAT32) {
            float x = Constant.toFloat32(f);
            if (Float.isInfinite(x)) {
                why[0] = Fail.OVERFLOW;
                return null;
            }
            return Constant.ofDouble(x);
        }
        double x = Constant.toDouble(f);
        if (Double.isInfinite(x)) {
            why[0] = Fail.OVERFLOW;
            return null;
        }
        return Constant.ofDouble(x);
    }

    static boolean fitsInt(BigInteger v, BasicKind k) {
        int bits;
        boolean unsigned;
        switch (k) {
            case INT8 -> { bits = 8; unsigned = false; }
            case INT16 -> { bits = 16; unsigned = false; }
            case INT32 -> { bits = 32; unsigned = false; }
            case INT, INT64 -> { bits = 64; unsigned = false; }
            case UINT8 -> { bits = 8; unsigned = true; }
            case UINT16 -> { bits = 16; unsigned = true; }
            case UINT32 -> { bits = 32; unsigned = true; }
            case UINT, UINT64, UINTPTR -> { bits = 64; unsigned = true; }
            default -> { return true; }
        }
        if (unsigned) return v.signum() >= 0 && v.bitLength() <= bits;
        return v.bitLength() <= bits - 1;
    }

    static int bitsOf(BasicKind k) {
        return switch (k) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32 -> 32;
            default -> 64;
        };
    }

    // ------------------------------------------------------------------ literals

    /** Evaluates a literal exactly; null when malformed. */
    static Operand literal(Ast.BasicLit lit) {
        Operand x = new Operand();
        x.expr = lit;
        String s = lit.value();
        try {
            switch (lit.kind()) {
                case INT -> x.setConst(Basic.UNTYPED_INT, new Constant.Int(parseInt(s)));
                case FLOAT -> x.setConst(Basic.UNTYPED_FLOAT, parseFloat(s));
                case IMAG -> {
                    String m = s.substring(0, s.length() - 1);
                    Constant.Float im;
                    boolean intLike = !m.contains(".") && !m.contains("p") && !m.contains("P")
                            && (m.startsWith("0x") || m.startsWith("0X") || m.startsWith("0b") || m.startsWith("0B")
                                || m.startsWith("0o") || m.startsWith("0O") || (!m.contains("e") && !m.contains("E")));
                    if (intLike && (m.startsWith("0x") || m.startsWith("0X") || m.startsWith("0b") || m.startsWith("0B") || m.startsWith("0o") || m.startsWith("0O")))
                        im = new Constant.Float(parseInt(m), BigInteger.ONE);
                    else im = parseFloat(m.replace("_", "").replaceFirst("^0+(?=\\d)", ""));
                    x.setConst(Basic.UNTYPED_COMPLEX, new Constant.Complex(Constant.ZERO_F, im));
                }
                case CHAR -> {
                    byte[] b = unquote(s.substring(1, s.length() - 1), '\'');
                    int cp = decodeRune(b, s);
                    x.setConst(Basic.UNTYPED_RUNE, Constant.of(cp));
                }
                case STRING -> {
                    byte[] b;
                    if (s.startsWith("`")) {
                        b = s.substring(1, s.length() - 1).replace("\r", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    } else b = unquote(s.substring(1, s.length() - 1), '"');
                    x.setConst(Basic.UNTYPED_STRING, new Constant.Str(b));
                }
            }
        } catch (RuntimeException ex) {
            x.invalidate();
        }
        return x;
    }

    private static int decodeRune(byte[] b, String src) {
        // A char literal holds one code point: either a single UTF-8 sequence or one escape.
        String inner = src.substring(1, src.length() - 1);
        if (inner.startsWith("\\")) {
            char c = inner.charAt(1);
            if (c == 'x' || (c >= '0' && c <= '7')) return b[0] & 0xff;
            if (c == 'u' || c == 'U') return Integer.parseInt(inner.substring(2), 16);
            return b[0] & 0xff;
        }
        return inner.codePointAt(0);
    }

    static BigInteger parseInt(String s) {
        s = s.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) return new BigInteger(s.substring(2), 16);
        if (s.startsWith("0b") || s.startsWith("0B")) return new BigInteger(s.substring(2), 2);
        if (s.startsWith("0o") || s.startsWith("0O")) return new BigInteger(s.substring(2), 8);
        if (s.length() > 1 && s.startsWith("0")) return new BigInteger(s.substring(1), 8);
        return new BigInteger(s);
    }

    static Constant.Float parseFloat(String s) {
        s = s.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            String body = s.substring(2);
            int p = body.indexOf('p');
            if (p < 0) p = body.indexOf('P');
            String mant = p < 0 ? body : body.substring(0, p);
            int exp = p < 0 ? 0 : Integer.parseInt(body.substring(p + 1).replace("+", ""));
            int dot = mant.indexOf('.');
            if (dot >= 0) {
                exp -= 4 * (mant.length() - dot - 1);
                mant = mant.substring(0, dot) + mant.substring(dot + 1);
            }
            BigInteger m = mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant, 16);
            if (exp >= 0) return new Constant.Float(m.shiftLeft(exp), BigInteger.ONE);
            return new Constant.Float(m, BigInteger.ONE.shiftLeft(-exp));
        }
        // digits[.digits][e[+-]digits]: the digits as an integer, scaled by a power of ten
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        String mant = e < 0 ? s : s.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mant.indexOf('.');
        if (dot >= 0) {
            exp -= mant.length() - dot - 1;
            mant = mant.substring(0, dot) + mant.substring(dot + 1);
        }
        BigInteger m = mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant);
        if (exp >= 0) return new Constant.Float(m.multiply(BigInteger.TEN.pow(exp)), BigInteger.ONE);
        return new Constant.Float(m, BigInteger.TEN.pow(-exp));
    }

    /** Interprets Go escapes in a quoted literal's body; result is UTF-8 bytes. */
    static byte[] unquote(String s, char quote) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
                continue;
            }
            char n = s.charAt(i + 1);
            switch (n) {
                case 'a' -> { out.write(7); i += 2; }
                case 'b' -> { out.write(8); i += 2; }
                case 'f' -> { out.write(12); i += 2; }
                case 'n' -> { out.write('\n'); i += 2; }
                case 'r' -> { out.write('\r'); i += 2; }
                case 't' -> { out.write('\t'); i += 2; }
                case 'v' -> { out.write(11); i += 2; }
                case '\\' -> { out.write('\\'); i += 2; }
                case '\'' -> { out.write('\''); i += 2; }
                case '"' -> { out.write('"'); i += 2; }
                case 'x' -> { out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16)); i += 4; }
                case 'u', 'U' -> {
                    int len = n == 'u' ? 4 : 8;
                    int cp = Integer.parseInt(s.substring(i + 2, i + 2 + len), 16);
                    byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                    i += 2 + len;
                }
                default -> {
                    out.write(Integer.parseInt(s.substring(i + 1, i + 4), 8));
                    i += 4;
                }
            }
        }
        return out.toByteArray();
    }
}
