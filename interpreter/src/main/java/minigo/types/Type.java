package minigo.types;

/**
 * A Go type, as go/types models it. Identity of types is decided by {@link Types#identical}, never by
 * {@code equals}: two {@code []int} built in different places are distinct Java objects but identical
 * Go types. {@link Named}, {@link TypeParam} and {@link Basic} are unique objects per declaration.
 *
 * <p>{@link #toString()} prints the type as {@code fmt}'s {@code %T} does ({@code main.T},
 * {@code []int}, {@code func(int) string}, {@code struct { a int; b string }}); the checker prints
 * types in its messages with {@link TypeString} relative to the package being checked.
 */
public sealed interface Type
        permits Basic, Named, Pointer, Slice, Array, MapType, Chan, Struct, Signature, Interface, Tuple, TypeParam {

    /** The underlying type: itself for every type literal and Basic; the declared type for Named. */
    Type underlying();
}
