package minigo.interp.natives;

/**
 * A set of natives, found through {@link java.util.ServiceLoader}: the stdlib module lists its
 * providers in {@code META-INF/services/minigo.interp.natives.NativeProvider}.
 */
public interface NativeProvider {
    void register(NativeRegistry registry);
}
