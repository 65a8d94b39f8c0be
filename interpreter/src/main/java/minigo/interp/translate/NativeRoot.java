package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.Arrays;
import minigo.ast.Ast;
import minigo.interp.GoLanguage;
import minigo.interp.Tracebacks;
import minigo.interp.natives.NativeFunction;

/** A Go function declared without a body, implemented by a Java native (receiver first for methods). */
final class NativeRoot extends RootNode implements Tracebacks.NativeFrame {
    private final String name;
    private final NativeFunction fn;
    private final boolean method;
    private final boolean hasArgs;
    private final Ast.Pos pos;

    /** hasArgs: whether Go's traceback prints argument words; pos: the body-less declaration. */
    NativeRoot(GoLanguage lang, String name, NativeFunction fn, boolean method, boolean hasArgs, Ast.Pos pos) {
        super(lang);
        this.name = name;
        this.fn = fn;
        this.method = method;
        this.hasArgs = hasArgs;
        this.pos = pos;
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

    @Override
    public boolean hasArgs() {
        return hasArgs;
    }

    @Override
    public Ast.Pos goPos() {
        return pos;
    }
}
