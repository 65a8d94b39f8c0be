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

    /**
     * e leaving statement s: a panic without a location or site gets s as its site (see
     * {@link GoPanic#at}), and a Java exception becomes its Go run-time error first.
     */
    @TruffleBoundary
    public static GoPanic atStatement(RuntimeException e, com.oracle.truffle.api.nodes.Node s) {
        GoPanic p = e instanceof GoPanic gp ? gp : fromJava(e);
        return p.at(s);
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
            Object v = fromRuntimePackage(re, tr);
            if (v != null) return v;
            return new Iface(typeOf(re, tr), re);
        }
        return p.value;
    }

    /**
     * The runtime package's own value for a runtime error (runtime.boundsError{msg} and friends, see
     * stdlib runtime/error.go), so that its methods are Go code like any other. Null when the
     * program has no runtime package.
     */
    private static Object fromRuntimePackage(RuntimeError re, Translator tr) {
        minigo.types.Package rt = tr.runtimePackage();
        if (rt == null) return null;
        String full = re.goTypeName();
        boolean ptr = full.startsWith("*");
        String simple = full.substring(full.lastIndexOf('.') + 1);
        if (!(rt.scope().lookup(simple) instanceof TypeName tn) || !(tn.type() instanceof Named n)) return null;
        String msg = re.error();
        for (String prefix : new String[] {"runtime error: ", "interface conversion: "}) {
            if (msg.startsWith(prefix) && !(re instanceof minigo.interp.values.PlainError)) {
                msg = msg.substring(prefix.length());
                break;
            }
        }
        minigo.interp.values.GoString gs = minigo.interp.values.GoString.fromJava(msg);
        Object value;
        if (n.underlying() instanceof Struct) {
            minigo.interp.values.GoStruct s = (minigo.interp.values.GoStruct) minigo.interp.translate.TypeUtil.zero(n);
            s.setObject(0, gs);
            value = s;
        } else {
            value = gs;
        }
        minigo.types.Type dyn = minigo.interp.translate.TypeUtil.canon(ptr ? new minigo.types.Pointer(n) : n);
        return new Iface(dyn, value);
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
        }
        tr.registerRuntimeErrorType(n); // per program: the types are shared, the method tables are not
        return n;
    }
}
