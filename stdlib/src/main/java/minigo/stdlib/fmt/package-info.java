/**
 * fmt's formatting engine: Go's {@code pp} and {@code fmt} (print.go, format.go) over minigo's
 * value model, with the checker's types standing in for reflect.
 *
 * <h2>Two layers</h2>
 * {@link minigo.stdlib.fmt.Printer} is one call (Printf, Sprint, Errorf...): it walks the format,
 * picks each operand and decides what to print. {@link minigo.stdlib.fmt.Fmt} holds the flags,
 * width and precision of the current verb and lays out numbers, strings and bytes under them
 * (padding, signs, {@code #} forms, zero padding after the sign, precision as minimum digits).
 *
 * <h2>Verb parsing (doPrintf)</h2>
 * <table>
 * <caption>the states of one %-directive</caption>
 * <tr><th>state</th><th>reads</th><th>then</th></tr>
 * <tr><td>text</td><td>bytes up to '%'</td><td>copied as they are</td></tr>
 * <tr><td>flags</td><td>{@code # 0 + - space}</td><td>a lower-case verb right away takes the fast path</td></tr>
 * <tr><td>argument index</td><td>{@code [n]}</td><td>selects the operand; a bad one makes the verb print
 *   {@code %!v(BADINDEX)}; any index turns off the EXTRA check</td></tr>
 * <tr><td>width</td><td>digits, or {@code *} from an int operand ({@code %!(BADWIDTH)} otherwise;
 *   negative means '-')</td><td></td></tr>
 * <tr><td>precision</td><td>{@code .} digits (none means 0) or {@code .*} ({@code %!(BADPREC)})</td><td></td></tr>
 * <tr><td>verb</td><td>one rune</td><td>{@code %%} prints '%'; no operand left: {@code %!d(MISSING)};
 *   end of format: {@code %!(NOVERB)}</td></tr>
 * </table>
 * After the format, operands not consumed (and no index used) print as
 * {@code %!(EXTRA type=value, ...)}.
 *
 * <h2>Operand kinds (printArg, printValue)</h2>
 * An operand is an {@code Iface} (or null for a nil interface: {@code <nil>} under %v and %T, a bad
 * verb otherwise). %T prints the type, %p the address. Unnamed basic types and {@code []byte} are
 * printed directly; everything else first asks the methods, then goes by the kind of the type's
 * underlying type: structs ({@code {1 2}}, {@code {A:1 B:2}} under %+v, {@code main.T{A:1, B:2}}
 * under %#v), maps in fmtsort's key order, slices and arrays, pointers ({@code &} and the pointee at
 * the top level only, an address inside other values), interfaces (their dynamic value), channels
 * and funcs (addresses). A verb that does not fit the kind prints {@code %!verb(type=value)}.
 *
 * <h2>Methods (handleMethods)</h2>
 * Checked in Go's order, on the operand and again on every value inside it that was not reached
 * through an unexported field: Formatter (any verb; it gets the printer as fmt.State), then under %#v
 * GoStringer only, otherwise, for %v %s %x %X %q, error before Stringer. A method counts only when
 * it is in the method set of the dynamic type with Go's exact signature ({@code Methods}). A panic
 * in the method prints {@code %!v(PANIC=String method: value)}, or {@code <nil>} when the receiver
 * is a nil pointer; a panic while printing that panic propagates. In Errorf, %w accepts one error
 * operand (Go 1.19), remembers its index and prints it as %v; any other %w is a bad verb.
 *
 * <h2>Invariants</h2>
 * Output is bytes, not Java strings: invalid UTF-8 passes through %s untouched and widths count
 * runes as Go's utf8.RuneCount does. The engine never allocates on the Go heap; the natives turn its
 * buffer into the call's result.
 */
package minigo.stdlib.fmt;
