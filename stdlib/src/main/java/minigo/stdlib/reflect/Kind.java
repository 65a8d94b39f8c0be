package minigo.stdlib.reflect;

import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.Chan;
import minigo.types.Interface;
import minigo.types.MapType;
import minigo.types.Signature;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Type;

/** Go's reflect.Kind: the constant of each kind is its ordinal here, in Go's order. */
enum Kind {
    INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRING,
    STRUCT, UNSAFE_POINTER;

    /** The kind of a checker type: its underlying type's constructor, or the basic type. */
    static Kind of(Type t) {
        return switch (t.underlying()) {
            case Basic b -> switch (b.kind()) {
                case BOOL -> BOOL;
                case INT -> INT;
                case INT8 -> INT8;
                case INT16 -> INT16;
                case INT32 -> INT32;
                case INT64 -> INT64;
                case UINT -> UINT;
                case UINT8 -> UINT8;
                case UINT16 -> UINT16;
                case UINT32 -> UINT32;
                case UINT64 -> UINT64;
                case UINTPTR -> UINTPTR;
                case FLOAT32 -> FLOAT32;
                case FLOAT64 -> FLOAT64;
                case COMPLEX64 -> COMPLEX64;
                case COMPLEX128 -> COMPLEX128;
                case STRING -> STRING;
                case UNSAFE_POINTER -> UNSAFE_POINTER;
                default -> INVALID;
            };
            case Array a -> ARRAY;
            case Chan c -> CHAN;
            case Signature s -> FUNC;
            case Interface i -> INTERFACE;
            case MapType m -> MAP;
            case minigo.types.Pointer p -> POINTER;
            case Slice s -> SLICE;
            case Struct s -> STRUCT;
            default -> INVALID;
        };
    }

    /** Whether values of this kind are GoStruct or GoArray objects, each its own location. */
    boolean isComposite() {
        return this == ARRAY || this == STRUCT;
    }
}
