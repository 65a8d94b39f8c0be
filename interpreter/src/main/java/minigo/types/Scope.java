package minigo.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexical scope: universe, package, file, function, block. Lookups walk outward through
 * {@link #parent()}. Objects keep insertion order (declaration order).
 */
public final class Scope {
    private final Scope parent;
    private final List<Scope> children = new ArrayList<>();
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    private final String comment;
    /** A function's outermost scope: lookups that cross it leave the function (for closures). */
    final boolean isFunc;

    public Scope(Scope parent, String comment) {
        this(parent, comment, false);
    }

    Scope(Scope parent, String comment, boolean isFunc) {
        this.parent = parent;
        this.comment = comment;
        this.isFunc = isFunc;
        if (parent != null) parent.children.add(this);
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return children;
    }

    public String comment() {
        return comment;
    }

    public Obj lookup(String name) {
        return elems.get(name);
    }

    /** The innermost object named name, searching outward; null if none. */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) return o;
        }
        return null;
    }

    /** Inserts obj unless the name is taken; returns the existing object then (and inserts nothing). */
    public Obj insert(Obj obj) {
        Obj old = elems.get(obj.name());
        if (old != null) return old;
        elems.put(obj.name(), obj);
        if (obj.parent() == null) obj.setParent(this);
        return null;
    }

    /** For {@link Incremental}: a REPL session replaces names and rolls failed increments back. */
    Obj remove(String name) {
        return elems.remove(name);
    }

    Map<String, Obj> copyElems() {
        return new LinkedHashMap<>(elems);
    }

    void restoreElems(Map<String, Obj> saved) {
        elems.clear();
        elems.putAll(saved);
    }

    void put(Obj obj) {
        elems.put(obj.name(), obj);
        if (obj.parent() == null) obj.setParent(this);
    }

    public Collection<Obj> elems() {
        return elems.values();
    }

    public List<String> names() {
        return new ArrayList<>(elems.keySet());
    }

    @Override
    public String toString() {
        return "scope " + comment + " " + elems.keySet();
    }
}
