package minigo.runtime.memory;

/**
 * Accounting for one of the runtime's fixed-size allocators of its own
 * metadata (Go's fixalloc): mspan and mcache structures live off-heap, in
 * 16 KiB chunks, and MemStats reports their use as MSpanInuse/MSpanSys and
 * MCacheInuse/MCacheSys. The Java objects are ordinary; only bytes are counted.
 */
final class FixAlloc {
    static final int CHUNK = 16 << 10;

    private final int size;
    /** Bytes handed out and not freed. */
    long inuse;
    /** Bytes obtained from the OS: whole objects per chunk, the tail of a chunk unused. */
    long sys;
    private long capacity; // objects that fit in the chunks obtained so far

    FixAlloc(int size) {
        this.size = size;
    }

    void alloc() {
        if (inuse + size > capacity * size) {
            long perChunk = CHUNK / size;
            capacity += perChunk;
            sys += perChunk * size;
        }
        inuse += size;
    }

    void free() {
        inuse -= size;
    }
}
