package minigo.stdlib.unicode;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.stdlib.Args;

/** unicode's natives: classification beyond Latin-1 and the case mappings. */
public final class UnicodeNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("unicode.isLetter", a -> UnicodeTables.isLetter(Args.i(a[0])));
        r.register("unicode.isDigit", a -> UnicodeTables.isDigit(Args.i(a[0])));
        r.register("unicode.isUpper", a -> UnicodeTables.isUpper(Args.i(a[0])));
        r.register("unicode.isLower", a -> UnicodeTables.isLower(Args.i(a[0])));
        r.register("unicode.IsNumber", a -> UnicodeTables.isNumber(Args.i(a[0])));
        r.register("unicode.IsTitle", a -> UnicodeTables.isTitle(Args.i(a[0])));
        r.register("unicode.IsPunct", a -> UnicodeTables.isPunct(Args.i(a[0])));
        r.register("unicode.IsSymbol", a -> UnicodeTables.isSymbol(Args.i(a[0])));
        r.register("unicode.IsMark", a -> UnicodeTables.isMark(Args.i(a[0])));
        r.register("unicode.IsGraphic", a -> UnicodeTables.isGraphic(Args.i(a[0])));
        r.register("unicode.IsPrint", a -> UnicodeTables.isPrint(Args.i(a[0])));
        r.register("unicode.ToUpper", a -> UnicodeTables.toUpper(Args.i(a[0])));
        r.register("unicode.ToLower", a -> UnicodeTables.toLower(Args.i(a[0])));
        r.register("unicode.ToTitle", a -> UnicodeTables.toTitle(Args.i(a[0])));
        r.register("unicode.SimpleFold", a -> UnicodeTables.simpleFold(Args.i(a[0])));
        r.register("unicode.isIn", a -> UnicodeTables.isIn(Args.s(a[0]).toJava(), Args.i(a[1])));
    }
}
