package minigo.interp.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Binary nodes read local variables and constants in place (no child node) and evaluate the
 * others as children: every mix of the three gives the operation's value, with the left operand
 * evaluated first, and a variable is read when the operation runs, not when it was built.
 */
class OperandsTest {
    /** Slot 0: long 7, slot 1: long 3, slot 2: double 2.5. */
    private static Object eval(ExprNode e, boolean asBool) {
        FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
        int a = b.addSlot(FrameSlotKind.Static, null, Locals.SlotKind.LONG);
        int c = b.addSlot(FrameSlotKind.Static, null, Locals.SlotKind.LONG);
        int d = b.addSlot(FrameSlotKind.Static, null, Locals.SlotKind.DOUBLE);
        return new RootNode(null, b.build()) {
            @Child ExprNode x = e;

            @Override
            public Object execute(VirtualFrame f) {
                f.setLongStatic(a, 7);
                f.setLongStatic(c, 3);
                f.setDoubleStatic(d, 2.5);
                return asBool ? (Object) x.executeBool(f) : x.execute(f);
            }
        }.getCallTarget().call();
    }

    /** A long-valued child that logs when it runs. */
    static final class Logged extends ExprNode.LongExpr {
        final List<String> log;
        final String name;
        final long v;

        Logged(List<String> log, String name, long v) {
            this.log = log;
            this.name = name;
            this.v = v;
        }

        @Override
        public long executeLong(VirtualFrame f) {
            log.add(name);
            return v;
        }
    }

    private static ExprNode local(int slot) {
        return Locals.read(Locals.SlotKind.LONG, slot);
    }

    /** Operand shape 0: local variable, 1: constant, 2: child node; its value is v either way. */
    private static ExprNode operand(int shape, int slot, long v) {
        return switch (shape) {
            case 0 -> local(slot);
            case 1 -> new Lit.LongLit(v);
            default -> new Logged(new ArrayList<>(), "child", v);
        };
    }

    @Test
    void everyMixOfLocalConstantAndChildComputes() {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                String shape = "shape " + i + "," + j;
                assertEquals(4L, eval(Arith.intBinary(Arith.Op.SUB, IntKind.I64, operand(i, 0, 7), operand(j, 1, 3)), false), shape);
                assertEquals(1L, eval(Arith.intBinary(Arith.Op.REM, IntKind.I64, operand(i, 0, 7), operand(j, 1, 3)), false), shape);
                assertEquals(56L, eval(new Arith.Shift(Arith.Op.SHL, IntKind.I64, operand(i, 0, 7), operand(j, 1, 3), false), false), shape);
                assertTrue((Boolean) eval(Arith.intCompare(Arith.Op.GTR, IntKind.I64, operand(i, 0, 7), operand(j, 1, 3)), true), shape);
                assertFalse((Boolean) eval(Arith.intCompare(Arith.Op.GTR, IntKind.I64, operand(j, 1, 3), operand(i, 0, 7)), true), shape);
            }
        }
    }

    @Test
    void childrenRunLeftToRight() {
        List<String> log = new ArrayList<>();
        assertEquals(-1L, eval(Arith.intBinary(Arith.Op.SUB, IntKind.I64, new Logged(log, "x", 2), new Logged(log, "y", 3)), false));
        assertEquals(List.of("x", "y"), log);
    }

    @Test
    void floatsReadLocalsAndConstantsToo() {
        ExprNode half = Arith.floatBinary(Arith.Op.QUO, false, Locals.read(Locals.SlotKind.DOUBLE, 2), new Lit.DoubleLit(2));
        assertEquals(1.25, eval(half, false));
        ExprNode diff = Arith.floatBinary(Arith.Op.SUB, false, new Lit.DoubleLit(2), Locals.read(Locals.SlotKind.DOUBLE, 2));
        assertEquals(-0.5, eval(diff, false));
        ExprNode less = Arith.floatCompare(Arith.Op.LSS, Locals.read(Locals.SlotKind.DOUBLE, 2), new Lit.DoubleLit(2.5));
        assertFalse((Boolean) eval(less, true));
    }
}
