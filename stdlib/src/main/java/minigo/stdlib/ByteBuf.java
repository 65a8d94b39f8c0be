package minigo.stdlib;

import java.util.Arrays;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Utf8;

/** A growable byte array: the output buffer of fmt's printers and strconv's quoting. */
public final class ByteBuf {
    private byte[] b;
    private int n;

    public ByteBuf() {
        this(64);
    }

    public ByteBuf(int cap) {
        b = new byte[Math.max(cap, 16)];
    }

    private void ensure(int more) {
        if (n + more > b.length) {
            b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
        }
    }

    public int length() {
        return n;
    }

    public byte byteAt(int i) {
        return b[i];
    }

    public void setLength(int len) {
        n = len;
    }

    public ByteBuf writeByte(int c) {
        ensure(1);
        b[n++] = (byte) c;
        return this;
    }

    public ByteBuf write(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, b, n, len);
        n += len;
        return this;
    }

    public ByteBuf write(byte[] src) {
        return write(src, 0, src.length);
    }

    public ByteBuf write(GoString s) {
        int len = s.length();
        ensure(len);
        s.copyTo(0, b, n, len);
        n += len;
        return this;
    }

    /** Appends the bytes [from, to) of another buffer. */
    public ByteBuf write(ByteBuf o, int from, int to) {
        return write(o.b, from, to - from);
    }

    /** Appends an ASCII (or Latin-1 char per byte) Java string. */
    public ByteBuf writeAscii(CharSequence s) {
        int len = s.length();
        ensure(len);
        for (int i = 0; i < len; i++) {
            b[n++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends a Java string as UTF-8. */
    public ByteBuf writeString(String s) {
        return write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Appends the UTF-8 encoding of r (U+FFFD for invalid runes). */
    public ByteBuf writeRune(long r) {
        ensure(4);
        n += Utf8.encode(r, b, n);
        return this;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(b, n);
    }

    public byte[] toByteArray(int from, int to) {
        return Arrays.copyOfRange(b, from, to);
    }

    /** The internal array (valid up to length()). */
    public byte[] array() {
        return b;
    }

    public GoString toGoString() {
        return GoString.wrap(toByteArray());
    }

    public GoSlice toGoSlice() {
        return GoSlice.of(GoArray.ofBytes(toByteArray()));
    }

    @Override
    public String toString() {
        return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }
}
