package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.RuntimeErrors;
import minigo.interp.values.GoPanic;

/**
 * An operand that a run-time error is reported at, rather than at its statement: a select case's
 * channel or value, which gc evaluates on the case's own line. (A run-time error's line is
 * otherwise its statement's: see GoPanic#site.)
 */
public final class Sited extends ExprNode {
    @Child ExprNode x;

    public Sited(ExprNode x) {
        this.x = x;
    }

    @Override
    public Object execute(VirtualFrame f) {
        try {
            return x.execute(f);
        } catch (GoPanic | NullPointerException | ArithmeticException e) {
            throw RuntimeErrors.atStatement(e, this);
        }
    }
}
