package minigo.interp.values;

/**
 * A value of one of Go's runtime error types (they implement the runtime.Error interface: Error()
 * and RuntimeError()). A runtime panic carries one of these as its panic value; recover() hands it
 * to Go code, where fmt prints {@link #error()} and %T prints {@link #goTypeName()}. The interpreter
 * gives it a dynamic type (the runtime package's type of that name) when it wraps it in an Iface.
 */
public abstract class RuntimeError {
    /** What the Error method returns, e.g. {@code runtime error: index out of range [5] with length 3}. */
    public abstract String error();

    /**
     * The message without the fixed prefix of its Go type's Error method: for errorString and
     * boundsError the text after {@code "runtime error: "}, for *TypeAssertionError the text after
     * {@code "interface conversion: "}, for plainError all of it. (stdlib's package runtime keeps
     * this as the field of its error types.)
     */
    public String detail() {
        String e = error();
        for (String prefix : new String[]{"runtime error: ", "interface conversion: "}) {
            if (e.startsWith(prefix) && !(this instanceof PlainError)) {
                return e.substring(prefix.length());
            }
        }
        return e;
    }

    /** Go's name for the dynamic type, as %T prints it: {@code runtime.boundsError}. */
    public abstract String goTypeName();

    /**
     * A second line Go prints after {@code panic: ...} when this error ends the program, or null
     * (the SIGSEGV line of a nil dereference).
     */
    public String signalLine() {
        return null;
    }

    public GoString errorString() {
        return GoString.fromJava(error());
    }

    @Override
    public String toString() {
        return error();
    }
}
