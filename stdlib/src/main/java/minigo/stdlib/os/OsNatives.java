package minigo.stdlib.os;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import minigo.interp.natives.GoEnv;
import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.stdlib.Args;

/** os's natives: the standard streams, arguments, environment and exit. */
public final class OsNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("os.runtimeArgs", a -> {
            String[] args = GoEnv.current().args();
            Object[] refs = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                refs[i] = GoString.fromJava(args[i]);
            }
            return GoSlice.of(GoArray.ofRefs(Layout.of(ValueKind.STRING), refs));
        });
        r.register("os.write", a -> {
            byte[] b = Args.bytes(a[1]);
            write((int) Args.i(a[0]), b);
            return (long) b.length;
        });
        r.register("os.writeString", a -> {
            byte[] b = Args.s(a[1]).toByteArray();
            write((int) Args.i(a[0]), b);
            return (long) b.length;
        });
        r.register("os.read", a -> (long) read((int) Args.i(a[0]), (GoSlice) a[1]));
        r.register("os.Exit", a -> {
            GoEnv.current().exit((int) Args.i(a[0]));
            return null;
        });
        r.register("os.Getenv", a -> {
            String v = System.getenv(Args.s(a[0]).toJava());
            return v == null ? GoString.EMPTY : GoString.fromJava(v);
        });
        r.register("os.LookupEnv", a -> {
            String v = System.getenv(Args.s(a[0]).toJava());
            return new Object[] {v == null ? GoString.EMPTY : GoString.fromJava(v), v != null};
        });
        r.register("os.Getpid", a -> ProcessHandle.current().pid());
    }

    /**
     * Reads from fd 0 (standard input) into b: the count, 0 at end of input. Go's stdout is not
     * buffered, so ours is flushed first: a prompt shows before the program waits for its answer.
     * Other descriptors read nothing.
     */
    static int read(int fd, GoSlice b) {
        if (fd != 0 || b == null || b.len == 0) return 0;
        GoEnv env = GoEnv.current();
        try {
            env.stdout().flush();
            byte[] buf = b.array.bytes != null ? b.array.bytes : new byte[b.len];
            int off = b.array.bytes != null ? b.off : 0;
            int n = env.stdin().read(buf, off, b.len);
            if (n <= 0) return 0;
            if (b.array.bytes == null) {
                for (int k = 0; k < n; k++) b.setLong(k, buf[k] & 0xFF);
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Writes to fd 1 (buffered) or 2; stdout is flushed first so the two stay in order, as in Go. */
    public static void write(int fd, byte[] b) {
        GoEnv env = GoEnv.current();
        try {
            if (fd == 2) {
                env.stdout().flush();
                OutputStream err = env.stderr();
                err.write(b);
                err.flush();
            } else if (fd == 1) {
                env.stdout().write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
