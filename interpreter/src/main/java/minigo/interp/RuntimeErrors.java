package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minigo.interp.translate.Translator;
import minigo.interp.values.ErrorString;
import minigo.interp.values.GoPanic;
import minigo.interp.values.Iface;
import minigo.interp.values.RuntimeError;
import minigo.types.Named;
import minigo.types.Struct;
import minigo.types.TypeName;

/**
 * Go's run-time panics. A runtime panic carries a values.RuntimeError; when Go code recovers it, it
 * becomes an interface value whose dynamic type is a synthetic named type of package runtime
 * (runtime.boundsError, runtime.Error...) with the methods Error and RuntimeError.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    public static GoPanic nilDeref() {
        return GoPanic.of(ErrorString.NIL_DEREF);
    }

    public static GoPanic divideByZero() {
        return GoPanic.of(ErrorString.DIVIDE);
    }

    public static GoPanic negativeShift() {
        return GoPanic.of(ErrorString.NEGATIVE_SHIFT);
    }

    /** A Java exception that is Go's run-time error: a null dereference or an integer division by zero. */
    @TruffleBoundary
    public static GoPanic fromJava(RuntimeException e) {
        if (System.getenv("MINIGO_DEBUG") != null) e.printStackTrace();
        if (e instanceof ArithmeticException) return divideByZero();
        return nilDeref();
    }

    private static final Map<String, Named> TYPES = new HashMap<>();
    private static minigo.types.Package runtimePkg;

    /** The value recover() returns for panic p. */
    @TruffleBoundary
    public static Object panicValue(GoPanic p, Translator tr) {
        if (p.value instanceof RuntimeError re) {
            return new Iface(typeOf(re, tr), re);
        }
        return p.value;
    }

    @TruffleBoundary
    static synchronized Named typeOf(RuntimeError re, Translator tr) {
        String full = re.goTypeName();
        Named n = TYPES.get(full);
        if (n == null) {
            if (runtimePkg == null) runtimePkg = new minigo.types.Package("runtime", "runtime", null);
            String simple = full.substring(full.lastIndexOf('.') + 1);
            TypeName tn = new TypeName(simple, minigo.ast.Ast.Pos.NONE, null, runtimePkg);
            n = new Named(tn, new Struct(List.of(), List.of()));
            TYPES.put(full, n);
            tr.registerRuntimeErrorType(n);
        }
        return n;
    }
}
