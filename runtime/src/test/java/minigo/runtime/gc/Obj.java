package minigo.runtime.gc;

/**
 * A synthetic Go heap object for the collector's tests: pointer fields (refs) and, like the
 * interpreter's values, its heap address and a poisoned state. Reading a field of a freed object
 * fails loudly, as the interpreter's values do under clobberfree.
 */
final class Obj implements Poisonable {
    final String name;
    final Object[] refs;
    final long size;
    long addr;
    int freedInCycle = -1;

    Obj(String name, int nrefs, long size) {
        this.name = name;
        this.refs = new Object[nrefs];
        this.size = size;
    }

    Object get(int i) {
        check();
        return refs[i];
    }

    void set(int i, Object v) {
        check();
        refs[i] = v;
    }

    void check() {
        if (freedInCycle >= 0) {
            throw new GcFatalError(Poisonable.useAfterFree(addr, "*" + name, freedInCycle));
        }
    }

    boolean freed() {
        return freedInCycle >= 0;
    }

    @Override
    public void poison(long a, int cycle) {
        if (a != addr) {
            throw new AssertionError("poisoned at " + a + " but lives at " + addr);
        }
        freedInCycle = cycle;
    }

    @Override
    public String toString() {
        return name + String.format("@0x%x", addr);
    }

    /** The scanner of these objects: refs in order; ptrdata = all pointer words. */
    static final ObjectScanner SCANNER = new ObjectScanner() {
        @Override
        public long addressOf(Object o) {
            return o instanceof Obj ob ? ob.addr : 0;
        }

        @Override
        public long scan(Object o, PointerVisitor v) {
            if (o instanceof Obj ob) {
                for (Object r : ob.refs) {
                    v.visit(r);
                }
                return 8L * ob.refs.length;
            }
            if (o instanceof Object[] arr) { // an addressless value holding references (a stack frame's box)
                for (Object r : arr) {
                    v.visit(r);
                }
            }
            return 0;
        }
    };
}
