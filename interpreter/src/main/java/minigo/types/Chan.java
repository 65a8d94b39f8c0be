package minigo.types;

/** {@code chan elem}, {@code chan<- elem} (SEND) or {@code <-chan elem} (RECV). */
public record Chan(Dir dir, Type elem) implements Type {
    public enum Dir { SEND_RECV, SEND, RECV }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
