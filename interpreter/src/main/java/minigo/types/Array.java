package minigo.types;

/** {@code [len]elem}; len is -1 only while an invalid length is being reported. */
public record Array(long len, Type elem) implements Type {
    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
