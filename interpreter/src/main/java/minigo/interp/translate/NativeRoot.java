package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.Arrays;
import minigo.interp.GoLanguage;
import minigo.interp.natives.NativeFunction;

/** A Go function declared without a body, implemented by a Java native (receiver first for methods). */
final class NativeRoot extends RootNode {
    private final String name;
    private final NativeFunction fn;
    private final boolean method;

    NativeRoot(GoLanguage lang, String name, NativeFunction fn, boolean method) {
        super(lang);
        this.name = name;
        this.fn = fn;
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return invoke(frame.getArguments());
    }

    @TruffleBoundary
    private Object invoke(Object[] a) {
        Object[] args = method ? a.clone() : Arrays.copyOfRange(a, 1, a.length);
        return fn.call(args);
    }

    @Override
    public String getName() {
        return name;
    }
}
