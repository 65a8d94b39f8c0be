package minigo.runtime.memory;

/**
 * The answer to "which heap object is at this address": its span, its slot
 * index, the slot's base address, and the Java object recorded there (a
 * {@link TinyBlock} when the slot is a tiny block).
 */
public record HeapRef(MSpan span, int index, long base, Object object) {
}
