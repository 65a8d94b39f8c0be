package minigo.interp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoStructTest {
    static final Layout I8 = Layout.of(ValueKind.INT8);
    static final Layout I16 = Layout.of(ValueKind.INT16);
    static final Layout I32 = Layout.of(ValueKind.INT32);
    static final Layout I64 = Layout.of(ValueKind.INT64);
    static final Layout F64 = Layout.of(ValueKind.FLOAT64);
    static final Layout STR = Layout.of(ValueKind.STRING);
    static final Layout BOOL = Layout.of(ValueKind.BOOL);
    static final Layout PTR = Layout.of(ValueKind.POINTER);
    static final Layout EMPTY = Layout.struct();

    @Test
    void sizesAndOffsetsMatchGoAmd64() {
        // unsafe.Sizeof/Offsetof from go1.19 (src/test/go comment: see GoStructTest)
        assertEquals(24, Layout.struct(I8, I64, I8).size);
        assertEquals(2, Layout.struct(I8, EMPTY).size);
        Layout c = Layout.struct(I32, STR, BOOL, Layout.of(ValueKind.COMPLEX64), Layout.array(I16, 3));
        assertEquals(48, c.size);
        assertEquals(8, c.offset(1));
        assertEquals(24, c.offset(2));
        assertEquals(28, c.offset(3));
        assertEquals(36, c.offset(4));
        assertEquals(8, c.align);
        assertEquals(48, Layout.struct(Layout.of(ValueKind.SLICE), Layout.of(ValueKind.INTERFACE), Layout.of(ValueKind.FLOAT32)).size);
        assertEquals(0, EMPTY.size);
        assertEquals(4, Layout.struct(EMPTY, I32).size);
        assertEquals(16, Layout.struct(I32, Layout.array(I64, 0)).size);
    }

    @Test
    void zeroValuesAndTypedAccess() {
        Layout l = Layout.struct(I64, F64, BOOL, STR, PTR);
        GoStruct s = new GoStruct(l);
        assertEquals(0, s.getLong(0));
        assertEquals(0.0, s.getDouble(1));
        assertFalse(s.getBool(2));
        assertSame(GoString.EMPTY, s.getObject(3));
        assertNull(s.getObject(4));
        s.setLong(0, -5);
        s.setDouble(1, 2.5);
        s.setBool(2, true);
        assertEquals(-5, s.getLong(0));
        assertEquals(2.5, s.getDouble(1));
        assertTrue(s.getBool(2));
        assertEquals(-5L, s.load(0));
        s.store(1, 1.25);
        assertEquals(1.25, s.getDoubleAt(l.slot(1)));
    }

    @Test
    void copyIsDeepForNestedValuesAndShallowForPointers() {
        Layout inner = Layout.struct(I64);
        Layout outer = Layout.struct(inner, Layout.array(I64, 2), PTR);
        GoStruct target = new GoStruct(inner);
        GoStruct a = new GoStruct(outer);
        ((GoStruct) a.getObject(0)).setLong(0, 1);
        ((GoArray) a.getObject(1)).setLong(1, 2);
        a.setObject(2, target);
        GoStruct b = a.copy();
        assertNotSame(a.getObject(0), b.getObject(0));
        assertNotSame(a.getObject(1), b.getObject(1));
        assertSame(target, b.getObject(2), "a pointer field is copied as a pointer");
        assertTrue(a.goEquals(b));
        ((GoStruct) b.getObject(0)).setLong(0, 7);
        assertEquals(1, ((GoStruct) a.getObject(0)).getLong(0));
        assertFalse(a.goEquals(b));

        // copyFrom keeps the destination's nested objects (pointers to them stay valid)
        Object nested = a.getObject(0);
        a.copyFrom(b);
        assertSame(nested, a.getObject(0));
        assertEquals(7, ((GoStruct) a.getObject(0)).getLong(0));
        assertSame(target, a.getObject(2));
        assertTrue(a.goEquals(b));
        assertEquals(a.goHash(), b.goHash());
    }

    @Test
    void floatFieldsCompareAsGo() {
        Layout l = Layout.struct(F64);
        GoStruct a = new GoStruct(l);
        GoStruct b = new GoStruct(l);
        a.setDouble(0, 0.0);
        b.setDouble(0, -0.0);
        assertTrue(a.goEquals(b));
        assertEquals(a.goHash(), b.goHash());
        a.setDouble(0, Double.NaN);
        b.setDouble(0, Double.NaN);
        assertFalse(a.goEquals(b));
        assertFalse(a.goEquals(a), "NaN != NaN even in the same struct");
    }

    @Test
    void pointersToFieldsAndElements() {
        Layout l = Layout.struct(I64, STR);
        GoStruct s = new GoStruct(l);
        FieldPointer p = new FieldPointer(s, 0);
        p.storeLong(42);
        assertEquals(42, s.getLong(0));
        assertEquals(p, new FieldPointer(s, 0));
        assertFalse(p.equals(new FieldPointer(s, 1)));
        assertTrue(Equality.samePointer(p, new FieldPointer(s, 0)));
        GoArray a = new GoArray(Layout.of(ValueKind.UINT8), 4);
        ElemPointer e = new ElemPointer(a, 2);
        e.storeLong(300);
        assertEquals(44, a.getLong(2), "stores truncate to the element width");
        GoArray signed = new GoArray(I8, 1);
        signed.setLong(0, 200);
        assertEquals(-56, signed.getLong(0));
        Box.LongBox box = new Box.LongBox(1);
        assertFalse(Equality.samePointer(box, new Box.LongBox(1)));
        assertTrue(Equality.samePointer(box, box));
    }

    @Test
    void arraysCopyAndCompare() {
        Layout pt = Layout.struct(I64, I64);
        GoArray a = new GoArray(pt, 3);
        ((GoStruct) a.getObject(1)).setLong(0, 5);
        GoArray b = a.copy();
        assertTrue(a.goEquals(b));
        assertNotSame(a.getObject(1), b.getObject(1));
        ((GoStruct) b.getObject(1)).setLong(1, 6);
        assertFalse(a.goEquals(b));
        Object elem = a.getObject(1);
        a.copyFrom(b);
        assertSame(elem, a.getObject(1));
        assertTrue(a.goEquals(b));
        GoArray strs = new GoArray(STR, 2);
        assertSame(GoString.EMPTY, strs.getObject(0));
    }
}
