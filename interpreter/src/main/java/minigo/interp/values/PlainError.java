package minigo.interp.values;

/**
 * Go's runtime.plainError: a runtime error whose message has no "runtime error: " prefix
 * (nil map writes, channel misuse).
 */
public final class PlainError extends RuntimeError {
    public final String text;

    public PlainError(String text) {
        this.text = text;
    }

    public static final PlainError NIL_MAP = new PlainError("assignment to entry in nil map");
    public static final PlainError CLOSE_NIL = new PlainError("close of nil channel");
    public static final PlainError CLOSE_CLOSED = new PlainError("close of closed channel");
    public static final PlainError SEND_CLOSED = new PlainError("send on closed channel");
    public static final PlainError ALL_ASLEEP = new PlainError("all goroutines are asleep - deadlock!");

    @Override
    public String error() {
        return text;
    }

    @Override
    public String goTypeName() {
        return "runtime.plainError";
    }
}
