package minigo.stdlib.strings;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.stdlib.Args;

/** Natives of strings and bytes: the searching kernels, and the Builder's zero-copy String. */
public final class StringsNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("strings.IndexByte", a -> {
            byte[] s = Args.s(a[0]).toByteArray();
            return (long) Search.indexByte(s, 0, s.length, (int) Args.i(a[1]));
        });
        r.register("strings.Index", a -> {
            byte[] s = Args.s(a[0]).toByteArray();
            byte[] p = Args.s(a[1]).toByteArray();
            return (long) Search.index(s, 0, s.length, p, 0, p.length);
        });
        r.register("strings.LastIndex", a -> {
            byte[] s = Args.s(a[0]).toByteArray();
            byte[] p = Args.s(a[1]).toByteArray();
            return (long) Search.lastIndex(s, 0, s.length, p, 0, p.length);
        });
        r.register("strings.Count", a -> {
            byte[] s = Args.s(a[0]).toByteArray();
            byte[] p = Args.s(a[1]).toByteArray();
            return (long) Search.count(s, 0, s.length, p, 0, p.length);
        });
        r.register("strings.Compare", a -> (long) Integer.signum(Args.s(a[0]).compareTo(Args.s(a[1]))));
        r.register("strings.noescape", a -> a[0]);
        r.register("strings.unsafeString", a -> {
            GoSlice b = (GoSlice) a[0];
            if (b == null || b.len == 0) {
                return GoString.EMPTY;
            }
            return GoString.wrap(b.array.bytes).substring(b.off, b.off + b.len);
        });

        r.register("bytes.IndexByte", a -> {
            byte[] s = Args.bytes(a[0]);
            return (long) Search.indexByte(s, 0, s.length, (int) Args.i(a[1]));
        });
        r.register("bytes.Index", a -> {
            byte[] s = Args.bytes(a[0]);
            byte[] p = Args.bytes(a[1]);
            return (long) Search.index(s, 0, s.length, p, 0, p.length);
        });
        r.register("bytes.LastIndex", a -> {
            byte[] s = Args.bytes(a[0]);
            byte[] p = Args.bytes(a[1]);
            return (long) Search.lastIndex(s, 0, s.length, p, 0, p.length);
        });
        r.register("bytes.Count", a -> {
            byte[] s = Args.bytes(a[0]);
            byte[] p = Args.bytes(a[1]);
            return (long) Search.count(s, 0, s.length, p, 0, p.length);
        });
        r.register("bytes.Compare", a -> {
            byte[] x = Args.bytes(a[0]);
            byte[] y = Args.bytes(a[1]);
            return (long) Search.compare(x, 0, x.length, y, 0, y.length);
        });
        r.register("bytes.Equal", a -> java.util.Arrays.equals(Args.bytes(a[0]), Args.bytes(a[1])));
    }
}
