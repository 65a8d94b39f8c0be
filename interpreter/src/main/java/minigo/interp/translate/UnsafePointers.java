package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.nodes.ExprNode;
import minigo.interp.values.Box;
import minigo.interp.values.ElemPointer;
import minigo.interp.values.FieldPointer;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoFunc;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.Pointer;
import minigo.interp.values.ValueKind;
import minigo.types.Type;
import minigo.types.Types;

/**
 * Conversions out of {@code unsafe.Pointer}. minigo's memory is typed values (a GoStruct, a boxed
 * long), not bytes, so it cannot do what such a conversion usually does in Go: read one type's
 * memory as another's. What it can do:
 *
 * <ul>
 * <li>{@code (*T)(p)} where p came from a {@code *T}, or from a pointer to a value of the same
 * representation (a struct or array of T's underlying type; an integer of T's size and signedness,
 * or any 64-bit integer, as their bits are the same; a pointer to such a value); anything else is a
 * fatal error that names both types, at the conversion, never a wrong value. A variable lives in a
 * box that holds any integer (or float, or reference) alike, so {@code unsafe.Pointer(&v)} notes
 * v's type for the check;
 * <li>{@code uintptr(p)}: the pointee's simulated address, the one {@code %p} prints.
 * </ul>
 *
 * The checker rejects {@code unsafe.Pointer(u)} for an integer u other than the constant 0 (nil): no
 * object stands behind a number.
 */
final class UnsafePointers {
    private UnsafePointers() {}

    /** {@code (*T)(p)}: p itself, once its pointee is known to be stored as a T. */
    static ExprNode toPointer(ExprNode p, Layout elem, String target) {
        return new ExprNode() {
            @Child ExprNode v = p;

            @Override
            public Object execute(VirtualFrame f) {
                Object o = v.execute(f);
                if (o != null && !(o instanceof GoStruct st && st.layout == elem) && !fits(o, elem)) {
                    CompilerDirectives.transferToInterpreter();
                    minigo.interp.ProgramRoot.fatal(this, "unsafe.Pointer to " + describe(o) + " converted to " + target
                            + ": minigo's memory holds typed values, not bytes");
                }
                return o;
            }
        };
    }

