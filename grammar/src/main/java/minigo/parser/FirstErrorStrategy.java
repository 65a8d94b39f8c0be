package minigo.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Stops the parse at the first syntax error, capturing where it happened and what was expected.
 * Go's compiler reports one syntax error per position and its first report is the one that matters;
 * ANTLR's recovery would only produce follow-on noise that Go does not print.
 */
final class FirstErrorStrategy extends DefaultErrorStrategy {
    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw failure(recognizer, e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        InputMismatchException e = new InputMismatchException(recognizer);
        throw failure(recognizer, e);
    }

    @Override
    public void sync(Parser recognizer) {
        try {
            super.sync(recognizer);
        } catch (RecognitionException e) {
            throw failure(recognizer, e);
        }
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        throw failure(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        throw failure(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw failure(recognizer, e);
    }

    private static RecognitionFailure failure(Parser p, RecognitionException e) {
        Token off = e.getOffendingToken() != null ? e.getOffendingToken() : p.getCurrentToken();
        org.antlr.v4.runtime.ParserRuleContext ctx = p.getContext();
        org.antlr.v4.runtime.misc.IntervalSet expected;
        try {
            expected = p.getExpectedTokens();
        } catch (RuntimeException ex) {
            expected = new org.antlr.v4.runtime.misc.IntervalSet();
        }
        return new RecognitionFailure(off, ctx, expected, e instanceof NoViableAltException, e);
    }
}
