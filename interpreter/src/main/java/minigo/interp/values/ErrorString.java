package minigo.interp.values;

/**
 * Go's runtime.errorString: a runtime error whose Error() is {@code "runtime error: " + text}
 * (integer divide by zero, nil dereference, makeslice, unhashable/uncomparable types, shifts).
 */
public final class ErrorString extends RuntimeError {
    public final String text;
    private final boolean sigsegv;

    public ErrorString(String text) {
        this(text, false);
    }

    private ErrorString(String text, boolean sigsegv) {
        this.text = text;
        this.sigsegv = sigsegv;
    }

    public static final ErrorString NIL_DEREF = new ErrorString("invalid memory address or nil pointer dereference", true);
    public static final ErrorString DIVIDE = new ErrorString("integer divide by zero");
    /** math/bits.Div's quotient past 64 bits (Go's runtime.overflowError). */
    public static final ErrorString OVERFLOW = new ErrorString("integer overflow");
    public static final ErrorString NEGATIVE_SHIFT = new ErrorString("negative shift amount");
    public static final ErrorString MAKESLICE_LEN = new ErrorString("makeslice: len out of range");
    public static final ErrorString MAKESLICE_CAP = new ErrorString("makeslice: cap out of range");
    public static final ErrorString MAKECHAN_SIZE = new ErrorString("makechan: size out of range");
    public static final ErrorString MAKEMAP_SIZE = new ErrorString("makemap: size out of range");
    public static final ErrorString GROWSLICE_CAP = new ErrorString("growslice: cap out of range");

    public static ErrorString unhashable(String typeString) {
        return new ErrorString("hash of unhashable type " + typeString);
    }

    public static ErrorString uncomparable(String typeString) {
        return new ErrorString("comparing uncomparable type " + typeString);
    }

    @Override
    public String error() {
        return "runtime error: " + text;
    }

    @Override
    public String goTypeName() {
        return "runtime.errorString";
    }

    @Override
    public String signalLine() {
        return sigsegv ? "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]" : null;
    }
}
