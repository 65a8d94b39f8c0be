package minigo.types;

/** One term of a type set: {@code T} or {@code ~T}. */
public record Term(boolean tilde, Type type) {
    @Override
    public String toString() {
        return (tilde ? "~" : "") + type;
    }
}
