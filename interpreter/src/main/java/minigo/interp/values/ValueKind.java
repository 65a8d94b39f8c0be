package minigo.interp.values;

/**
 * The kind of a Go value as far as its Java representation is concerned: which Java type holds it,
 * how it is normalised, compared, hashed and zeroed. The interpreter derives one from each checker
 * type; named types share the kind of their underlying type.
 */
public enum ValueKind {
    BOOL(1),
    INT8(1), INT16(2), INT32(4), INT64(8),
    UINT8(1), UINT16(2), UINT32(4), UINT64(8),
    FLOAT32(4), FLOAT64(8),
    COMPLEX64(8), COMPLEX128(16),
    STRING(16),
    POINTER(8), UNSAFE_POINTER(8), MAP(8), CHAN(8), FUNC(8),
    SLICE(24),
    INTERFACE(16),
    STRUCT(-1), ARRAY(-1);

    /** Go's amd64 size in bytes; -1 for structs and arrays (computed by {@link Layout}). */
    public final int size;

    ValueKind(int size) {
        this.size = size;
    }

    public boolean isInteger() {
        return ordinal() >= INT8.ordinal() && ordinal() <= UINT64.ordinal();
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT8.ordinal() && ordinal() <= UINT64.ordinal();
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    public boolean isComplex() {
        return this == COMPLEX64 || this == COMPLEX128;
    }

    public boolean isComposite() {
        return this == STRUCT || this == ARRAY;
    }

    /** Held in a Java primitive (long, double or boolean) rather than an object reference. */
    public boolean isPrimitive() {
        return this == BOOL || isInteger() || isFloat();
    }

    /** Go's alignment on amd64 for values of this kind (structs and arrays: see Layout). */
    public int align() {
        return switch (this) {
            case COMPLEX64 -> 4;
            case COMPLEX128, STRING, SLICE, INTERFACE -> 8;
            default -> size;
        };
    }
}
