package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seams the collector uses: the trigger test after span allocations, assists while marking. */
class GcHooksTest {

    @Test
    void triggerRunsAfterEachNewSpanAndAssistsOnlyWhenEnabled() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        List<String> events = new ArrayList<>();
        h.setGcHooks(new GcHooks() {
            @Override
            public void assist(MCache mc, long size) {
                events.add("assist " + size);
            }

            @Override
            public void spanAllocated(MCache mc, long addr) {
                events.add("span");
            }
        });
        for (int i = 0; i < 129; i++) { // 128 64-byte slots per span: two spans
            Malloc.mallocgc(c, 64, false, i);
        }
        Malloc.mallocgc(c, 40_000, true, "large");
        assertEquals(List.of("span", "span", "span"), events);
        events.clear();
        h.setAssistsEnabled(true);
        Malloc.mallocgc(c, 64, false, "x");
        Malloc.mallocgc(c, 0, false, "zero");
        assertEquals(List.of("assist 64"), events, "zero-sized allocations never reach the GC");
    }

    @Test
    void heapLiveCountsCachedSpansAsFullUntilTheyComeBack() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        Malloc.mallocgc(c, 64, false, "a");
        assertEquals(8192, h.heapLive(), "refill assumes the whole span will be used");
        c.releaseAll();
        assertEquals(64, h.heapLive(), "the unused part is given back");
        Malloc.mallocgc(c, 40_000, true, "large");
        assertEquals(64 + 40960, h.heapLive());
    }

    @Test
    void refillCountsTheSpanTailInHeapLive() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        Malloc.mallocgc(c, 24, false, "a"); // 341 slots of 24 bytes: 8 bytes of tail
        assertEquals(8192, h.heapLive());
        c.releaseAll();
        assertEquals(8192 - 340 * 24, h.heapLive(), "giving back subtracts only the free slots, as Go does");
    }
}
