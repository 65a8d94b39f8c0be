package minigo.types;

import java.util.EnumMap;
import java.util.Map;

/**
 * A predeclared type. There is exactly one Basic object per kind, plus the two alias objects
 * {@link #BYTE} and {@link #RUNE} (kind UINT8 and INT32, but named "byte" and "rune" so that the
 * checker's messages say what the programmer wrote, as types2 does). {@link Types#identical} compares
 * Basic types by kind, so byte and uint8 are the same type.
 */
public final class Basic implements Type {
    private final BasicKind kind;
    private final String name;

    private Basic(BasicKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    private static final Map<BasicKind, Basic> BY_KIND = new EnumMap<>(BasicKind.class);

    private static Basic make(BasicKind k, String name) {
        Basic b = new Basic(k, name);
        BY_KIND.put(k, b);
        return b;
    }

    public static final Basic INVALID = make(BasicKind.INVALID, "invalid type");
    public static final Basic BOOL = make(BasicKind.BOOL, "bool");
    public static final Basic INT = make(BasicKind.INT, "int");
    public static final Basic INT8 = make(BasicKind.INT8, "int8");
    public static final Basic INT16 = make(BasicKind.INT16, "int16");
    public static final Basic INT32 = make(BasicKind.INT32, "int32");
    public static final Basic INT64 = make(BasicKind.INT64, "int64");
    public static final Basic UINT = make(BasicKind.UINT, "uint");
    public static final Basic UINT8 = make(BasicKind.UINT8, "uint8");
    public static final Basic UINT16 = make(BasicKind.UINT16, "uint16");
    public static final Basic UINT32 = make(BasicKind.UINT32, "uint32");
    public static final Basic UINT64 = make(BasicKind.UINT64, "uint64");
    public static final Basic UINTPTR = make(BasicKind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = make(BasicKind.FLOAT32, "float32");
    public static final Basic FLOAT64 = make(BasicKind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = make(BasicKind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = make(BasicKind.COMPLEX128, "complex128");
    public static final Basic STRING = make(BasicKind.STRING, "string");
    public static final Basic UNSAFE_POINTER = make(BasicKind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Basic UNTYPED_BOOL = make(BasicKind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = make(BasicKind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = make(BasicKind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = make(BasicKind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = make(BasicKind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = make(BasicKind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = make(BasicKind.UNTYPED_NIL, "untyped nil");

    /** The alias objects: same kind as uint8/int32, different spelling in messages. */
    public static final Basic BYTE = new Basic(BasicKind.UINT8, "byte");
    public static final Basic RUNE = new Basic(BasicKind.INT32, "rune");

    /** The canonical Basic of a kind (uint8, not byte). */
    public static Basic of(BasicKind kind) {
        return BY_KIND.get(kind);
    }

    public BasicKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public boolean isBoolean() {
        return kind == BasicKind.BOOL || kind == BasicKind.UNTYPED_BOOL;
    }

    public boolean isInteger() {
        return (kind.ordinal() >= BasicKind.INT.ordinal() && kind.ordinal() <= BasicKind.UINTPTR.ordinal())
                || kind == BasicKind.UNTYPED_INT || kind == BasicKind.UNTYPED_RUNE;
    }

    public boolean isUnsigned() {
        return kind.ordinal() >= BasicKind.UINT.ordinal() && kind.ordinal() <= BasicKind.UINTPTR.ordinal();
    }

    public boolean isFloat() {
        return kind == BasicKind.FLOAT32 || kind == BasicKind.FLOAT64 || kind == BasicKind.UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return kind == BasicKind.COMPLEX64 || kind == BasicKind.COMPLEX128 || kind == BasicKind.UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return kind == BasicKind.STRING || kind == BasicKind.UNTYPED_STRING;
    }

    public boolean isUntyped() {
        return kind.isUntyped();
    }

    /** Ordered: integers, floats, strings. */
    public boolean isOrdered() {
        return isInteger() || isFloat() || isString();
    }

    /** Kinds whose values may be constants. */
    public boolean isConstType() {
        return isBoolean() || isNumeric() || isString();
    }

    @Override
    public Type underlying() {
        return this;
    }

    /** As %T prints it: byte and rune are uint8 and int32 at run time. */
    @Override
    public String toString() {
        return this == BYTE ? "uint8" : this == RUNE ? "int32" : name;
    }
}
