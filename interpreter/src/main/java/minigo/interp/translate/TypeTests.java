package minigo.interp.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.nodes.ExprNode;
import minigo.interp.values.GoPanic;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.TypeAssertionError;
import minigo.types.Interface;
import minigo.types.Type;

/** Type assertions and type-switch tests on interface values (dynamic types are canonical: == compares them). */
final class TypeTests {
    private TypeTests() {}

    static ExprNode isType(ExprNode x, Type t, Translator tr) {
        if (t.underlying() instanceof Interface it) {
            return new ExprNode.BoolExpr() {
                @Child ExprNode v = x;

                @Override
                public boolean executeBool(VirtualFrame f) {
                    Iface i = (Iface) v.execute(f);
                    return i != null && tr.missingMethod(i.type, it) == null;
                }
            };
        }
        Type c = TypeUtil.canon(t);
        return new ExprNode.BoolExpr() {
            @Child ExprNode v = x;

            @Override
            public boolean executeBool(VirtualFrame f) {
                Iface i = (Iface) v.execute(f);
                return i != null && i.type == c;
            }
        };
    }

    static ExprNode unwrap(ExprNode x, Type t) {
        return new ExprNode() {
            @Child ExprNode v = x;

            @Override
            public Object execute(VirtualFrame f) {
                return ((Iface) v.execute(f)).value;
            }
        };
    }

    static ExprNode assertNode(ExprNode x, Type from, Type t, boolean commaOk, Translator tr) {
        String fromS = from.toString();
        String tS = t.toString();
        if (t.underlying() instanceof Interface it) {
            return new ExprNode() {
                @Child ExprNode v = x;

                @Override
                public Object execute(VirtualFrame f) {
                    Iface i = (Iface) v.execute(f);
                    String miss = i == null ? "" : tr.missingMethod(i.type, it);
                    if (miss == null) return commaOk ? new Object[] {i, true} : i;
                    if (commaOk) return new Object[] {null, false};
                    if (i == null) throw GoPanic.of(TypeAssertionError.nilToInterface(tS));
                    throw GoPanic.of(TypeAssertionError.missingMethod(i.type.toString(), tS, miss));
                }
            };
        }
        Type c = TypeUtil.canon(t);
        Layout l = TypeUtil.layout(t);
        return new ExprNode() {
            @Child ExprNode v = x;

            @Override
            public Object execute(VirtualFrame f) {
                Iface i = (Iface) v.execute(f);
                if (i != null && i.type == c) return commaOk ? new Object[] {i.value, true} : i.value;
                if (commaOk) return new Object[] {l.zero(), false};
                if (i == null) throw GoPanic.of(TypeAssertionError.nilToConcrete(fromS, tS));
                throw GoPanic.of(TypeAssertionError.wrongType(fromS, i.type.toString(), tS));
            }
        };
    }
}
