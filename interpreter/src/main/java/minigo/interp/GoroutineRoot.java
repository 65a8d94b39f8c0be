package minigo.interp;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The bottom frame of every goroutine but the first: calls the go statement's function. Goroutines
 * run as continuations stacked on goroutine 1's thread, so a stack walk from inside one goes on
 * into the frames below it; this root marks where one goroutine's frames end (Go's goexit frame).
 */
public final class GoroutineRoot extends RootNode {
    GoroutineRoot(GoLanguage lang) {
        super(lang);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        ((Deferred) frame.getArguments()[0]).invoke();
        return null;
    }

    @Override
    public String getName() {
        return "goexit";
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
