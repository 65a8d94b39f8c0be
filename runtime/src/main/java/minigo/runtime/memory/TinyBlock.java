package minigo.runtime.memory;

import java.util.Arrays;

/**
 * The contents of one 16-byte tiny block: the several Go objects the tiny
 * allocator packed into it, with their offsets.
 *
 * <p>The block is one slot of a 16-byte noscan span, so the collector sees it
 * as a single object: it stays alive while any of its parts is reachable and
 * is freed as a whole. That is Go's behaviour, and the reason MemStats counts
 * every allocation that did not start a block as freed at once.
 */
public final class TinyBlock {
    private Object[] objects = new Object[4];
    private int[] offsets = new int[4];
    private int count;

    void add(Object obj, int offset) {
        if (count == objects.length) {
            objects = Arrays.copyOf(objects, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        objects[count] = obj;
        offsets[count] = offset;
        count++;
    }

    /** Number of objects packed in this block. */
    public int count() {
        return count;
    }

    public Object object(int i) {
        return objects[i];
    }

    public int offset(int i) {
        return offsets[i];
    }

    /** The object that starts at {@code offset} within the block, or null. */
    public Object objectAt(int offset) {
        // The last object starting at or before the offset contains it.
        Object found = null;
        for (int i = 0; i < count; i++) {
            if (offsets[i] <= offset) {
                found = objects[i];
            }
        }
        return found;
    }
}
