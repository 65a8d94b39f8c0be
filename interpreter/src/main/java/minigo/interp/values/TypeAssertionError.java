package minigo.interp.values;

/**
 * Go's *runtime.TypeAssertionError: a failed x.(T) without comma-ok. Types are given as Go prints
 * them ({@code interface {}}, {@code main.T}); concrete is null when x was nil.
 */
public final class TypeAssertionError extends RuntimeError {
    /** The static interface type of x, e.g. "interface {}" or "main.I". */
    public final String iface;
    /** The dynamic type of x, or null if x was nil. */
    public final String concrete;
    /** The asserted type. */
    public final String asserted;
    /** For assertions to an interface type: the first method the dynamic type lacks. */
    public final String missingMethod;

    public TypeAssertionError(String iface, String concrete, String asserted, String missingMethod) {
        this.iface = iface;
        this.concrete = concrete;
        this.asserted = asserted;
        this.missingMethod = missingMethod;
    }

    /** {@code x.(T)} for a non-interface T when x is nil: "interface {} is nil, not int". */
    public static TypeAssertionError nilToConcrete(String iface, String asserted) {
        return new TypeAssertionError(iface, null, asserted, null);
    }

    /** {@code x.(I)} for an interface I when x is nil: Go says just "interface is nil, not main.I". */
    public static TypeAssertionError nilToInterface(String asserted) {
        return new TypeAssertionError("interface", null, asserted, null);
    }

    /** {@code x.(T)} for a non-interface T holding another type. */
    public static TypeAssertionError wrongType(String iface, String concrete, String asserted) {
        return new TypeAssertionError(iface, concrete, asserted, null);
    }

    /** {@code x.(I)} whose dynamic type lacks method m of I. */
    public static TypeAssertionError missingMethod(String concrete, String asserted, String method) {
        return new TypeAssertionError(null, concrete, asserted, method);
    }

    @Override
    public String error() {
        if (concrete == null) {
            // Go names only "interface" here when the asserted type is itself an interface.
            return "interface conversion: " + iface + " is nil, not " + asserted;
        }
        if (missingMethod != null) {
            return "interface conversion: " + concrete + " is not " + asserted + ": missing method " + missingMethod;
        }
        String msg = "interface conversion: " + iface + " is " + concrete + ", not " + asserted;
        // two types that print alike: in minigo (one package of each name) they come from
        // different scopes, as a type declared in two functions
        return concrete.equals(asserted) ? msg + " (types from different scopes)" : msg;
    }

    @Override
    public String goTypeName() {
        return "*runtime.TypeAssertionError";
    }
}
