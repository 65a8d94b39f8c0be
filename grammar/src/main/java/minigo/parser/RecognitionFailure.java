package minigo.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The first syntax error of a parse, with what {@link GoSyntaxErrors} needs to word it as Go does. */
final class RecognitionFailure extends RuntimeException {
    final Token offending;
    final ParserRuleContext ctx;
    final IntervalSet expected;
    /** True when ANTLR could not choose any alternative (as opposed to a missing token). */
    final boolean noViableAlt;
    final RecognitionException cause;

    RecognitionFailure(Token offending, ParserRuleContext ctx, IntervalSet expected, boolean noViableAlt,
                       RecognitionException cause) {
        super("syntax error", null, false, false);
        this.offending = offending;
        this.ctx = ctx;
        this.expected = expected;
        this.noViableAlt = noViableAlt;
        this.cause = cause;
    }
}
