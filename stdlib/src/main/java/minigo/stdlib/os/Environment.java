package minigo.stdlib.os;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import minigo.interp.natives.GoEnv;

/**
 * A program's environment, as Go's syscall package keeps it: "key=value" strings in the order the
 * process received them, and an index of the keys. Setenv replaces a variable where it stands or
 * appends a new one; Unsetenv blanks its string, which Environ then skips. Each run has its own
 * (the JVM's environment cannot change). On the command line the launcher says which variables
 * minigo was started with, in their order (MINIGO_ENV_KEYS, read from the launcher's own
 * /proc/PID/environ): the program sees those and not the variables the launcher's bash added (PWD,
 * SHLVL, JAVA_HOME when it was not set). Values are the JVM's: a JAVA_HOME the launcher had to
 * replace, or a PWD bash rewrote, shows the new value. A run given an environment of its own
 * (tests) lists it sorted by key.
 */
final class Environment {
    private static final Map<GoEnv, Environment> PER_PROGRAM = Collections.synchronizedMap(new WeakHashMap<>());

    static Environment of(GoEnv env) {
        return PER_PROGRAM.computeIfAbsent(env, e -> new Environment(e.environment()));
    }

    private final List<String> entries = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    private Environment(Map<String, String> initial) {
        for (String key : order(initial)) {
            index.put(key, entries.size());
            entries.add(key + "=" + initial.get(key));
        }
    }

    /** The program's variables: those minigo was started with, in order, if the launcher said. */
    private static List<String> order(Map<String, String> env) {
        List<String> keys = new ArrayList<>();
        String started = env.get(KEYS);
        if (started != null) {
            for (String k : started.split("\n")) {
                if (!k.isEmpty() && !k.equals(KEYS) && env.containsKey(k) && !keys.contains(k)) keys.add(k);
            }
            return keys;
        }
        keys.addAll(new TreeMap<>(env).keySet());
        return keys;
    }

    private static final String KEYS = "MINIGO_ENV_KEYS";

    synchronized String get(String key) {
        Integer i = index.get(key);
        return i == null ? null : entries.get(i).substring(key.length() + 1);
    }

    synchronized void set(String key, String value) {
        Integer i = index.get(key);
        if (i != null) {
            entries.set(i, key + "=" + value);
        } else {
            index.put(key, entries.size());
            entries.add(key + "=" + value);
        }
    }

    synchronized void unset(String key) {
        Integer i = index.remove(key);
        if (i != null) entries.set(i, "");
    }

    synchronized void clear() {
        index.clear();
        entries.clear();
    }

    /** The "key=value" strings, in order. */
    synchronized List<String> list() {
        List<String> out = new ArrayList<>();
        for (String kv : entries) {
            if (!kv.isEmpty()) out.add(kv);
        }
        return out;
    }
}
