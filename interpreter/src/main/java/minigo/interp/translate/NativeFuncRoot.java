package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.Arrays;
import minigo.interp.GoLanguage;
import minigo.interp.natives.NativeFunction;

/**
 * The code of a func value a native makes at run time (reflect's method values and MakeFunc):
 * calling it runs the native on the arguments. Like the wrappers Go generates for method values,
 * it is not a frame of its own, neither for recover (which the Go function it calls may do as if
 * called directly) nor in tracebacks.
 */
final class NativeFuncRoot extends RootNode {
    private final String name;
    private final NativeFunction body;

    NativeFuncRoot(GoLanguage lang, String name, NativeFunction body) {
        super(lang);
        this.name = name;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return invoke(frame.getArguments());
    }

    @TruffleBoundary
    private Object invoke(Object[] a) {
        // a[0] is the context slot of the calling convention (captures); the rest are the arguments.
        return body.call(Arrays.copyOfRange(a, 1, a.length));
    }

    @Override
    public String getName() {
        return name;
    }
}
