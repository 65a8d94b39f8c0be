package minigo.interp.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import minigo.interp.gc.Pins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Blocks and loops release what a statement pinned for the collector once it ends, though they
 * release only after statements they have seen pin: a statement that starts pinning late is still
 * released, and the next statement never sees its predecessor's pins.
 */
class PinReleaseTest {
    private Pins saved;
    private Pins pins;

    @BeforeEach
    void install() {
        saved = Pins.current;
        pins = new Pins();
        Pins.current = pins;
    }

    @AfterEach
    void restore() {
        Pins.current = saved;
    }

    /** Pins n objects when run (an allocation would). */
    static final class Pinning extends StmtNode {
        int n;

        Pinning(int n) {
            this.n = n;
        }

        @Override
        public void exec(VirtualFrame f) {
            for (int i = 0; i < n; i++) Pins.pin(new Object());
        }
    }

    /** Records how many values are pinned when it runs. */
    static final class Probe extends StmtNode {
        final List<Integer> seen = new ArrayList<>();

        @Override
        public void exec(VirtualFrame f) {
            seen.add(Pins.current.size());
        }
    }

    private static void run(StmtNode body) {
        new RootNode(null) {
            @Child StmtNode b = body;

            @Override
            public Object execute(VirtualFrame f) {
                b.exec(f);
                return null;
            }
        }.getCallTarget().call();
    }

    @Test
    void aStatementsPinsAreGoneBeforeTheNextRunsAndAfterTheBlock() {
        Pins.pin(new Object()); // an enclosing statement's pin stays
        Probe probe = new Probe();
        Stmts.Block block = new Stmts.Block(new StmtNode[]{new Pinning(2), probe, new Pinning(3)});
        run(block);
        assertEquals(List.of(1), probe.seen);
        assertEquals(1, pins.size());
    }

    @Test
    void aStatementThatStartsPinningLaterIsReleasedToo() {
        Pinning late = new Pinning(0);
        Probe probe = new Probe();
        Stmts.Block block = new Stmts.Block(new StmtNode[]{late, probe});
        for (int i = 0; i < 3; i++) run(block);
        late.n = 4;
        run(block);
        assertEquals(List.of(0, 0, 0, 0), probe.seen);
        assertEquals(0, pins.size());
    }

    @Test
    void eachLoopIterationReleasesWhatItPinned() {
        // the body pins directly (no block of its own to release it): the iteration must
        List<Integer> seen = new ArrayList<>();
        int[] left = {5};
        ExprNode more = new ExprNode.BoolExpr() {
            @Override
            public boolean executeBool(VirtualFrame f) {
                seen.add(Pins.current.size());
                return left[0]-- > 0;
            }
        };
        Pinning body = new Pinning(0);
        StmtNode loop = new Stmts.For(new Object(), more, null, body);
        run(loop);
        body.n = 7; // pins from now on (the loop's iterations had not)
        left[0] = 5;
        run(loop);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), seen);
        assertEquals(0, pins.size());
    }
}
