package minigo.stdlib.errors;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Pointer;
import minigo.types.Array;
import minigo.types.Interface;
import minigo.types.Struct;
import minigo.types.Type;
import minigo.types.Types;
import minigo.types.Universe;

/** errors' natives: the reflection errors.Is and errors.As need. */
public final class ErrorsNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("errors.comparable", a -> a[0] instanceof Iface f && Types.comparable((Type) f.type));
        r.register("errors.checkTarget", a -> {
            if (!(a[0] instanceof Iface f)) {
                return 1L;
            }
            Type t = (Type) f.type;
            if (!(t.underlying() instanceof minigo.types.Pointer p) || f.value == null) {
                return 2L;
            }
            Type elem = p.elem();
            if (!(elem.underlying() instanceof Interface)
                    && !Types.implementsIface(elem, (Interface) Universe.ERROR.underlying())) {
                return 3L;
            }
            return 0L;
        });
        r.register("errors.storeIfAssignable", a -> {
            Iface err = (Iface) a[0];
            Iface target = (Iface) a[1];
            Type elem = ((minigo.types.Pointer) ((Type) target.type).underlying()).elem();
            if (!Types.assignableTo((Type) err.type, elem)) {
                return false;
            }
            Object v = elem.underlying() instanceof Interface ? err : err.value;
            Type eu = elem.underlying();
            if (eu instanceof Struct) {
                ((GoStruct) target.value).copyFrom((GoStruct) v);
            } else if (eu instanceof Array) {
                ((GoArray) target.value).copyFrom((GoArray) v);
            } else {
                ((Pointer) target.value).store(v);
            }
            return true;
        });
    }
}
