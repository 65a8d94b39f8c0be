package minigo.stdlib.reflect;

import minigo.interp.Heap;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.GoSlice;
import minigo.types.Slice;
import minigo.types.Type;

/**
 * The values reflect makes that Go allocates on the heap (MakeSlice, MakeMap, MakeChan, Append's
 * growth, a variadic call's argument slice): allocated through {@link Heap} like the interpreter's
 * own make, so MemStats counts them as Go's would.
 */
final class Makes {
    private Makes() {}

    /** make(sliceType, len, cap), on the heap; the caller has checked len and cap. */
    static GoSlice slice(Type sliceType, long len, long cap) {
        Type elem = ((Slice) sliceType.underlying()).elem();
        GoSlice s = GoSlice.make(DynamicTypes.layout(elem), len, cap);
        Heap.alloc(s.array, Heap.sizeOf(elem) * s.cap, !Heap.hasPointers(elem));
        return s;
    }
}
