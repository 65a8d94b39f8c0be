package minigo.stdlib.fmt;

import minigo.interp.values.Box;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoFunc;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Pointer;
import minigo.types.Type;

/**
 * The address %p and nested pointers print. Heap objects have their simulated address from the
 * runtime's allocator; objects the allocator never saw (stack variables, values created before the
 * runtime is wired in) get a stable stand-in in the same arena range, derived from their identity.
 * No two runs of Go print the same addresses, so only the shape (0xc000...) matters.
 */
public final class Addresses {
    private Addresses() {}

    private static final long ARENA = 0xc000000000L;

    public static long of(Object v, Type u) {
        if (v == null) {
            return 0;
        }
        long a;
        if (v instanceof GoStruct s) {
            a = s.addr;
        } else if (v instanceof GoArray arr) {
            a = arr.addr;
        } else if (v instanceof Box b) {
            a = b.addr;
        } else if (v instanceof Pointer p) {
            a = p.address();
        } else if (v instanceof GoMap m) {
            a = m.addr;
        } else if (v instanceof GoFunc f) {
            a = f.addr;
        } else if (v instanceof GoSlice s) {
            long base = s.array.addr;
            if (base == 0) {
                base = standIn(s.array);
            }
            return base + s.off * Math.max(s.array.elem.size, 1);
        } else {
            a = 0;
        }
        return a != 0 ? a : standIn(v);
    }

    private static long standIn(Object o) {
        return ARENA + ((System.identityHashCode(o) & 0x3FFFFFFL) << 3);
    }
}
