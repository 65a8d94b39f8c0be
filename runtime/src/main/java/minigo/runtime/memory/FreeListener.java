package minigo.runtime.memory;

/**
 * Told about each object the sweeper frees, so that the interpreter can
 * poison the Java object that stood for it (a later use is a collector bug
 * and must stop the program loudly). The runtime itself only forgets the
 * reference, so the JVM can reclaim it.
 *
 * <p>Called by whichever thread sweeps (possibly with an mcentral's lock
 * held): it must be quick and must not allocate Go memory or block.
 */
@FunctionalInterface
public interface FreeListener {
    /**
     * @param obj  the object recorded by {@code mallocgc} (for a tiny block: each object packed in it)
     * @param addr its simulated address
     */
    void freed(Object obj, long addr);

    FreeListener NONE = (obj, addr) -> { };
}
