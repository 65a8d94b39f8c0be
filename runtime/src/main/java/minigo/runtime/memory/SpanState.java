package minigo.runtime.memory;

/**
 * What a span's pages are used for (Go's mSpanState).
 *
 * <table>
 *   <caption>Span states</caption>
 *   <tr><th>State</th><th>Pages are</th><th>Visible to the GC</th></tr>
 *   <tr><td>DEAD</td><td>free in the page allocator (or the span is unused)</td><td>no</td></tr>
 *   <tr><td>IN_USE</td><td>a heap span: size-classed slots or one large object</td><td>yes: swept every cycle</td></tr>
 *   <tr><td>MANUAL</td><td>managed by hand outside the heap's accounting: goroutine stacks</td><td>no: freed explicitly</td></tr>
 * </table>
 */
public enum SpanState {
    DEAD,
    IN_USE,
    MANUAL
}
