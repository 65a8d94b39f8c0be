package minigo.interp.natives;

import java.io.OutputStream;

/**
 * What a native may ask of the running program: its output streams, its arguments, and calls back
 * into Go code (fmt calling a String method, sort calling a less function). The interpreter installs
 * the implementation for the running context with {@link #install}; natives reach it through
 * {@link #current()}.
 */
public abstract class GoEnv {
    private static volatile GoEnv current;

    public static GoEnv current() {
        return current;
    }

    public static void install(GoEnv env) {
        current = env;
    }

    /** os.Stdin. Reading it blocks the one M, so no goroutine runs meanwhile. */
    public abstract java.io.InputStream stdin();

    /** os.Stdout, buffered; the interpreter flushes it at exit and before anything goes to stderr. */
    public abstract OutputStream stdout();

    /** os.Stderr, unbuffered. */
    public abstract OutputStream stderr();

    /** os.Args: the program name first. */
    public abstract String[] args();

    /**
     * runtime.Caller(skip): the function name, file and line of the frame skip levels above the
     * native's caller, or null when the stack is not that deep.
     */
    public abstract Object[] caller(int skip);

    /**
     * The running goroutine's frames for runtime.Callers, innermost first, each {function name,
     * absolute file, line}: the asking native first, then the Go frames, then the runtime's own
     * bottom frames Go reports (runtime.main for goroutine 1, runtime.goexit for every goroutine).
     */
    public abstract java.util.List<Object[]> callers();

    /**
     * The program counter that stands for a function at a file and line: the same number for the
     * same place within a run, never 0. Go's are code addresses; ours only identify a place.
     */
    public abstract long pc(String func, String file, int line);

    /** What a program counter from {@link #pc} stands for: {function, file, line, entry pc}, or null. */
    public abstract Object[] pcInfo(long pc);

    /** The environment the program started with (os.Environ's content; not its order). */
    public abstract java.util.Map<String, String> environment();

    /** Calls a Go function value (a GoFunc) with arguments in the value model. */
    public abstract Object callFunc(Object goFunc, Object... args);

    /** {@code go f()} for a Go function value without arguments (time.AfterFunc's goroutine). */
    public abstract void goFunc(Object goFunc);

    /**
     * The method named {@code name} in the method set of the dynamic type of an interface value
     * (an Iface), bound to that value, or null if it has none. fmt uses this for String, Error,
     * GoString and Format.
     */
    public abstract Object findMethod(Object iface, String name);

    /**
     * The method expression {@code T.name} as a func value whose first parameter is the receiver,
     * for t (a canonical dynamic type) and a method in its method set; null if there is none.
     * reflect's Method.Func is one.
     */
    public abstract Object methodExpr(minigo.types.Type t, String name);

    /**
     * A new Go func value whose calls run body with the call's arguments in the value model (a
     * variadic function's last one a slice) and return what it returns (null, a value, or an
     * Object[] of several results). It adds no frame recover or a traceback would see.
     */
    public abstract Object nativeFunc(String name, NativeFunction body);

    /** Ends the program with this status (os.Exit): deferred calls do not run. */
    public abstract void exit(int status);

    /**
     * The running goroutine's traceback as {@code runtime/debug.Stack} returns it: its header
     * ({@code goroutine N [running]:}), its frames innermost first (the native that asks among them),
     * and for goroutines other than 1 the {@code created by} lines.
     */
    public abstract String stack();

    /** runtime.Stack's text: the running goroutine from the caller down, then every other one if all. */
    public abstract String stacks(boolean all);

    /**
     * Go's fatal error from a native (sync.fatal, sync.throw): {@code fatal error: msg}, the running
     * goroutine's traceback, then every other goroutine's; exit status 2. Unlike a panic it cannot
     * be recovered. Does not return.
     */
    public abstract void fatal(String msg);

    /** runtime.Breakpoint: the program dies of SIGTRAP, as Go's does outside a debugger. Does not return. */
    public abstract void breakpoint();
}
