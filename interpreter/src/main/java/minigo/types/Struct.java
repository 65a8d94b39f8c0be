package minigo.types;

import java.util.List;

/**
 * {@code struct { ... }}. fields are Vars with {@link Var#isField()}; an embedded field has
 * {@link Var#embedded()} and is named after its type. tags holds each field's tag (the string value,
 * "" when absent), same length as fields.
 */
public final class Struct implements Type {
    private final List<Var> fields;
    private final List<String> tags;

    public Struct(List<Var> fields, List<String> tags) {
        this.fields = List.copyOf(fields);
        this.tags = List.copyOf(tags);
    }

    public List<Var> fields() {
        return fields;
    }

    public int numFields() {
        return fields.size();
    }

    public Var field(int i) {
        return fields.get(i);
    }

    public String tag(int i) {
        return tags.get(i);
    }

    public List<String> tags() {
        return tags;
    }

    /** Index of the field with this name, or -1. */
    public int fieldIndex(String name) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(name)) return i;
        return -1;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
