package minigo.interp;

import minigo.interp.translate.TypeUtil;
import minigo.types.Type;

/**
 * The single entry point of every heap allocation the interpreter makes on behalf of Go code
 * (new, &T{}, escaping variables, make, append growth, closures, interface boxing). Today it only
 * passes the object through; the runtime's mallocgc will assign it a simulated address and account
 * it here, so that no allocation site needs to change.
 */
public final class Heap {
    private Heap() {}

    public static <T> T alloc(T object, long size) {
        return object;
    }

    /** Go's amd64 size of a value of type t. */
    public static long sizeOf(Type t) {
        try {
            return TypeUtil.layout(t).size;
        } catch (RuntimeException e) {
            return 8;
        }
    }
}
