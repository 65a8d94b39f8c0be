package minigo.runtime.gc;

/**
 * A value class whose instances stand for Go heap objects and can be poisoned when the sweeper
 * frees them (GODEBUG=clobberfree=1, and always in the collector's tests). A poisoned object
 * must fail every later read or write with {@link #useAfterFree}'s error: reaching one means the
 * collector freed something the program could still reach, a collector bug that must stop the
 * program loudly rather than let it read stale data.
 */
public interface Poisonable {
    /** Marks this object freed: {@code addr} is its heap address, {@code cycle} the GC cycle that freed it. */
    void poison(long addr, int cycle);

    /**
     * The fatal error for touching a freed object, in Go's style (two lines, as Go's runtime prints
     * a "runtime:" detail line before {@code fatal error:}):
     * <pre>
     * runtime: object 0xc000012340 (*main.node) used after GC cycle 3 freed it
     * fatal error: found pointer to free object
     * </pre>
     * The interpreter prints this and exits with status 2, as for every fatal error.
     */
    static String useAfterFree(long addr, String typeName, int cycle) {
        return String.format("runtime: object 0x%x (%s) used after GC cycle %d freed it%nfatal error: found pointer to free object",
                addr, typeName, cycle);
    }
}
