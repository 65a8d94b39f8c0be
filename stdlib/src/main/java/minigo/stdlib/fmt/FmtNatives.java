package minigo.stdlib.fmt;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.stdlib.Args;

/** fmt's natives: the engine entry points and the methods of the State given to Format methods. */
public final class FmtNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("fmt.sprintf", a -> {
            Printer p = Printer.acquire(a[0]);
            p.doPrintf((GoString) a[1], (GoSlice) a[2]);
            GoString result = Args.newString(p.buffer().toByteArray());
            p.free();
            return result;
        });
        r.register("fmt.sprint", a -> {
            Printer p = Printer.acquire(a[0]);
            p.doPrint((GoSlice) a[1]);
            GoString result = Args.newString(p.buffer().toByteArray());
            p.free();
            return result;
        });
        r.register("fmt.sprintln", a -> {
            Printer p = Printer.acquire(a[0]);
            p.doPrintln((GoSlice) a[1]);
            GoString result = Args.newString(p.buffer().toByteArray());
            p.free();
            return result;
        });
        r.register("fmt.appendf", a -> {
            Printer p = Printer.acquire(a[0]);
            p.doPrintf((GoString) a[2], (GoSlice) a[3]);
            byte[] out = p.buffer().toByteArray();
            p.free();
            return Args.appendBytes(a[1], out);
        });
        r.register("fmt.appendp", a -> {
            Printer p = Printer.acquire(a[0]);
            p.doPrint((GoSlice) a[2]);
            byte[] out = p.buffer().toByteArray();
            p.free();
            return Args.appendBytes(a[1], out);
        });
        r.register("fmt.appendln", a -> {
            Printer p = Printer.acquire(a[0]);
            p.doPrintln((GoSlice) a[2]);
            byte[] out = p.buffer().toByteArray();
            p.free();
            return Args.appendBytes(a[1], out);
        });
        r.register("fmt.errorf", a -> {
            Printer p = Printer.acquire(a[0]);
            p.wrapErrs = true;
            p.doPrintf((GoString) a[1], (GoSlice) a[2]);
            Object[] result = {Args.newString(p.buffer().toByteArray()), (long) p.wrappedIndex};
            p.free();
            return result;
        });
        // State, for Format methods: writes go to the printer running the Format call.
        r.register("fmt.pp.Write", a -> {
            byte[] b = Args.bytes(a[1]);
            Printer.inFormat().buf.write(b);
            return new Object[] {(long) b.length, null};
        });
        r.register("fmt.pp.WriteString", a -> {
            GoString s = (GoString) a[1];
            Printer.inFormat().buf.write(s);
            return new Object[] {(long) s.length(), null};
        });
        r.register("fmt.pp.Width", a -> {
            Fmt f = Printer.inFormat().fmt;
            return new Object[] {(long) f.wid, f.widPresent};
        });
        r.register("fmt.pp.Precision", a -> {
            Fmt f = Printer.inFormat().fmt;
            return new Object[] {(long) f.prec, f.precPresent};
        });
        r.register("fmt.pp.Flag", a -> {
            Fmt f = Printer.inFormat().fmt;
            return switch ((int) Args.i(a[1])) {
                case '-' -> f.minus;
                case '+' -> f.plus || f.plusV;
                case '#' -> f.sharp || f.sharpV;
                case ' ' -> f.space;
                case '0' -> f.zero;
                default -> false;
            };
        });
    }
}
