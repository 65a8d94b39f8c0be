package minigo.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * The prediction engine for the second, error-reporting parse of a file that failed.
 *
 * <p>ANTLR predicts first with context-free lookahead (SLL): at the end of a rule it assumes any
 * token that may follow the rule ANYWHERE in the grammar may follow it here. On valid input that is
 * only a question of speed; on invalid input, an alternative that is really dead (a ',' after a
 * return's results, a '[' after a variable's type) stays alive, the lookahead runs on to the error,
 * every alternative dies there, and ANTLR guesses. Go's parser instead commits as soon as the next
 * token tells, and reports the error where its choice fails.
 *
 * <p>This simulator retries such a dead end (one found after at least one token of lookahead) with full-context prediction, which knows the real
 * caller and so drops the impossible alternative at once: the parse commits where Go's does, and
 * the error surfaces at Go's token. Its DFA cache is private, so the shared cache of the fast path
 * never learns these error-specific states.
 */
final class CommittingATNSimulator extends ParserATNSimulator {

    CommittingATNSimulator(Parser parser, ATN atn) {
        super(parser, atn, freshDfa(atn), new PredictionContextCache());
    }

    private static DFA[] freshDfa(ATN atn) {
        DFA[] dfa = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < dfa.length; i++) dfa[i] = new DFA(atn.getDecisionState(i), i);
        return dfa;
    }

    /**
     * When even full-context prediction dies after some lookahead (every alternative fails at the
     * same later token), Go would have committed to the alternative the first token suggested and
     * failed at that later token. Choose like that: an alternative that had already left the rule
     * (so the enclosing construct reports the error), else the first one still alive.
     */
    @Override
    public int adaptivePredict(org.antlr.v4.runtime.TokenStream input, int decision,
                               org.antlr.v4.runtime.ParserRuleContext outerContext) {
        try {
            return super.adaptivePredict(input, decision, outerContext);
        } catch (org.antlr.v4.runtime.NoViableAltException e) {
            org.antlr.v4.runtime.atn.ATNConfigSet configs = e.getDeadEndConfigs();
            if (configs == null || e.getStartToken() == e.getOffendingToken()) throw e;
            int finished = Integer.MAX_VALUE;
            int alive = Integer.MAX_VALUE;
            for (org.antlr.v4.runtime.atn.ATNConfig c : configs) {
                alive = Math.min(alive, c.alt);
                if (c.getOuterContextDepth() > 0 || c.state instanceof org.antlr.v4.runtime.atn.RuleStopState) {
                    finished = Math.min(finished, c.alt);
                }
            }
            if (finished != Integer.MAX_VALUE) return finished;
            if (alive != Integer.MAX_VALUE) return alive;
            throw e;
        }
    }

    @Override
    protected DFAState getExistingTargetState(DFAState previousD, int t) {
        DFAState d = super.getExistingTargetState(previousD, t);
        return d == ERROR ? null : d;
    }

    @Override
    protected DFAState computeTargetState(DFA dfa, DFAState previousD, int t) {
        DFAState d = super.computeTargetState(dfa, previousD, t);
        // A dead end on the very first token is a genuine error at that token: leave it to ANTLR,
        // which exits the rule so that the error is reported by the enclosing construct, as Go does.
        if (d != ERROR || _input.index() == _startIndex) return d;
        DFAState retry = new DFAState(previousD.configs);
        retry.requiresFullContext = true;
        retry.isAcceptState = true;
        return retry;
    }
}
