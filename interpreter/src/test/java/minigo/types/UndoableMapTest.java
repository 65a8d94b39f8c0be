package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's trial checks: puts since a mark are undone, and nothing else changes. */
class UndoableMapTest {
    @Test
    void undoRestoresOldValuesAndRemovesNewKeys() {
        UndoableMap<String, Integer> m = new UndoableMap<>();
        String a = "a", b = "b", c = "c";
        m.put(a, 1);
        int mark = m.mark();
        m.put(a, 2);
        m.put(b, 3);
        m.put(b, 4);
        int inner = m.mark();
        m.put(c, 5);
        assertEquals(List.of(c), m.undo(inner));
        assertFalse(m.containsKey(c));
        assertEquals(4, m.get(b));
        m.put(c, 6);
        assertEquals(List.of(c, b), m.undo(mark));
        assertEquals(1, m.get(a));
        assertEquals(1, m.size());
        m.put(b, 7); // no mark open: not recorded
        assertEquals(7, m.get(b));
    }
}
