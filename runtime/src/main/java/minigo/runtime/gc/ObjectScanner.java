package minigo.runtime.gc;

/**
 * Type-directed scanning of the interpreter's values (Go's heap bitmap and scanobject, turned
 * inside out: the value classes know their own pointer fields). Implemented by the interpreter
 * once, dispatching on the value class (GoStruct, GoArray, GoMap, Box, GoFunc, Iface, ...).
 *
 * <p>Both methods are called on collector threads and on mutator threads (assists, write
 * barriers) while the program runs; they must only read, must not allocate Go memory, block, or
 * take locks the program may hold.
 */
public interface ObjectScanner {
    /**
     * The simulated heap address {@code mallocgc} gave {@code obj}, or 0 when {@code obj} is not
     * a heap object (a stack object, an interior value, an immutable value with no identity).
     */
    long addressOf(Object obj);

    /**
     * Reports to {@code v} every reference {@code obj} holds (see {@link PointerVisitor} for
     * what counts). Returns Go's scan work for the object: the bytes from its start through its
     * last pointer word (its type's ptrdata; for an array, (len-1)*elemSize + elem ptrdata),
     * or 0 for a value without pointers. Objects the allocator was told are noscan are never
     * passed here.
     */
    long scan(Object obj, PointerVisitor v);
}
