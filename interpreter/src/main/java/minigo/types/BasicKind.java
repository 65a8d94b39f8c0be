package minigo.types;

/** The kinds of {@link Basic} types, in go/types' order. byte and rune are aliases of UINT8 and INT32. */
public enum BasicKind {
    INVALID,
    BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
    UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL;

    public boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal();
    }
}
