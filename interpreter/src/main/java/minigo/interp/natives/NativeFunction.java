package minigo.interp.natives;

/**
 * A standard-library function implemented in Java. Arguments and results are in minigo's value
 * model (see {@code minigo.interp.values}); a function with several results returns them as an
 * {@code Object[]}, one with none returns null. A variadic parameter arrives as one GoSlice (or null).
 */
@FunctionalInterface
public interface NativeFunction {
    Object call(Object[] args);
}
