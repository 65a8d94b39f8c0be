package minigo.interp.values;

/**
 * A Go slice value: a window {@code [off, off+len)} with capacity {@code cap} on a backing
 * {@link GoArray}. Immutable, like the slice header Go copies around; the nil slice is Java null.
 * Elements are the backing array's locations (struct and array elements are objects that pointers
 * may refer to). All operations check Go's bounds and panic with Go's messages.
 */
public final class GoSlice {
    public final GoArray array;
    public final int off;
    public final int len;
    public final int cap;

    public GoSlice(GoArray array, int off, int len, int cap) {
        this.array = array;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }

    /** A slice of the whole array. */
    public static GoSlice of(GoArray a) {
        return new GoSlice(a, 0, a.length, a.length);
    }

    /** {@code make([]T, len, cap)} with Go's checks (len first, then cap). */
    public static GoSlice make(Layout elem, long len, long cap) {
        long max = maxElems(elem);
        if (len < 0 || len > max) {
            throw GoPanic.of(ErrorString.MAKESLICE_LEN);
        }
        if (cap < len || cap > max) {
            throw GoPanic.of(ErrorString.MAKESLICE_CAP);
        }
        return new GoSlice(new GoArray(elem, (int) cap), 0, (int) len, (int) cap);
    }

    public static GoSlice make(Layout elem, long len) {
        if (len < 0 || len > maxElems(elem)) {
            throw GoPanic.of(ErrorString.MAKESLICE_LEN);
        }
        return new GoSlice(new GoArray(elem, (int) len), 0, (int) len, (int) len);
    }

    /** Largest element count we can allocate: Go's maxAlloc (2^48 bytes) or Java's array limit. */
    private static long maxElems(Layout elem) {
        long byGo = elem.size == 0 ? Long.MAX_VALUE : (1L << 48) / elem.size;
        return Math.min(byGo, Integer.MAX_VALUE - 8);
    }

    public static int len(GoSlice s) {
        return s == null ? 0 : s.len;
    }

    public static int cap(GoSlice s) {
        return s == null ? 0 : s.cap;
    }

    // ---- element access ----

