package minigo.interp.natives;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Where Go functions declared without a body find their Java implementation. Keys are
 * {@code "<importpath>.<Func>"} or {@code "<importpath>.<Type>.<Method>"}, e.g. {@code "strings.Index"},
 * {@code "strings.Builder.WriteString"}.
 */
public final class NativeRegistry {
    private final Map<String, NativeFunction> functions = new HashMap<>();

    public void register(String key, NativeFunction f) {
        if (functions.putIfAbsent(key, f) != null) {
            throw new IllegalStateException("native registered twice: " + key);
        }
    }

    public NativeFunction lookup(String key) {
        return functions.get(key);
    }

    /** Every provider on the class path, registered once. */
    public static NativeRegistry loadAll() {
        NativeRegistry r = new NativeRegistry();
        for (NativeProvider p : ServiceLoader.load(NativeProvider.class, NativeRegistry.class.getClassLoader())) {
            p.register(r);
        }
        return r;
    }
}
