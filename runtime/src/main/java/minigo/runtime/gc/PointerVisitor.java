package minigo.runtime.gc;

/**
 * Receives the references an {@link ObjectScanner} or a root scan finds. The collector supplies
 * it; the interpreter calls it once per reference-holding value (null is allowed and ignored).
 *
 * <p>What to report: every Java object that may be, or may lead to, a Go heap object: a heap
 * object itself (it has an address), or a value without an address that holds references
 * (a stack Box, an interior GoStruct/GoArray, a GoSlice, an Iface, a Pointer). The collector
 * shades the first kind and scans through the second kind at once, so the scanner never needs to
 * know which is which.
 */
@FunctionalInterface
public interface PointerVisitor {
    void visit(Object ref);
}
