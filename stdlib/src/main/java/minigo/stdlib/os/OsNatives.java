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

/** os's natives: the standard streams, files ({@link HostFiles}), arguments, environment and exit. */
public final class OsNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("os.runtimeArgs", a -> Args.stringSlice(java.util.List.of(GoEnv.current().args())));
        r.register("os.write", a -> (long) writeFd((int) Args.i(a[0]), Args.bytes(a[1])));
        r.register("os.writeString", a -> (long) writeFd((int) Args.i(a[0]), Args.s(a[1]).toByteArray()));
        r.register("os.read", a -> (long) read((int) Args.i(a[0]), (GoSlice) a[1]));
        r.register("os.openFile", a -> (long) files().open(Args.s(a[0]).toJava(), (int) Args.i(a[1]), (int) Args.i(a[2])));
        r.register("os.closeFd", a -> (long) files().close((int) Args.i(a[0])));
        r.register("os.seek", a -> {
            long[] r2 = files().seek((int) Args.i(a[0]), Args.i(a[1]), (int) Args.i(a[2]));
            return new Object[] {r2[0], r2[1]};
        });
        r.register("os.remove", a -> (long) HostFiles.remove(Args.s(a[0]).toJava()));
        r.register("os.mkdir", a -> (long) HostFiles.mkdir(Args.s(a[0]).toJava(), (int) Args.i(a[1])));
        r.register("os.isDir", a -> HostFiles.isDir(Args.s(a[0]).toJava()));
        r.register("os.chmod", a -> (long) HostFiles.chmod(Args.s(a[0]).toJava(), (int) Args.i(a[1])));
        r.register("os.rename", a -> (long) HostFiles.rename(Args.s(a[0]).toJava(), Args.s(a[1]).toJava()));
        r.register("os.stat", a -> {
            long[] st = HostFiles.stat(Args.s(a[0]).toJava(), Args.b(a[1]));
            return new Object[] {st[0], st[1], st[2], st[3], st[4]};
        });
        r.register("os.readDir", a -> {
            int[] errno = {0};
            HostFiles.Listing l = HostFiles.readDir(Args.s(a[0]).toJava(), errno);
            int n = l == null ? 0 : l.names().length;
            Object[] refs = new Object[n];
            for (int i = 0; i < n; i++) refs[i] = GoString.wrap(l.names()[i]);
            long[] modes = l == null ? new long[0] : l.modes();
            return new Object[] {Args.stringSlice(refs),
                    GoSlice.of(GoArray.ofLongs(Layout.of(ValueKind.UINT32), modes)), (long) errno[0]};
        });
        r.register("os.getwd", a -> GoString.fromJava(System.getProperty("user.dir")));
        r.register("os.Exit", a -> {
            GoEnv.current().exit((int) Args.i(a[0]));
            return null;
        });
        r.register("os.LookupEnv", a -> {
            String v = Environment.of(GoEnv.current()).get(Args.s(a[0]).toJava());
            return new Object[] {v == null ? GoString.EMPTY : GoString.fromJava(v), v != null};
        });
        r.register("os.Environ", a -> Args.stringSlice(Environment.of(GoEnv.current()).list()));
        r.register("os.setenv", a -> {
            Environment.of(GoEnv.current()).set(Args.s(a[0]).toJava(), Args.s(a[1]).toJava());
            return null;
        });
        r.register("os.unsetenv", a -> {
            Environment.of(GoEnv.current()).unset(Args.s(a[0]).toJava());
            return null;
        });
        r.register("os.Clearenv", a -> {
            Environment.of(GoEnv.current()).clear();
            return null;
        });
        r.register("os.fastrand", a -> minigo.interp.values.GoRandom.nextLong() & 0xffffffffL);
        r.register("os.hostname", a -> GoString.fromJava(HostFiles.hostname()));
        r.register("os.Getppid", a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        r.register("os.Getuid", a -> (long) HostFiles.ids()[0]);
        r.register("os.Geteuid", a -> (long) HostFiles.ids()[1]);
        r.register("os.Getgid", a -> (long) HostFiles.ids()[2]);
        r.register("os.Getegid", a -> (long) HostFiles.ids()[3]);
        r.register("os.Getpid", a -> ProcessHandle.current().pid());
    }

    private static HostFiles files() {
        return HostFiles.of(GoEnv.current());
    }

    /** Writes to a standard stream or an opened file: the count, or -errno. */
    static int writeFd(int fd, byte[] b) {
        if (fd == 1 || fd == 2) {
            write(fd, b);
            return b.length;
        }
        return fd == 0 ? -HostFiles.EBADF : files().write(fd, b);
    }

    /**
     * Reads into b from fd 0 (standard input) or an opened file: the count, 0 at the end, or
     * -errno. Go's stdout is not buffered, so ours is flushed before reading standard input: a
     * prompt shows before the program waits for its answer.
     */
    static int read(int fd, GoSlice b) {
        if (b == null || b.len == 0) return 0;
        if (fd == 1 || fd == 2) return -HostFiles.EBADF;
        GoEnv env = GoEnv.current();
        try {
            if (fd == 0) env.stdout().flush();
            byte[] buf = b.array.bytes != null ? b.array.bytes : new byte[b.len];
            int off = b.array.bytes != null ? b.off : 0;
            int n = fd == 0 ? env.stdin().read(buf, off, b.len) : files().read(fd, buf, off, b.len);
            if (n < 0 && fd != 0) return n;
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
