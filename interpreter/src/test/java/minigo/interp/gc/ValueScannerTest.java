package minigo.interp.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import minigo.interp.values.Box;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.runtime.gc.GcFatalError;
import org.junit.jupiter.api.Test;

class ValueScannerTest {
    static final Layout INT = Layout.of(ValueKind.INT64);
    static final Layout PTR = Layout.of(ValueKind.POINTER);
    /** struct { a int; p *T; b int } : Go's ptrdata is 16 (through p). */
    static final Layout INNER = Layout.struct(new String[] {"a", "p", "b"}, new Layout[] {INT, PTR, INT}, null);
    /** struct { n int; in inner; q *T } */
    static final Layout OUTER = Layout.struct(new String[] {"n", "in", "q"}, new Layout[] {INT, INNER, PTR}, null);

    @Test
    void ptrdataIsGosScanWork() {
        assertEquals(16, INNER.ptrdata());
        assertEquals(8 + 24 + 8, OUTER.ptrdata());
        assertEquals(0, Layout.struct(new String[] {"x"}, new Layout[] {INT}, null).ptrdata());
        assertEquals(2 * 24 + 16, Layout.array(INNER, 3).ptrdata());
    }

    @Test
    void nestedStructsAreScannedWithTheirObjectNotVisited() {
        GoStruct o = new GoStruct(OUTER);
        Box target1 = new Box.RefBox(null);
        Box target2 = new Box.RefBox(null);
        ((GoStruct) o.getObject(1)).setObject(1, target1);
        o.setObject(2, target2);
        List<Object> seen = new ArrayList<>();
        long work = ValueScanner.INSTANCE.scan(o, seen::add);
        assertEquals(List.of(target1, target2), seen);
        assertEquals(OUTER.ptrdata(), work);
    }

    @Test
    void aPoisonedObjectFoundByAMarkIsFatal() {
        GoStruct s = new GoStruct(INNER);
        s.addr = 0xc000012340L;
        assertEquals(0xc000012340L, ValueScanner.INSTANCE.addressOf(s));
        s.poison(s.addr, 3);
        GcFatalError e = assertThrows(GcFatalError.class, () -> ValueScanner.INSTANCE.addressOf(s));
        assertEquals("runtime: object 0xc000012340 (struct) used after GC cycle 3 freed it\nfatal error: found pointer to free object",
                e.getMessage().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void pinsReleaseWhatAStatementPinned() {
        Pins saved = Pins.current;
        try {
            Pins p = new Pins();
            Pins.current = p;
            Object kept = new Object();
            Pins.pin(kept);
            int mark = Pins.mark();
            Pins.pin(new Object());
            Pins.pin(new Object());
            assertEquals(3, p.size());
            Pins.release(mark);
            List<Object> left = new ArrayList<>();
            p.scan(left::add);
            assertEquals(1, left.size());
            assertSame(kept, left.get(0));
        } finally {
            Pins.current = saved;
        }
    }
}
