package minigo.types;

import java.util.List;

/**
 * Sizes and alignments of Go types on amd64, as gc lays them out: words of 8 bytes; string 16, slice
 * 24, interface 16, map/chan/func/pointer 8; complex128 16 (align 8), complex64 8 (align 4); arrays
 * size n*elem; structs laid out in order with each field at its alignment, the struct's size rounded up
 * to its alignment, and a final zero-size field followed by one byte of padding (so that a pointer to
 * it does not point past the object).
 */
public final class Sizes {
    public static final Sizes AMD64 = new Sizes();
    private static final long WORD = 8;
    private static final long MAX_ALIGN = 8;

    public long alignof(Type t) {
        Type u = t.underlying();
        switch (u) {
            case Array a:
                return alignof(a.elem());
            case Struct s: {
                long max = 1;
                for (Var f : s.fields()) max = Math.max(max, alignof(f.type()));
                return max;
            }
            case Slice s:
                return WORD;
            case Interface i:
                return WORD;
            case Basic b: {
                if (b.isString()) return WORD;
                long sz = sizeof(b);
                if (b.kind() == BasicKind.COMPLEX64) return 4;
                if (b.kind() == BasicKind.COMPLEX128) return 8;
                return Math.max(1, Math.min(sz, MAX_ALIGN));
            }
            default:
                return Math.min(sizeof(u), MAX_ALIGN);
        }
    }

    /** Field offsets of a struct's fields. */
    public long[] offsetsof(List<Var> fields) {
        long[] offs = new long[fields.size()];
        long o = 0;
        for (int i = 0; i < fields.size(); i++) {
            Type ft = fields.get(i).type();
            long a = alignof(ft);
            o = align(o, a);
            offs[i] = o;
            o += sizeof(ft);
        }
        return offs;
    }

    /**
     * unsafe.Offsetof(x.f) for the selection path from x's type base (a struct, or a pointer to one,
     * as any selector derefs it) to f, each field's type mapped by subst (a generic instance's type
     * arguments); -1 when the path goes through an embedded pointer, which Go rejects.
     */
    public long offsetof(Type base, List<Integer> path, java.util.function.UnaryOperator<Type> subst) {
        Type cur = selectorBase(base);
        long off = 0;
        for (int idx : path) {
            if (!(cur.underlying() instanceof Struct st)) return -1;
            off += offsetof(st, idx);
            cur = subst.apply(st.field(idx).type());
        }
        return off;
    }

    /** The struct type a selector x.f measures from: x's type, or what it points to. */
    public static Type selectorBase(Type t) {
        return t.underlying() instanceof Pointer p && p.elem().underlying() instanceof Struct ? p.elem() : t;
    }

    public long offsetof(Struct s, int field) {
        return offsetsof(s.fields())[field];
    }

    public long sizeof(Type t) {
        Type u = t.underlying();
        switch (u) {
            case Basic b: {
                return switch (b.kind()) {
                    case BOOL, INT8, UINT8 -> 1;
                    case INT16, UINT16 -> 2;
                    case INT32, UINT32, FLOAT32 -> 4;
                    case INT64, UINT64, FLOAT64, COMPLEX64, INT, UINT, UINTPTR, UNSAFE_POINTER -> 8;
                    case COMPLEX128, STRING -> 16;
                    default -> 8;
                };
            }
            case Array a: {
                if (a.len() <= 0) return 0;
                return a.len() * sizeof(a.elem());
            }
            case Slice s:
                return 3 * WORD;
            case Struct s: {
                int n = s.numFields();
                if (n == 0) return 0;
                long[] offs = offsetsof(s.fields());
                long last = sizeof(s.field(n - 1).type());
                long size = offs[n - 1] + last;
                if (last == 0 && size > 0) size++; // gc: pad a trailing zero-size field
                return align(size, alignof(s));
            }
            case Interface i:
                return 2 * WORD;
            default:
                return WORD;
        }
    }

    static long align(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
