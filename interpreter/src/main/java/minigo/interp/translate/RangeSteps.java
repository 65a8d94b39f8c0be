package minigo.interp.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.Chans;
import minigo.interp.RuntimeErrors;
import minigo.interp.nodes.Locals;
import minigo.interp.nodes.Locals.SlotKind;
import minigo.interp.nodes.StmtNode;
import minigo.interp.nodes.Stmts;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Utf8;
import minigo.types.Type;

/**
 * One iteration step of for-range per kind of range expression. The collection, the position and the
 * length live in frame slots (not in node fields), so the loop is re-entrant and its state is visible
 * to the collector.
 */
final class RangeSteps {
    private RangeSteps() {}

    static Stmts.RangeStep make(int mode, Type xu, int colSlot, int idxSlot, int lenSlot, int kSlot, SlotKind kk, int vSlot, SlotKind vk,
            boolean needValue, StmtNode assignK, StmtNode assignV) {
        return switch (mode) {
            case 0 -> new Indexed(colSlot, idxSlot, lenSlot, kSlot, vSlot, vk, needValue, assignK, assignV,
                    xu instanceof minigo.types.Pointer p && p.elem().underlying() instanceof minigo.types.Array a ? a.len() : 0);
            case 1 -> new Str(colSlot, idxSlot, kSlot, vSlot, assignK, assignV);
            case 2 -> new MapRange(colSlot, kSlot, kk, vSlot, vk, assignK, assignV);
            default -> new ChanRange(colSlot, kSlot, kk, assignK);
        };
    }

    abstract static class Base extends Stmts.RangeStep {
        @Child StmtNode assignK;
        @Child StmtNode assignV;

        Base(StmtNode k, StmtNode v) {
            this.assignK = k;
            this.assignV = v;
        }

        void assign(VirtualFrame f) {
            if (assignK != null) assignK.exec(f);
            if (assignV != null) assignV.exec(f);
        }
    }

    static final class Indexed extends Base {
        final int col, idx, len, k, v;
        final SlotKind vk;
        final boolean needValue;
        /** The length when ranging over a nil *[N]T: N (the indices need no array; the values do). */
        final long nilLen;

        Indexed(int col, int idx, int len, int k, int v, SlotKind vk, boolean needValue, StmtNode ak, StmtNode av, long nilLen) {
            super(ak, av);
            this.nilLen = nilLen;
            this.col = col;
            this.idx = idx;
            this.len = len;
            this.k = k;
            this.v = v;
            this.vk = vk;
            this.needValue = needValue;
        }

        @Override
        public void init(VirtualFrame f) {
            Object c = f.getObjectStatic(col);
            long n;
            if (c instanceof GoSlice s) n = s.len;
            else if (c instanceof GoArray a) n = a.length;
            else if (c == null) n = nilLen;
            else throw new IllegalStateException("range over " + c.getClass());
            f.setLongStatic(len, n);
            f.setLongStatic(idx, -1);
        }

        @Override
        public boolean next(VirtualFrame f) {
            long i = f.getLongStatic(idx) + 1;
            if (i >= f.getLongStatic(len)) return false;
            f.setLongStatic(idx, i);
            f.setLongStatic(k, i);
            if (needValue) {
                Object c = f.getObjectStatic(col);
                GoArray a;
                int at;
                if (c instanceof GoSlice s) {
                    a = s.array;
                    at = s.off + (int) i;
                } else {
                    a = (GoArray) c;
                    at = (int) i;
                }
                switch (vk) {
                    case LONG -> f.setLongStatic(v, a.getLong(at));
                    case DOUBLE -> f.setDoubleStatic(v, a.getDouble(at));
                    case BOOL -> f.setBooleanStatic(v, a.getBool(at));
                    default -> f.setObjectStatic(v, a.getObject(at));
                }
            }
            assign(f);
            return true;
        }
    }

    static final class Str extends Base {
        final int col, pos, k, v;

        Str(int col, int pos, int k, int v, StmtNode ak, StmtNode av) {
            super(ak, av);
            this.col = col;
            this.pos = pos;
            this.k = k;
            this.v = v;
        }

        @Override
        public void init(VirtualFrame f) {
            f.setLongStatic(pos, 0);
        }

        @Override
        public boolean next(VirtualFrame f) {
            GoString s = (GoString) f.getObjectStatic(col);
            int p = (int) f.getLongStatic(pos);
            if (p >= s.length()) return false;
            int d = s.decodeRune(p);
            f.setLongStatic(k, p);
            f.setLongStatic(v, Utf8.rune(d));
            f.setLongStatic(pos, p + Utf8.width(d));
            assign(f);
            return true;
        }
    }

    static final class MapRange extends Base {
        final int col, k, v;
        final SlotKind kk, vk;

        MapRange(int col, int k, SlotKind kk, int v, SlotKind vk, StmtNode ak, StmtNode av) {
            super(ak, av);
            this.col = col;
            this.k = k;
            this.kk = kk;
            this.v = v;
            this.vk = vk;
        }

        @Override
        public void init(VirtualFrame f) {
            f.setObjectStatic(col, GoMap.iterate((GoMap) f.getObjectStatic(col)));
        }

        @Override
        public boolean next(VirtualFrame f) {
            GoMap.Iterator it = (GoMap.Iterator) f.getObjectStatic(col);
            if (!it.next()) return false;
            Locals.store(f, kk, k, it.key());
            Locals.store(f, vk, v, it.value());
            assign(f);
            return true;
        }
    }

    static final class ChanRange extends Base {
        final int col, k;
        final SlotKind kk;

        ChanRange(int col, int k, SlotKind kk, StmtNode ak) {
            super(ak, null);
            this.col = col;
            this.k = k;
            this.kk = kk;
        }

        @Override
        public void init(VirtualFrame f) {}

        @Override
        public boolean next(VirtualFrame f) {
            Object[] r = Chans.recv2(this, f.getObjectStatic(col));
            if (!(Boolean) r[1]) return false;
            Locals.store(f, kk, k, r[0]);
            assign(f);
            // the channel no longer holds the value: once in the loop variable, the temporary must
            // not keep it alive (for x := range c { x = nil } lets it be collected, as in Go)
            if (kk == SlotKind.OBJECT) f.setObjectStatic(k, null);
            return true;
        }
    }

    static RuntimeException unused() {
        return RuntimeErrors.nilDeref();
    }
}
