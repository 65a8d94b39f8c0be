package minigo.runtime.memory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The allocation and free counters ReadMemStats derives most of its numbers
 * from (Go's consistent heapStats). They are bumped by mcaches when they
 * give a span back (the slots they used), by the sweeper (the slots it
 * freed) and by large allocation; all counts are exact once every mcache has
 * been flushed, which ReadMemStats does first.
 */
final class HeapStats {
    final AtomicLongArray smallAllocCount = new AtomicLongArray(SizeClasses.NUM_SIZE_CLASSES);
    final AtomicLongArray smallFreeCount = new AtomicLongArray(SizeClasses.NUM_SIZE_CLASSES);
    final AtomicLong largeAlloc = new AtomicLong();
    final AtomicLong largeAllocCount = new AtomicLong();
    final AtomicLong largeFree = new AtomicLong();
    final AtomicLong largeFreeCount = new AtomicLong();
    /** Tiny allocations that fit into an existing block: counted as both allocated and freed. */
    final AtomicLong tinyAllocCount = new AtomicLong();
}
