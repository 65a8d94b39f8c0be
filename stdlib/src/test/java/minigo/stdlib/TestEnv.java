package minigo.stdlib;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import minigo.interp.natives.GoEnv;
import minigo.interp.values.Iface;

/**
 * A GoEnv for unit tests: captured output streams, and "Go methods" written as Java functions of
 * the receiver value, registered per (type, name).
 */
public final class TestEnv extends GoEnv {
    public final ByteArrayOutputStream out = new ByteArrayOutputStream();
    public final ByteArrayOutputStream err = new ByteArrayOutputStream();
    public Integer exitStatus;
    private final Map<Object, Map<String, Function<Object[], Object>>> methods = new HashMap<>();

    /** A bound method: the Java function and its receiver. */
    public record Bound(Function<Object[], Object> f, Object receiver) {}

    public static TestEnv install() {
        TestEnv e = new TestEnv();
        GoEnv.install(e);
        return e;
    }

    /** Registers a method; fn receives {receiver, args...}. */
    public void method(Object type, String name, Function<Object[], Object> fn) {
        methods.computeIfAbsent(type, k -> new HashMap<>()).put(name, fn);
    }

    @Override
    public OutputStream stdout() {
        return out;
    }

    @Override
    public OutputStream stderr() {
        return err;
    }

    @Override
    public String[] args() {
        return new String[] {"/tmp/prog"};
    }

    @Override
    public Object[] caller(int skip) {
        return null;
    }

    @Override
    public void breakpoint() {
        throw new IllegalStateException("breakpoint");
    }

    @Override
    public String stacks(boolean all) {
        return "";
    }

    @Override
    public java.util.List<Object[]> callers() {
        return java.util.List.of();
    }

    @Override
    public long pc(String func, String file, int line) {
        return 0;
    }

    @Override
    public Object[] pcInfo(long pc) {
        return null;
    }

    @Override
    public java.util.Map<String, String> environment() {
        return java.util.Map.of();
    }

    @Override
    public void goFunc(Object goFunc) {
        throw new UnsupportedOperationException("no goroutines in natives' unit tests");
    }

    @Override
    public Object callFunc(Object goFunc, Object... args) {
        Bound b = (Bound) goFunc;
        Object[] all = new Object[args.length + 1];
        all[0] = b.receiver();
        System.arraycopy(args, 0, all, 1, args.length);
        return b.f().apply(all);
    }

    @Override
    public Object methodExpr(minigo.types.Type t, String name) {
        throw new UnsupportedOperationException("methodExpr");
    }

    @Override
    public Object nativeFunc(String name, minigo.interp.natives.NativeFunction body) {
        throw new UnsupportedOperationException("nativeFunc");
    }

    @Override
    public Object findMethod(Object iface, String name) {
        Iface f = (Iface) iface;
        Map<String, Function<Object[], Object>> m = methods.get(f.type);
        if (m == null || !m.containsKey(name)) {
            return null;
        }
        return new Bound(m.get(name), f.value);
    }

    @Override
    public void exit(int status) {
        exitStatus = status;
        throw new IllegalStateException("exit " + status);
    }

    /** What os.Stdin reads in these tests (empty unless a test sets it). */
    public java.io.InputStream in = java.io.InputStream.nullInputStream();

    @Override
    public java.io.InputStream stdin() {
        return in;
    }

    /** Natives tested here run outside any program: no goroutine, so no frames. */
    @Override
    public String stack() {
        return "goroutine 1 [running]:\n";
    }

    @Override
    public void fatal(String msg) {
        exitStatus = 2;
        throw new IllegalStateException("fatal error: " + msg);
    }

    /** Decodes a Go double-quoted string literal (as %q prints it) to its bytes. */
    public static byte[] unquote(String q) {
        ByteBuf b = new ByteBuf();
        byte[] s = q.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 1; i < s.length - 1; i++) {
            if (s[i] != '\\') {
                b.writeByte(s[i]);
                continue;
            }
            char c = (char) s[++i];
            switch (c) {
                case 'a' -> b.writeByte(7);
                case 'b' -> b.writeByte(8);
                case 'f' -> b.writeByte(12);
                case 'n' -> b.writeByte(10);
                case 'r' -> b.writeByte(13);
                case 't' -> b.writeByte(9);
                case 'v' -> b.writeByte(11);
                case 'x' -> {
                    b.writeByte(Integer.parseInt(new String(s, i + 1, 2), 16));
                    i += 2;
                }
                case 'u' -> {
                    b.writeRune(Integer.parseInt(new String(s, i + 1, 4), 16));
                    i += 4;
                }
                case 'U' -> {
                    b.writeRune(Integer.parseInt(new String(s, i + 1, 8), 16));
                    i += 8;
                }
                default -> b.writeByte(c);
            }
        }
        return b.toByteArray();
    }
}
