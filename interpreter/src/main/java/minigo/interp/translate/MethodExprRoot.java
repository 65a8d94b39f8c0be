package minigo.interp.translate;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import minigo.interp.GoLanguage;
import minigo.interp.RuntimeErrors;
import minigo.interp.values.Iface;
import minigo.interp.values.Pointer;
import minigo.types.Type;

/**
 * A method expression T.M used as a function value: its first argument is the receiver, which this
 * root moves into the context position of the method's calling convention. With ref == null it is an
 * interface method expression I.M, dispatched on the receiver's dynamic type; with a promoted target,
 * a method promoted to T through embedded fields.
 */
final class MethodExprRoot extends RootNode {
    private final String name;
    private final FuncRef ref;
    private final Translator tr;
    private final boolean loadReceiver;
    private final RootCallTarget promoted;
    @Child private IndirectCallNode call = IndirectCallNode.create();

    MethodExprRoot(GoLanguage lang, String name, FuncRef ref, Translator tr, boolean loadReceiver) {
        super(lang);
        this.name = name;
        this.ref = ref;
        this.tr = tr;
        this.loadReceiver = loadReceiver;
        this.promoted = null;
    }

    /** T.M for a method promoted to T: promoted takes a T receiver (see Translator.method). */
    MethodExprRoot(GoLanguage lang, String name, RootCallTarget promoted, Translator tr) {
        super(lang);
        this.name = name;
        this.ref = null;
        this.tr = tr;
        this.loadReceiver = false;
        this.promoted = promoted;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        Object[] b = java.util.Arrays.copyOfRange(a, 1, a.length);
        if (promoted != null) return call.call(promoted, b);
        if (ref == null) {
            Iface i = (Iface) b[0];
            if (i == null) throw RuntimeErrors.nilDeref();
            b[0] = i.value;
            return call.call(tr.method((Type) i.type, name), b);
        }
        if (loadReceiver) {
            Pointer p = (Pointer) b[0];
            if (p == null) throw RuntimeErrors.nilDeref();
            b[0] = p.load();
        }
        return call.call(ref.target(), b);
    }

    @Override
    public String getName() {
        return name;
    }
}
