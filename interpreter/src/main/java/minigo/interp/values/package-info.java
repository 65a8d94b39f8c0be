/**
 * Go values as Java objects: the representation every part of minigo (interpreter nodes, natives,
 * fmt, the runtime's heap accounting) agrees on.
 *
 * <h2>Representation</h2>
 * <table>
 * <caption>Go type to Java</caption>
 * <tr><th>Go</th><th>Java</th><th>notes</th></tr>
 * <tr><td>bool</td><td>boolean</td><td></td></tr>
 * <tr><td>int, int8..int64, uint, uint8..uint64, uintptr</td><td>long</td><td>normalised to the
 *     type's width after every operation ({@link minigo.interp.values.Arith}): signed kinds
 *     sign-extended, unsigned kinds below 64 bits zero-extended, 64-bit unsigned kinds the raw bits
 *     with unsigned division, remainder, comparison, right shift, float conversion and printing</td></tr>
 * <tr><td>float32, float64</td><td>double</td><td>float32 results rounded through {@code (float)}</td></tr>
 * <tr><td>complex64, complex128</td><td>{@link minigo.interp.values.GoComplex}</td><td>immutable</td></tr>
 * <tr><td>string</td><td>{@link minigo.interp.values.GoString}</td><td>immutable bytes, shared by
 *     substrings; never null (zero is {@code GoString.EMPTY})</td></tr>
 * <tr><td>struct</td><td>{@link minigo.interp.values.GoStruct}</td><td>mutable; one location each</td></tr>
 * <tr><td>[N]T</td><td>{@link minigo.interp.values.GoArray}</td><td>typed storage; one location each</td></tr>
 * <tr><td>*T</td><td>null; the GoStruct/GoArray itself when T is a struct or array; else a
 *     {@link minigo.interp.values.Pointer}: {@link minigo.interp.values.Box} (a variable),
 *     {@link minigo.interp.values.FieldPointer}, {@link minigo.interp.values.ElemPointer}</td><td></td></tr>
 * <tr><td>[]T</td><td>{@link minigo.interp.values.GoSlice}</td><td>immutable header; nil is null</td></tr>
 * <tr><td>map[K]V</td><td>{@link minigo.interp.values.GoMap}</td><td>nil is null</td></tr>
 * <tr><td>chan T</td><td>{@link minigo.interp.sched.GoChan} (hchan, with the scheduler)</td><td>nil is null</td></tr>
 * <tr><td>func</td><td>{@link minigo.interp.values.GoFunc}</td><td>nil is null</td></tr>
 * <tr><td>interface</td><td>{@link minigo.interp.values.Iface} (dynamic type + value)</td><td>nil is null</td></tr>
 * <tr><td>multiple results</td><td>Object[]</td><td></td></tr>
 * </table>
 * Where a value must be boxed (an Object slot, an interface, a native's argument) integers are
 * {@code Long}, floats {@code Double}, bools {@code Boolean}.
 *
 * <h2>Layouts</h2>
 * A {@link minigo.interp.values.Layout} describes the values of one Go type: its
 * {@link minigo.interp.values.ValueKind}, Go's amd64 size, alignment and field offsets, whether it is
 * comparable, its zero value, and for structs where each field is stored. The interpreter builds one
 * per type from the checker's types and shares it among all values of the type. Equality, hashing
 * (map keys) and fmt's key order are driven by layouts ({@link minigo.interp.values.Equality},
 * {@link minigo.interp.values.FmtSort}).
 *
 * <h2>Ownership of composite values</h2>
 * A GoStruct or GoArray is the storage of exactly one location: a variable, a struct field, an
 * array or slice element, a map entry, an interface's payload, a heap object. Nothing else ever
 * holds it except as a pointer to that location. Hence:
 * <ul>
 * <li>Reading a location yields its object; <em>storing</em> into a location copies
 *     ({@code copyFrom} into the existing object, or a fresh {@code copy()}): assignment, parameter
 *     passing, returning, conversion to interface, map insertion, append.</li>
 * <li>{@code &x} for a composite x is x's object; {@code *p = v} is {@code p.copyFrom(v)}.</li>
 * <li>Nested composite fields and elements are allocated with their parent and are never replaced,
 *     only copied into, so pointers to them stay valid.</li>
 * <li>GoMap and the {@code store}/{@code append} helpers copy composite values themselves; the
 *     typed {@code setObject} setters do not (they are for reference-kind fields).</li>
 * </ul>
 *
 * <h2>nil</h2>
 * Java null is nil for pointers, slices, maps, channels, funcs and interfaces. Strings are never
 * null. Operations that Go allows on nil (len, cap, range, map reads, delete, append, slicing
 * {@code s[0:0]}) are static helpers that accept null.
 *
 * <h2>Addresses</h2>
 * Heap objects (Box, GoStruct, GoArray, GoMap, GoFunc closures, GoString bytes made at run time)
 * carry {@code long addr}: their simulated heap address, assigned by the runtime allocator's
 * {@code mallocgc} when escape analysis puts them on the heap; 0 means not on the heap. Pointer
 * equality never uses addresses: it is identity of the location (boxes, structs, arrays) or of
 * (object, index) for field and element pointers.
 *
 * <h2>Runtime errors</h2>
 * Operations that fail as Go's do throw {@link minigo.interp.values.GoPanic} carrying a
 * {@link minigo.interp.values.RuntimeError}: {@link minigo.interp.values.BoundsError}
 * (runtime.boundsError), {@link minigo.interp.values.ErrorString} (runtime.errorString),
 * {@link minigo.interp.values.PlainError} (runtime.plainError) or
 * {@link minigo.interp.values.TypeAssertionError} (*runtime.TypeAssertionError), whose messages are
 * Go's, word for word. recover() hands them to Go code wrapped in an Iface.
 *
 * <h2>Randomness</h2>
 * Map iteration starts at a random entry drawn from {@link minigo.interp.values.GoRandom}, the run's
 * single stream (fixed by {@code --seed}).
 */
package minigo.interp.values;
