package minigo.interp.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import minigo.interp.Heap;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.StmtNode;
import minigo.interp.values.BoundsError;
import minigo.interp.values.Equality;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Layout;

/** Composite literals, copies into locations, and == on composite and reference values. */
final class Composites {
    private Composites() {}

    static boolean equal(Layout l, Object a, Object b) {
        return Equality.equal(l, a, b);
    }

    static StmtNode copyInto(ExprNode dst, ExprNode src) {
        return new StmtNode() {
            @Child ExprNode d = dst;
            @Child ExprNode s = src;

            @Override
            public void exec(VirtualFrame f) {
                Object to = d.execute(f);
                Object from = s.execute(f);
                Boxes.copyInto(to, from);
            }
        };
    }

    static ExprNode structLit(Layout layout, int[] fields, ExprNode[] vals) {
        return new ExprNode() {
            @Children final ExprNode[] v = vals;

            @Override
            @ExplodeLoop
            public Object execute(VirtualFrame f) {
                GoStruct s = new GoStruct(layout);
                for (int i = 0; i < v.length; i++) {
                    s.store(fields[i], v[i].execute(f));
                }
                return s;
            }
        };
    }

    static ExprNode arrayLit(Layout elem, int len, long[] idx, ExprNode[] vals, boolean slice, long size) {
        return arrayLit(elem, len, idx, vals, slice, size, true);
    }

    /** heap: the slice literal's backing array escapes (else it lives on the stack). */
    static ExprNode arrayLit(Layout elem, int len, long[] idx, ExprNode[] vals, boolean slice, long size, boolean heap) {
        boolean noscan = !Heap.hasPointers(elem);
        return new ExprNode() {
            @Children final ExprNode[] v = vals;

            @Override
            @ExplodeLoop
            public Object execute(VirtualFrame f) {
                GoArray a = new GoArray(elem, len);
                for (int i = 0; i < v.length; i++) {
                    a.store((int) idx[i], v[i].execute(f));
                }
                if (slice) return new GoSlice(heap ? Heap.alloc(a, size, noscan) : a, 0, len, len);
                return a;
            }
        };
    }

    static ExprNode sliceOf(Layout elem, ExprNode[] vals, long elemSize) {
        long[] idx = new long[vals.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        return arrayLit(elem, vals.length, idx, vals, true, elemSize * vals.length);
    }

    static ExprNode mapLit(Layout kl, Layout vl, ExprNode[] ks, ExprNode[] vs) {
        return mapLit(kl, vl, ks, vs, true);
    }

    static ExprNode mapLit(Layout kl, Layout vl, ExprNode[] ks, ExprNode[] vs, boolean heap) {
        return new ExprNode() {
            @Children final ExprNode[] k = ks;
            @Children final ExprNode[] v = vs;

            @Override
            @ExplodeLoop
            public Object execute(VirtualFrame f) {
                GoMap m = Heap.makemap(new GoMap(kl, vl, k.length), kl, vl, k.length, heap);
                for (int i = 0; i < k.length; i++) {
                    m.put(k[i].execute(f), v[i].execute(f));
                }
                return m;
            }
        };
    }

    /** (*[N]T)(s): the slice's array when it starts at 0 and has exactly N elements, else a copy (aliasing is lost). */
    static Object sliceToArrayPtr(GoSlice s, long n) {
        int len = GoSlice.len(s);
        if (len < n) throw GoPanic.of(BoundsError.convert(len, n));
        if (s == null) return null;
        if (s.off == 0 && s.array.length == n) return s.array;
        GoArray a = new GoArray(s.array.elem, (int) n);
        GoArray.copyRange(s.array, s.off, a, 0, (int) n);
        return a;
    }
}
