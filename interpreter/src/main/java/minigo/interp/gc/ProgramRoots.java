package minigo.interp.gc;

import minigo.interp.translate.Translator;
import minigo.runtime.gc.PointerVisitor;
import minigo.runtime.gc.RootSource;

/**
 * The roots that are not goroutine stacks: the program's package-level variables (every package's,
 * as Go's data and bss), and what the runtime itself holds (the g objects and the allgs array,
 * timers' functions and channels).
 */
public final class ProgramRoots implements RootSource {
    private final Translator tr;
    private final RuntimeRoots runtime;

    /** What the scheduler and the allocator keep alive on the runtime's behalf. */
    public interface RuntimeRoots {
        void scan(PointerVisitor v);
    }

    public ProgramRoots(Translator tr, RuntimeRoots runtime) {
        this.tr = tr;
        this.runtime = runtime;
    }

    @Override
    public void scanGlobals(PointerVisitor v) {
        tr.scanGlobals(v);
    }

    @Override
    public long globalsScanBytes() {
        return tr.globalsScanBytes();
    }

    @Override
    public void scanRuntimeRoots(PointerVisitor v) {
        runtime.scan(v);
    }
}
