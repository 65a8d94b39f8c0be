package minigo.runtime.memory;

/**
 * The allocator's entry point (Go's mallocgc) and the size arithmetic the
 * interpreter needs to allocate like Go: {@link #roundupsize} and
 * {@link #growsliceCap}.
 *
 * <table>
 *   <caption>Where an allocation of {@code size} bytes goes</caption>
 *   <tr><th>size</th><th>noscan</th><th>path</th><th>Mallocs / TotalAlloc</th></tr>
 *   <tr><td>0</td><td>any</td><td>{@link #ZEROBASE}, nothing allocated</td><td>0 / 0</td></tr>
 *   <tr><td>1..15</td><td>yes</td><td>tiny: packed into the P's current 16-byte block,
 *       aligned to 8, 4 or 2 if size is a multiple of it</td><td>+1 / +16 only when a new block is taken</td></tr>
 *   <tr><td>1..32768</td><td>(else)</td><td>a slot of the size class's span in the P's mcache</td><td>+1 / +class size</td></tr>
 *   <tr><td>&gt; 32768</td><td>any</td><td>large: a span of its own straight from mheap</td><td>+1 / +pages*8192</td></tr>
 * </table>
 */
public final class Malloc {
    private Malloc() {}

    /** Objects below this size without pointers go to the tiny allocator. */
    public static final int MAX_TINY_SIZE = 16;
    /**
     * The address of every zero-sized allocation (Go's runtime.zerobase, a
     * variable in the data segment, outside the heap).
     */
    public static final long ZEROBASE = 0x5a7be0L;

    /**
     * Allocates a Go object of {@code size} bytes and returns its simulated
     * address. {@code noscan}: the object holds no pointers. {@code obj} is
     * the Java object standing for it, recorded in the slot so the sweeper can
     * report it when it is freed (null is allowed: nothing to report).
     *
     * @param c the mcache of the P the calling goroutine holds
     */
    public static long mallocgc(MCache c, long size, boolean noscan, Object obj) {
        if (size == 0) {
            return ZEROBASE;
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative allocation size " + size);
        }
        MHeap h = c.heap;
        if (h.assistsEnabled) {
            h.hooks.assist(c, size);
        }
        long x;
        if (size > SizeClasses.MAX_SMALL_SIZE) {
            x = largeAlloc(c, size, noscan, obj);
            c.shouldHelpGC = true;
        } else if (noscan && size < MAX_TINY_SIZE) {
            x = tinyAlloc(c, (int) size, obj);
        } else {
            int spc = SpanClass.make(SizeClasses.sizeToClass(size), noscan);
            MSpan s = c.nextFree(spc);
            int i = c.lastIndex;
            s.objects[i] = obj;
            if (h.allocBlack) {
                s.setMarked(i);
            }
            x = s.slotAddr(i);
        }
        if (c.shouldHelpGC) {
            c.shouldHelpGC = false;
            h.hooks.spanAllocated(c, x);
        }
        return x;
    }

    /**
     * The tiny allocator: packs noscan objects smaller than 16 bytes into the
     * P's current 16-byte block. Returns the address (block base + offset).
     */
    static long tinyAlloc(MCache c, int size, Object obj) {
        int off = c.tinyoffset;
        // Align the object as its size suggests it needs: a multiple of 8 may hold
        // an 8-byte word, of 4 a 4-byte one, of 2 a 2-byte one.
        if ((size & 7) == 0) {
            off = (off + 7) & ~7;
        } else if ((size & 3) == 0) {
            off = (off + 3) & ~3;
        } else if ((size & 1) == 0) {
            off = (off + 1) & ~1;
        }
        if (off + size <= MAX_TINY_SIZE && c.tiny != 0) {
            // Fits into the current block.
            long x = c.tiny + off;
            c.tinyoffset = off + size;
            c.tinyAllocs++;
            c.tinyBlock.add(obj, off);
            return x;
        }
        // A new block.
        MSpan s = c.nextFree(SpanClass.TINY_SPAN_CLASS);
        int i = c.lastIndex;
        TinyBlock block = new TinyBlock();
        block.add(obj, 0);
        s.objects[i] = block;
        if (c.heap.allocBlack) {
            s.setMarked(i);
        }
        long x = s.slotAddr(i);
        // Keep whichever block has more room left: the new one if this object
        // leaves more of it free than the old block has.
        if (size < c.tinyoffset || c.tiny == 0) {
            c.tiny = x;
            c.tinyoffset = size;
            c.tinyBlock = block;
        }
        return x;
    }

    /**
     * A large object (over 32 KiB): its own span of whole pages, straight from
     * mheap (mallocgc sends sizes over 32 KiB here).
     */
    static long largeAlloc(MCache c, long size, boolean noscan, Object obj) {
        MHeap h = c.heap;
        long npages = (size + MHeap.PAGE_SIZE - 1) >>> MHeap.PAGE_SHIFT;
        if (npages > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("runtime: out of memory: cannot allocate " + size + "-byte block");
        }
        int spc = SpanClass.make(0, noscan);
        MSpan s = h.allocSpan((int) npages, spc);
        s.freeindex = 1;
        s.allocCount = 1;
        s.objects[0] = obj;
        if (h.allocBlack) {
            s.setMarked(0);
        }
        h.central[spc].pushFull(s, h.sweepgen);
        h.stats.largeAlloc.addAndGet(s.elemsize);
        h.stats.largeAllocCount.incrementAndGet();
        h.addHeapLive(s.elemsize);
        return s.base();
    }

    /**
     * The size mallocgc will actually use for a request of {@code size}
     * bytes: the size class's size, or whole pages for a large object. (The
     * tiny allocator is not reflected: append and []byte(s) use this to pick
     * capacities, exactly as Go's roundupsize.)
     */
    public static long roundupsize(long size) {
        if (size < SizeClasses.MAX_SMALL_SIZE) {
            return SizeClasses.classToSize(SizeClasses.sizeToClass(size));
        }
        if (size + MHeap.PAGE_SIZE < size) {
            return size;
        }
        return (size + MHeap.PAGE_SIZE - 1) & ~((long) MHeap.PAGE_SIZE - 1);
    }

    /**
     * Go 1.19's growslice capacity rule: the capacity append gives a slice of
     * elements of {@code elemSize} bytes and capacity {@code oldCap} that must
     * hold {@code newLen} elements. Doubles below 256 elements, then grows by
     * (cap + 768) / 4 per step (a smooth change from 2x to 1.25x), then rounds
     * the byte size up to the allocator's size (so no slot space is wasted).
     * The new array must then be allocated with exactly
     * {@link #growsliceBytes} bytes (not newCap * elemSize), as Go does: the
     * tiny allocator aligns by that size.
     */
    public static long growsliceCap(long oldCap, long newLen, long elemSize) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (newLen > doublecap) {
            newcap = newLen;
        } else {
            final long threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                // Check 0 < newcap to detect overflow and prevent an infinite loop.
                while (0 < newcap && newcap < newLen) {
                    newcap += (newcap + 3 * threshold) / 4;
                }
                if (newcap <= 0) {
                    newcap = newLen;
                }
            }
        }
        if (elemSize == 0) {
            // Zero-sized elements: nothing is allocated and the capacity is what was asked.
            return newLen;
        }
        return roundupsize(newcap * elemSize) / elemSize;
    }

    /** Bytes growslice allocates for the capacity {@link #growsliceCap} chose. */
    public static long growsliceBytes(long newCap, long elemSize) {
        return roundupsize(newCap * elemSize);
    }
}
