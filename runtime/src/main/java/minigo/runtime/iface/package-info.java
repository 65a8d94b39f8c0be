/**
 * Interface values as the runtime builds them (iface.go): which conversions
 * of a concrete value to an interface allocate, and how much, so that boxing
 * in minigo shows in MemStats exactly as in Go. See {@link minigo.runtime.iface.ConvT}
 * for the table of conversion kinds.
 *
 * <p>Invariant: a conversion that Go serves from static data (small integers,
 * one-byte values, empty strings, nil slices, zero-sized values) never calls
 * the allocator.
 */
package minigo.runtime.iface;
