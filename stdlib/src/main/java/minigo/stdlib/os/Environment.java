package minigo.stdlib.os;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import minigo.interp.natives.GoEnv;

/**
 * A program's environment, as Go's syscall package keeps it: the variables in the order the process
 * received them; Setenv replaces a variable where it stands or appends a new one, Unsetenv removes
 * it (an insertion-ordered map does all three). Each run has its own (the JVM's environment cannot
 * change). On the command line the launcher says which variables minigo was started with, in their
 * order (MINIGO_ENV_KEYS, read from the launcher's own /proc/PID/environ): the program sees those
 * and not the variables the launcher's bash added (PWD, SHLVL, JAVA_HOME when it was not set).
 * Values are the JVM's: a JAVA_HOME the launcher had to replace, or a PWD bash rewrote, shows the
 * new value. A run given an environment of its own (tests) lists it sorted by key.
 */
final class Environment {
    private static final Map<GoEnv, Environment> PER_PROGRAM = Collections.synchronizedMap(new WeakHashMap<>());

    static Environment of(GoEnv env) {
        return PER_PROGRAM.computeIfAbsent(env, e -> new Environment(e.environment()));
    }

    private final Map<String, String> vars = new LinkedHashMap<>();

    private Environment(Map<String, String> initial) {
        for (String key : order(initial)) vars.put(key, initial.get(key));
    }

    /** The program's variables: those minigo was started with, in order, if the launcher said. */
    private static Collection<String> order(Map<String, String> env) {
        String started = env.get(KEYS);
        if (started == null) return new TreeMap<>(env).keySet();
        Set<String> keys = new LinkedHashSet<>();
        for (String k : started.split("\n")) {
            if (!k.isEmpty() && !k.equals(KEYS) && env.containsKey(k)) keys.add(k);
        }
        return keys;
    }

    private static final String KEYS = "MINIGO_ENV_KEYS";

    synchronized String get(String key) {
        return vars.get(key);
    }

    synchronized void set(String key, String value) {
        vars.put(key, value);
    }

    synchronized void unset(String key) {
        vars.remove(key);
    }

    synchronized void clear() {
        vars.clear();
    }

    /** The "key=value" strings, in order. */
    synchronized List<String> list() {
        List<String> out = new ArrayList<>(vars.size());
        for (Map.Entry<String, String> e : vars.entrySet()) out.add(e.getKey() + "=" + e.getValue());
        return out;
    }
}
