package minigo.stdlib.strconv;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.stdlib.Args;
import minigo.stdlib.unicode.UnicodeTables;

/** strconv's natives: float formatting and parsing, and the printability tables. */
public final class StrconvNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("strconv.formatFloat", a -> Args.newString(FloatFormat.format(
                Args.f(a[0]), (char) Args.i(a[1]), (int) Args.i(a[2]), (int) Args.i(a[3]))));
        r.register("strconv.parseFloat", a -> {
            FloatParse.Result res = FloatParse.parse(Args.latin1(Args.s(a[0])), (int) Args.i(a[1]));
            return new Object[] {res.value(), (long) res.status()};
        });
        r.register("strconv.IsPrint", a -> UnicodeTables.isPrint(Args.i(a[0])));
        r.register("strconv.IsGraphic", a -> UnicodeTables.isGraphic(Args.i(a[0])));
    }
}
