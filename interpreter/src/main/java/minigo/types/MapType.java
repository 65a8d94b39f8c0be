package minigo.types;

/** {@code map[key]elem} (go/types calls it Map; renamed to keep java.util.Map usable). */
public record MapType(Type key, Type elem) implements Type {
    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
