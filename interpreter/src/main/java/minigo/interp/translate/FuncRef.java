package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import java.util.function.Supplier;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * A Go function (or one instantiation of a generic function) whose root is built on first use:
 * calls hold the reference, so recursive and mutually recursive functions translate lazily and only
 * the functions a program reaches are ever translated.
 */
public final class FuncRef {
    public final String name;
    private Supplier<RootNode> builder;
    private volatile RootCallTarget target;

    public FuncRef(String name, Supplier<RootNode> builder) {
        this.name = name;
        this.builder = builder;
    }

    public RootCallTarget target() {
        RootCallTarget t = target;
        if (t == null) t = build();
        return t;
    }

    @TruffleBoundary
    private synchronized RootCallTarget build() {
        if (target == null) {
            target = builder.get().getCallTarget();
            builder = null;
        }
        return target;
    }

    @Override
    public String toString() {
        return name;
    }
}
