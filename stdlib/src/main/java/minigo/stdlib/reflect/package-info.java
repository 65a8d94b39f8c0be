/**
 * reflect's natives: how Go's reflection maps onto minigo, where every value already carries the
 * checker's type and there is no memory of bytes to point into.
 *
 * <h2>Types</h2>
 * A {@code reflect.Type} is an interface whose only implementation is {@code *rtype} (type.go).
 * An rtype holds one field, its <em>key</em>: a nil {@code *T} in an {@code any}. The key's dynamic
 * type {@code *T} is what names T to the natives ({@link minigo.stdlib.reflect.Refs}); nothing but
 * ordinary Go values crosses between the Go side and Java, so the collector, fmt and the
 * interpreter see nothing unusual. Go compares Types with {@code ==}, so each type must have exactly
 * one rtype: type.go keeps them in a map by type string, and tells apart types with the same string
 * (two local types {@code T}) by comparing keys, which compares their types for identity. Every question about a type
 * ({@link minigo.stdlib.reflect.TypeInfo}) is answered from the checker's types: names, sizes and
 * offsets as gc lays them out on amd64, struct tags, method sets, assignability.
 *
 * <h2>Values</h2>
 * A {@code reflect.Value} (value.go) is a <em>reference</em> and a flag word. The reference is a
 * non-nil {@code *T} to the <em>location</em> holding the value, in minigo's value model: the
 * GoStruct or GoArray itself for a struct or array type, otherwise a
 * {@link minigo.interp.values.Pointer} (a Box for a variable, a FieldPointer, an ElemPointer). The
 * flag word holds the kind in its low five bits, as Go's does, and three bits of what may be done
 * with the value:
 * <table>
 * <caption>flags</caption>
 * <tr><th>flag</th><th>set for</th><th>allows or forbids</th></tr>
 * <tr><td>flagAddr</td><td>what a pointer's Elem reaches, a slice's elements, and fields and array
 *   elements of those</td><td>CanAddr; with no read-only bit, CanSet and the Set methods</td></tr>
 * <tr><td>flagStickyRO</td><td>a value reached through an unexported, non-embedded field, and
 *   everything reached from it</td><td>forbids Interface and Set (and fmt's method calls)</td></tr>
 * <tr><td>flagEmbedRO</td><td>an unexported embedded field</td><td>the same, but its exported fields
 *   are usable again (promotion)</td></tr>
 * </table>
 * A value that is not addressable (ValueOf's argument, an interface's contents, a map element or
 * key, a string's byte) gets a fresh location ({@link minigo.stdlib.reflect.Locations#fresh}):
 * a new Box for a scalar, or the struct or array object itself, uncopied. That is safe because such
 * a Value is never written through: the Go side refuses every store without flagAddr, and
 * Interface hands out a copy of a struct or array, since an interface owns its payload.
 *
 * <h2>The division of work</h2>
 * The Go side checks kinds, bounds, addressability and assignability, and panics with Go's messages
 * ({@code *reflect.ValueError} for a method called on the wrong kind, Go's strings for the rest),
 * so a native is only called where it cannot fail; it never throws for a Go-level mistake, except
 * that Type.In and Type.Out out of range panic with the runtime's index error, as Go's do. The
 * natives are listed at the end of type.go and value.go and registered by
 * {@link minigo.stdlib.reflect.ReflectNatives}. {@link minigo.stdlib.reflect.DeepEqual} is Java
 * entirely: it walks both values by their type, as Go's deepValueEqual walks two Values, and its
 * comment explains how cycles are recorded. fmt prints an operand of type reflect.Value as the
 * value it holds ({@link minigo.stdlib.reflect.ReflectValue}).
 *
 * <h2>Calls</h2>
 * call.go checks a call's arguments as Go's Value.call does, then {@link minigo.stdlib.reflect.Calls}
 * converts and copies them as a call site would, packs a variadic tail into a new slice, and
 * calls through {@link minigo.interp.natives.GoEnv#callFunc}, so a panic in the callee unwinds to
 * the caller's deferred calls unchanged. Value.Method makes a func with
 * {@link minigo.interp.natives.GoEnv#nativeFunc} that reads the receiver when called (as Go's
 * method values made by reflect do) and dispatches by name; Method.Func is the method expression
 * T.M ({@link minigo.interp.natives.GoEnv#methodExpr}). Neither adds a frame recover can see, as
 * Go's wrappers add none.
 *
 * <h2>Making values</h2>
 * MakeSlice, MakeMap, Append's growth and a variadic call's slice are allocated through
 * {@link minigo.interp.Heap} ({@link minigo.stdlib.reflect.Makes}), so MemStats counts them as it
 * counts make and append.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Keys and references are always typed by the canonical unnamed pointer type from
 *     {@code Refs.pointerTo}; a native that makes one never uses a named pointer type the program
 *     declared.</li>
 * <li>Every interface value a native makes has a canonical dynamic type
 *     ({@link minigo.interp.values.DynamicTypes#canonical}): the interpreter's type assertions,
 *     type switches and method caches compare dynamic types with ==.</li>
 * <li>The location of a reference holds a value of exactly the reference's element type; natives
 *     convert to an interface (with a copy) where Go would, and only there
 *     ({@code Locations.convertedFor}).</li>
 * <li>A location reached without flagAddr is never stored into.</li>
 * </ul>
 *
 * <h2>Not supported</h2>
 * <ul>
 * <li>Making functions, channels and types: MakeFunc, MakeChan, SliceOf, MapOf, ChanOf, FuncOf,
 *     StructOf, ArrayOf; nor Select, Send, Recv, Convert, SetLen, SetCap, UnsafeAddr,
 *     Type.FieldByNameFunc, Value.FieldByNameFunc, Value.Cap of a pointer to an array. (PointerTo,
 *     New and Zero are there.) Calling any of these is a compile error, never a wrong answer.</li>
 * <li>A method Value of an interface whose method is unexported can be called (Go panics), and one
 *     whose interface has become nil by the time it is called panics as a nil dereference rather
 *     than with Go's "Call of method on nil interface value".</li>
 * <li>A panic in a function called through Call shows no reflect frames in its traceback.</li>
 * <li>The locations reflect makes besides those above (New, Zero, ValueOf, Elem of an interface,
 *     MapKeys, MapIndex, Call's results, method values, the type cache) are outside the simulated
 *     allocator: MemStats counts none of them, whereas Go allocates for New and for some of the
 *     others.</li>
 * <li>DeepEqual records cycles by the pair of locations pointed to (slices: their first element)
 *     rather than by the address of the slice header or interface word, as Go does; the answers
 *     differ only when the same pair of slices is reached again with different lengths.</li>
 * <li>MapIter ranges over the keys present when it started (skipping those deleted since), so it
 *     never sees entries added during the iteration, which Go's may.</li>
 * </ul>
 */
package minigo.stdlib.reflect;