    /** Checks {@code 0 <= i < len} (Go's index check, i of a signed type) and returns the array index. */
    public int at(long i) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw GoPanic.of(BoundsError.index(i, len));
        }
        return off + (int) i;
    }

    /** {@link #at(long)} for an index of an unsigned type. */
    public int atUnsigned(long i) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw GoPanic.of(BoundsError.indexUnsigned(i, len));
        }
        return off + (int) i;
    }

    /** Index check for a nil slice too (it has length 0). */
    public static int at(GoSlice s, long i) {
        if (s == null) {
            throw GoPanic.of(BoundsError.index(i, 0));
        }
        return s.at(i);
    }

    public long getLong(long i) {
        return array.getLong(at(i));
    }

    public void setLong(long i, long v) {
        array.setLong(at(i), v);
    }

    public double getDouble(long i) {
        return array.doubles[at(i)];
    }

    public void setDouble(long i, double v) {
        array.doubles[at(i)] = v;
    }

    public boolean getBool(long i) {
        return array.bools[at(i)];
    }

    public void setBool(long i, boolean v) {
        array.bools[at(i)] = v;
    }

    /** A reference element; for struct/array elements the element's own object (a location). */
    public Object getObject(long i) {
        return array.refs[at(i)];
    }

    /** Stores a non-composite reference element. */
    public void setObject(long i, Object v) {
        int at = at(i);
        minigo.interp.gc.WriteBarrier.write(array.refs[at], v);
        array.refs[at] = v;
    }

    /** Element i boxed. */
    public Object load(long i) {
        return array.load(at(i));
    }

    /** Assigns element i from a boxed value, copying into struct/array elements. */
    public void store(long i, Object v) {
        array.store(at(i), v);
    }

    // ---- slicing ----

    /** {@code s[lo:hi]} on a slice (nil gives nil). */
    public static GoSlice slice(GoSlice s, long lo, long hi) {
        return slice(s, lo, hi, false);
    }

    /** The same, for index operands of unsigned types (huge values print unsigned). */
    public static GoSlice slice(GoSlice s, long lo, long hi, boolean unsigned) {
        int cap = cap(s);
        if (Long.compareUnsigned(hi, cap) > 0) {
            throw GoPanic.of(bounds(BoundsError.sliceAcap(hi, cap), unsigned));
        }
        if (Long.compareUnsigned(lo, hi) > 0) {
            throw GoPanic.of(bounds(BoundsError.sliceB(lo, hi), unsigned));
        }
        if (s == null) {
            return null;
        }
        return new GoSlice(s.array, s.off + (int) lo, (int) (hi - lo), s.cap - (int) lo);
    }

    /** {@code s[lo:]}. */
    public static GoSlice sliceFrom(GoSlice s, long lo) {
        return slice(s, lo, len(s));
    }

    /** {@code s[lo:hi:max]} on a slice. */
    public static GoSlice slice3(GoSlice s, long lo, long hi, long max) {
        return slice3(s, lo, hi, max, false);
    }

    /** The same, for index operands of unsigned types (huge values print unsigned). */
    public static GoSlice slice3(GoSlice s, long lo, long hi, long max, boolean unsigned) {
        int cap = cap(s);
        if (Long.compareUnsigned(max, cap) > 0) {
            throw GoPanic.of(bounds(BoundsError.slice3Acap(max, cap), unsigned));
        }
        if (Long.compareUnsigned(hi, max) > 0) {
            throw GoPanic.of(bounds(BoundsError.slice3B(hi, max), unsigned));
        }
        if (Long.compareUnsigned(lo, hi) > 0) {
            throw GoPanic.of(bounds(BoundsError.slice3C(lo, hi), unsigned));
        }
        if (s == null) {
            return null;
        }
        return new GoSlice(s.array, s.off + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code a[lo:hi]} on an array (or *array): never nil. */
    public static GoSlice sliceArray(GoArray a, long lo, long hi) {
        return sliceArray(a, lo, hi, false);
    }

    /** The same, for index operands of unsigned types (huge values print unsigned). */
    public static GoSlice sliceArray(GoArray a, long lo, long hi, boolean unsigned) {
        if (Long.compareUnsigned(hi, a.length) > 0) {
            throw GoPanic.of(bounds(BoundsError.sliceAlen(hi, a.length), unsigned));
        }
        if (Long.compareUnsigned(lo, hi) > 0) {
            throw GoPanic.of(bounds(BoundsError.sliceB(lo, hi), unsigned));
        }
        return new GoSlice(a, (int) lo, (int) (hi - lo), a.length - (int) lo);
    }

    /** {@code a[lo:hi:max]} on an array. */
    public static GoSlice sliceArray3(GoArray a, long lo, long hi, long max) {
        return sliceArray3(a, lo, hi, max, false);
    }

    /** The same, for index operands of unsigned types (huge values print unsigned). */
    public static GoSlice sliceArray3(GoArray a, long lo, long hi, long max, boolean unsigned) {
        if (Long.compareUnsigned(max, a.length) > 0) {
            throw GoPanic.of(bounds(BoundsError.slice3Alen(max, a.length), unsigned));
        }
        if (Long.compareUnsigned(hi, max) > 0) {
            throw GoPanic.of(bounds(BoundsError.slice3B(hi, max), unsigned));
        }
        if (Long.compareUnsigned(lo, hi) > 0) {
            throw GoPanic.of(bounds(BoundsError.slice3C(lo, hi), unsigned));
        }
        return new GoSlice(a, (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    static BoundsError bounds(BoundsError e, boolean unsigned) {
        return unsigned ? e.asUnsigned() : e;
    }

    // ---- append ----

    /**
     * The capacity Go 1.19's growslice picks when a slice of capacity {@code oldCap} must hold
     * {@code needed} elements: double below 256 elements, then grow by about 1.25x plus 192, and
     * finally round the byte size up to the allocator's size class.
     */
    public static long growCap(long elemSize, long oldCap, long needed) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (needed > doublecap) {
            newcap = needed;
        } else {
            final long threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                while (0 < newcap && newcap < needed) {
                    newcap += (newcap + 3 * threshold) / 4;
                }
                if (newcap <= 0) {
                    newcap = needed;
                }
            }
        }
        if (elemSize == 0) {
            return needed;
        }
        if (newcap > (1L << 48) / elemSize || newcap > Integer.MAX_VALUE - 8) {
            throw GoPanic.of(ErrorString.GROWSLICE_CAP);
        }
        long mem = SizeClasses.roundupsize(newcap * elemSize);
        return mem / elemSize;
    }

    /**
     * Makes room for n more elements: the result has length len(s)+n and shares s's array when the
     * capacity suffices, else has a new array (capacity by {@link #growCap}) holding a copy of s.
     * The caller stores the new elements at indices len(s) .. len(s)+n-1 of the result.
     */
    public static GoSlice grow(Layout elem, GoSlice s, int n) {
        int len = len(s);
        long needed = (long) len + n;
        if (needed <= cap(s)) {
            return new GoSlice(s.array, s.off, (int) needed, s.cap);
        }
        return reallocate(elem, s, len, needed);
    }

    /**
     * grow's slow path: a new array. Out of line in compiled code (a call), so that every append
     * site compiles to a capacity test and a slice header; the allocation, the copy and growCap's
     * arithmetic would otherwise be partially evaluated into each one.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static GoSlice reallocate(Layout elem, GoSlice s, int len, long needed) {
        if (needed > Integer.MAX_VALUE - 8) {
            throw GoPanic.of(ErrorString.GROWSLICE_CAP);
        }
        int newCap = (int) growCap(elem.size, cap(s), needed);
        GoArray a = new GoArray(elem, newCap);
        // growslice allocates exactly growsliceBytes (the tiny allocator aligns by it)
        minigo.interp.Heap.alloc(a, minigo.runtime.memory.Malloc.growsliceBytes(newCap, elem.size),
                !elem.hasPointers());
        if (s != null) {
            GoArray.copyRange(s.array, s.off, a, 0, len);
        }
        return new GoSlice(a, 0, (int) needed, newCap);
    }

    public static GoSlice appendLong(Layout elem, GoSlice s, long v) {
        GoSlice r = grow(elem, s, 1);
        r.array.setLong(r.off + r.len - 1, v);
        return r;
    }

    public static GoSlice appendDouble(Layout elem, GoSlice s, double v) {
        GoSlice r = grow(elem, s, 1);
        r.array.doubles[r.off + r.len - 1] = v;
        return r;
    }

    public static GoSlice appendBool(Layout elem, GoSlice s, boolean v) {
        GoSlice r = grow(elem, s, 1);
        r.array.bools[r.off + r.len - 1] = v;
        return r;
    }

    /** Appends a boxed value (copied into the new element when it is a struct or array). */
    public static GoSlice append(Layout elem, GoSlice s, Object v) {
        GoSlice r = grow(elem, s, 1);
        r.array.store(r.off + r.len - 1, v);
        return r;
    }

    /** {@code append(s, t...)}. */
    public static GoSlice appendSlice(Layout elem, GoSlice s, GoSlice t) {
        int n = len(t);
        if (n == 0) {
            return s;
        }
        GoSlice r = grow(elem, s, n);
        GoArray.copyRange(t.array, t.off, r.array, r.off + r.len - n, n);
        return r;
    }

    /** {@code append(b, str...)} for a []byte b. */
    public static GoSlice appendString(GoSlice s, GoString t) {
        int n = t.length();
        if (n == 0) {
            return s;
        }
        GoSlice r = grow(s == null ? Layout.of(ValueKind.UINT8) : s.array.elem, s, n);
        t.copyTo(0, r.array.bytes, r.off + r.len - n, n);
        return r;
    }

    // ---- copy ----

    /** Go's {@code copy(dst, src)}: copies min(len) elements, overlapping ranges allowed. */
    public static int copy(GoSlice dst, GoSlice src) {
        int n = Math.min(len(dst), len(src));
        if (n > 0) {
            GoArray.copyRange(src.array, src.off, dst.array, dst.off, n);
        }
        return n;
    }

    /** {@code copy(dst, str)} for a []byte dst. */
    public static int copyString(GoSlice dst, GoString src) {
        int n = Math.min(len(dst), src.length());
        if (n > 0) {
            src.copyTo(0, dst.array.bytes, dst.off, n);
        }
        return n;
    }

    /** The bytes of a []byte, copied. */
    public byte[] toByteArray() {
        byte[] b = new byte[len];
        System.arraycopy(array.bytes, off, b, 0, len);
        return b;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(array.load(off + i));
        }
        return b.append(']').toString();
    }
}
