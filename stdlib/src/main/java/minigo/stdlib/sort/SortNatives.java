package minigo.stdlib.sort;

import java.util.Arrays;
import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Iface;
import minigo.types.Basic;
import minigo.types.Slice;
import minigo.types.Type;

/**
 * sort's natives: what Go does with reflect (the length of the slice in an interface, swapping two of
 * its elements), and Ints/Strings, whose equal elements are indistinguishable so any correct sort
 * gives Go's result.
 */
public final class SortNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("sort.sliceLen", a -> (long) GoSlice.len(slice(a[0], "Len")));
        r.register("sort.swapElems", a -> {
            GoSlice s = slice(a[0], "Swapper");
            int i = s.at((Long) a[1]);
            int j = s.at((Long) a[2]);
            Object vi = s.array.elem.copyValue(s.array.load(i));
            s.array.store(i, s.array.load(j));
            s.array.store(j, vi);
            return null;
        });
        r.register("sort.Ints", a -> {
            GoSlice s = (GoSlice) a[0];
            if (s != null) {
                Arrays.sort(s.array.longs, s.off, s.off + s.len);
            }
            return null;
        });
        r.register("sort.Strings", a -> {
            GoSlice s = (GoSlice) a[0];
            if (s != null) {
                Arrays.sort(s.array.refs, s.off, s.off + s.len, (x, y) -> ((GoString) x).compareTo((GoString) y));
            }
            return null;
        });
    }

    /** The slice inside x; panics as reflect does when x holds something else. */
    private static GoSlice slice(Object x, String method) {
        if (x instanceof Iface f && ((Type) f.type).underlying() instanceof Slice) {
            return (GoSlice) f.value;
        }
        String kind = x == null ? "zero" : kindName(((Type) ((Iface) x).type).underlying());
        throw new GoPanic(new Iface(Basic.STRING, GoString.fromJava(
                "reflect: call of " + method + " on " + kind + " Value")), null);
    }

    private static String kindName(Type u) {
        if (u instanceof Basic b) {
            return Basic.of(b.kind()).name();
        }
        String n = u.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "maptype" -> "map";
            case "pointer" -> "ptr";
            case "signature" -> "func";
            default -> n;
        };
    }
}