    /** {@code uintptr(p)}: the simulated address of p's pointee (0 for nil). */
    static ExprNode toUintptr(ExprNode p) {
        return new ExprNode.LongExpr() {
            @Child ExprNode v = p;

            @Override
            public long executeLong(VirtualFrame f) {
                return address(v.execute(f));
            }
        };
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static long address(Object o) {
        return minigo.interp.values.RuntimePrint.addressOf(o);
    }

    /** Whether the object a pointer value denotes is stored the way {@code want} is. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static boolean fits(Object o, Layout want) {
        return switch (o) {
            case GoStruct s -> sameRepresentation(s.layout, want);
            case GoArray a -> want.kind == ValueKind.ARRAY && a.length == want.length && sameRepresentation(a.elem, want.elem);
            case FieldPointer fp -> sameRepresentation(fp.struct.layout.field(fp.field), want);
            case ElemPointer ep -> sameRepresentation(ep.array.elem, want);
            case Box.LongBox b -> boxed(b, want);
            case Box.DoubleBox b -> boxed(b, want);
            case Box.BoolBox b -> want.kind == ValueKind.BOOL;
            // a reference variable: its noted type if its address was converted, else its value's kind
            case Box.RefBox b -> BOXED.containsKey(b) ? boxed(b, want) : holds(b.load(), want.kind);
            default -> false;
        };
    }

    /**
     * Whether a value laid out as a can be used as a b. A struct or array keeps its own layout (field
     * names and blank fields count in == and in printing), so it must be of a type with b's
     * underlying type; integers of one size are interchangeable, as their bits are.
     */
    static boolean sameRepresentation(Layout a, Layout b) {
        return sameRepresentation(a, b, 0);
    }

    private static boolean sameRepresentation(Layout a, Layout b, int depth) {
        if (a == b) return true;
        if (a.kind.isComposite() || b.kind.isComposite()) {
            return a.kind == b.kind && a.type instanceof Type ta && b.type instanceof Type tb
                    && Types.identical(ta.underlying(), tb.underlying());
        }
        // same bits: equal sizes, and equal signedness below 64 bits (int32 is kept sign-extended,
        // uint32 zero-extended, in the long that holds either)
        if (a.kind.isInteger() && b.kind.isInteger()) return a.size == b.size && (a.size == 8 || a.kind.isUnsigned() == b.kind.isUnsigned());
        // pointers to values of the same representation (**T as **U only when *T's and *U's are;
        // a few levels deep, as type P *P would go on forever)
        if (a.kind == ValueKind.POINTER && b.kind == ValueKind.POINTER && depth < 4
                && a.type instanceof Type ta && ta.underlying() instanceof minigo.types.Pointer pa
                && b.type instanceof Type tb && tb.underlying() instanceof minigo.types.Pointer pb) {
            return sameRepresentation(TypeUtil.layout(pa.elem()), TypeUtil.layout(pb.elem()), depth + 1);
        }
        return a.kind == b.kind;
    }

    /**
     * The layouts of the variables whose boxes became unsafe.Pointers. A LongBox holds every integer
     * kind alike, a DoubleBox both floats, a RefBox any reference, so the type is noted when the
     * variable's address is converted (weakly: the note goes with the box).
     */
    private static final java.util.Map<Box, Layout> BOXED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static boolean boxed(Box b, Layout want) {
        Layout had = BOXED.get(b);
        return had != null && sameRepresentation(had, want);
    }

    /** {@code unsafe.Pointer(p)} for p of type *T: p itself; a variable's box notes T (see BOXED). */
    static ExprNode fromPointer(ExprNode p, Layout elem) {
        return new ExprNode() {
            @Child ExprNode v = p;

            @Override
            public Object execute(VirtualFrame f) {
                Object o = v.execute(f);
                if (o instanceof Box b) note(b, elem);
                return o;
            }
        };
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void note(Box b, Layout elem) {
        BOXED.put(b, elem);
    }

    /** Whether a reference cell's value (nil, for the kinds that have it) is of kind k. */
    private static boolean holds(Object v, ValueKind k) {
        return switch (k) {
            case STRING -> v instanceof GoString;
            case SLICE -> v == null || v instanceof GoSlice;
            case MAP -> v == null || v instanceof GoMap;
            case FUNC -> v == null || v instanceof GoFunc;
            case INTERFACE -> v == null || v instanceof Iface;
            case COMPLEX64, COMPLEX128 -> v instanceof GoComplex;
            case CHAN -> v == null || v instanceof minigo.interp.sched.GoChan;
            case POINTER -> v == null || v instanceof Pointer || v instanceof GoStruct || v instanceof GoArray;
            case UNSAFE_POINTER -> true; // an opaque handle may be any object (the runtime's timers are)
            default -> false;
        };
    }

    private static String describe(Object o) {
        return switch (o) {
            case GoStruct s -> s.layout.type != null ? s.layout.type.toString() : "a struct";
            case GoArray a -> a.toString();
            case FieldPointer fp -> kindName(fp.struct.layout.field(fp.field));
            case ElemPointer ep -> kindName(ep.array.elem);
            case Box.LongBox b -> BOXED.containsKey(b) ? kindName(BOXED.get(b)) : "an integer";
            case Box.DoubleBox b -> BOXED.containsKey(b) ? kindName(BOXED.get(b)) : "a float";
            case Box.BoolBox b -> "a bool";
            case Box.RefBox b when BOXED.containsKey(b) -> kindName(BOXED.get(b));
            case Box.RefBox b -> switch (b.load()) {
                case GoString str -> "a string";
                case GoSlice sl -> "a slice";
                case GoMap m -> "a map";
                case GoFunc fn -> "a func";
                case Iface i -> "an interface";
                case GoComplex c -> "a complex number";
                case null -> "a nil reference";
                default -> "a pointer";
            };
            default -> "an object of minigo's runtime";
        };
    }

    private static String kindName(Layout l) {
        return l.type != null ? l.type.toString() : l.kind.name().toLowerCase();
    }
}
