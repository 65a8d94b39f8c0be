package minigo.interp.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;
import minigo.interp.RuntimeErrors;
import minigo.interp.values.GoPanic;

/** Statements: blocks (with goto), if, for (Truffle LoopNode), switch, break targets. */
public final class Stmts {
    private Stmts() {}

    /**
     * A statement list. What a statement pinned for the collector ({@link minigo.interp.gc.Pins}) is in
     * slots, the heap or garbage once it ends, so it is released then. Most statements pin nothing
     * (no allocation, no call returning a reference), and each release point cost compiled code a
     * test, a call and the state to deoptimize to: with one after every statement, they were half the
     * compiled graph of fannkuch's loop. So a block releases only after the statements it has seen
     * pin while interpreted ({@link #pins}). A statement that first pins in compiled code is released
     * by the next release around it (a later statement's, the loop iteration's, the function's
     * return: see {@link minigo.interp.gc.Pins}). The profile is not corrected from compiled code,
     * except when a loop iteration that had never pinned deoptimizes (see {@link PinnedRepeat}) and
     * the block then runs interpreted.
     */
    public static final class Block extends StmtNode {
        @Children final StmtNode[] body;
        /** pins[i]: statement i has pinned something when it ran in the interpreter. */
        @CompilationFinal(dimensions = 1) private final boolean[] pins;

        public Block(StmtNode[] body) {
            this.body = body;
            this.pins = new boolean[body.length];
        }

        @Override
        @ExplodeLoop
        public void exec(VirtualFrame f) {
            int mark = minigo.interp.gc.Pins.mark();
            int i = 0;
            try {
                for (; i < body.length; i++) {
                    body[i].exec(f);
                    releaseAfter(i, mark);
                }
            } catch (GoPanic | NullPointerException | ArithmeticException e) {
                throw RuntimeErrors.atStatement(e, body[i]);
            }
        }

        @Override
        @ExplodeLoop
        public boolean execReturning(VirtualFrame f) {
            // a return leaves the pins, as its throw did: the caller's statement releases them
            int mark = minigo.interp.gc.Pins.mark();
            int i = 0;
            try {
                for (; i < body.length; i++) {
                    if (body[i].execReturning(f)) return true;
                    releaseAfter(i, mark);
                }
            } catch (GoPanic | NullPointerException | ArithmeticException e) {
                throw RuntimeErrors.atStatement(e, body[i]);
            }
            return false;
        }

        // Small enough (29 bytecodes) for C1 to inline into exec: the interpreter runs it after every
        // statement, and as a call it cost 6% of an interpreted fannkuch's main thread.
        private void releaseAfter(int i, int mark) {
            if (CompilerDirectives.inCompiledCode()) {
                releaseCompiled(i, mark);
            } else if (minigo.interp.gc.Pins.pinnedSince(mark)) {
                pinned(i, mark);
            }
        }

        /** Compiled code releases only after the statements seen to pin (pins[i] is a constant). */
        private void releaseCompiled(int i, int mark) {
            if (pins[i]) {
                minigo.interp.gc.Pins.release(mark);
            }
        }

        /** Statement i has pinned something while interpreted: from now on it releases. */
        private void pinned(int i, int mark) {
            pins[i] = true;
            minigo.interp.gc.Pins.release(mark);
        }
    }

    /**
     * The parts of one Go statement that the translator made several nodes of (an assignment's
     * operands saved in temporaries, then its stores). Unlike a {@link Block} it leaves what its
     * parts pin to the statement that contains it, which releases after the whole statement: the
     * interpreter does no pin bookkeeping between the parts.
     */
    public static final class Seq extends StmtNode {
        @Children final StmtNode[] parts;

        public Seq(StmtNode[] parts) {
            this.parts = parts;
        }

        @Override
        @ExplodeLoop
        public void exec(VirtualFrame f) {
            int i = 0;
            try {
                for (; i < parts.length; i++) {
                    parts[i].exec(f);
                }
            } catch (GoPanic | NullPointerException | ArithmeticException e) {
                throw RuntimeErrors.atStatement(e, parts[i]);
            }
        }
    }

    /**
     * A condition or switch tag whose calls Go's compiler makes before the rest of it is read
     * ({@code if n != inc()} compares inc's result with the n it left): the copies, then the value.
     */
    public static final class Ordered extends ExprNode {
        @Children final StmtNode[] copies;
        @Child ExprNode value;

        public Ordered(StmtNode[] copies, ExprNode value) {
            this.copies = copies;
            this.value = value;
        }

        @ExplodeLoop
        private void copies(VirtualFrame f) {
            for (StmtNode c : copies) {
                c.exec(f);
            }
        }

        @Override
        public Object execute(VirtualFrame f) {
            copies(f);
            return value.execute(f);
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            copies(f);
            return value.executeBool(f);
        }

        @Override
        public long executeLong(VirtualFrame f) {
            copies(f);
            return value.executeLong(f);
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            copies(f);
            return value.executeDouble(f);
        }
    }

    /**
     * A block of one statement. Blocks name the statement that was running as the site of a
     * run-time error raised inside it (a failed index, a nil map store, a nil dereference), so that
     * the traceback shows that statement's line: a lone statement gets this wrapper for the purpose,
     * and nothing else.
     */
    public static final class Single extends StmtNode {
        @Child StmtNode stmt;

        public Single(StmtNode stmt) {
            this.stmt = stmt;
        }

        @Override
        public void exec(VirtualFrame f) {
            try {
                stmt.exec(f);
            } catch (GoPanic | NullPointerException | ArithmeticException e) {
                throw RuntimeErrors.atStatement(e, stmt);
            }
        }

        @Override
        public boolean execReturning(VirtualFrame f) {
            try {
                return stmt.execReturning(f);
            } catch (GoPanic | NullPointerException | ArithmeticException e) {
                throw RuntimeErrors.atStatement(e, stmt);
            }
        }
    }

    /** return: the result stores, then leave the function (see {@link StmtNode#execReturning}). */
    public static final class Return extends StmtNode {
        @Children final StmtNode[] stores;
        /** The function's defer-site slot (FuncRoot), or -1 when it has no defer statement. */
        final int deferSite;

        public Return(StmtNode[] stores, int deferSite) {
            this.stores = stores;
            this.deferSite = deferSite;
        }

        @Override
        public void exec(VirtualFrame f) {
            execReturning(f);
            throw Control.Return.INSTANCE;
        }

        @Override
        @ExplodeLoop
        public boolean execReturning(VirtualFrame f) {
            for (StmtNode s : stores) {
                s.exec(f);
            }
            // the deferred calls run here: runtime.Caller from one of them reports this line
            if (deferSite >= 0) f.setObjectStatic(deferSite, this);
            return true;
        }
    }

    /**
     * A block that declares goto labels: a goto to one of them (from inside the block, at any depth)
     * unwinds to here and execution resumes at the labelled statement.
     */
    public static final class GotoBlock extends StmtNode {
        @Children final StmtNode[] body;
        @CompilationFinal(dimensions = 1) final Object[] labels; // label object per statement index, or null

        public GotoBlock(StmtNode[] body, Object[] labels) {
            this.body = body;
            this.labels = labels;
        }

        /**
         * A dispatch loop over the statements, exploded as a bytecode interpreter's is: the
         * compiler keeps {@code i} a constant on every path (a copy of the code per statement a
         * goto can land on), so each {@code body[i]} is a known child. With a run-time index the
         * child call could not be resolved and the frame would escape: no compilation.
         */
        @Override
        @ExplodeLoop(kind = ExplodeLoop.LoopExplosionKind.MERGE_EXPLODE)
        public void exec(VirtualFrame f) {
            int mark = minigo.interp.gc.Pins.mark();
            int i = 0;
            while (i < body.length) {
                Control.Goto g;
                try {
                    body[i].exec(f);
                    i++;
                    continue;
                } catch (Control.Goto e) {
                    g = e;
                } catch (GoPanic | NullPointerException | ArithmeticException e) {
                    throw RuntimeErrors.atStatement(e, body[i]);
                }
                TruffleSafepoint.poll(this);
                int target = -1;
                for (int j = 0; j < labels.length; j++) {
                    if (labels[j] == g.label) {
                        target = j;
                        break;
                    }
                }
                if (target < 0) throw g;
                // a goto within the block may be a loop's back-edge: what its statements pinned is in
                // slots, the heap or garbage by now (a goto out of it releases nothing, as a return)
                minigo.interp.gc.Pins.release(mark);
                i = target;
            }
        }
    }

    public static final class Goto extends StmtNode {
        final Object label;

        public Goto(Object label) {
            this.label = label;
        }

        @Override
        public void exec(VirtualFrame f) {
            throw new Control.Goto(label);
        }
    }

    public static final class Break extends StmtNode {
        final Control.Break exc;

        public Break(Object target) {
            this.exc = new Control.Break(target);
        }

        @Override
        public void exec(VirtualFrame f) {
            throw exc;
        }
    }

    public static final class Continue extends StmtNode {
        final Control.Continue exc;

        public Continue(Object target) {
            this.exc = new Control.Continue(target);
        }

        @Override
        public void exec(VirtualFrame f) {
            throw exc;
        }
    }

    /** A breakable statement that is not a loop (switch, select, labelled block): catches its own break. */
    public static final class Breakable extends StmtNode {
        @Child StmtNode body;
        final Object target;

        public Breakable(Object target, StmtNode body) {
            this.target = target;
            this.body = body;
        }

        @Override
        public void exec(VirtualFrame f) {
            try {
                body.exec(f);
            } catch (Control.Break b) {
                if (b.target != target) throw b;
            }
        }

        @Override
        public boolean execReturning(VirtualFrame f) {
            try {
                return body.execReturning(f);
            } catch (Control.Break b) {
                if (b.target != target) throw b;
                return false;
            }
        }
    }

    /** Clears reference slots whose variables are dead from here on, so the collector does not see them. */
    public static final class ClearSlots extends StmtNode {
        @CompilationFinal(dimensions = 1) final int[] slots;

        public ClearSlots(int[] slots) {
            this.slots = slots;
        }

        @Override
        @ExplodeLoop
        public void exec(VirtualFrame f) {
            for (int s : slots) {
                f.setObjectStatic(s, null);
            }
        }
    }

    public static final class ExprStmt extends StmtNode {
        @Child ExprNode x;

        public ExprStmt(ExprNode x) {
            this.x = x;
        }

        @Override
        public void exec(VirtualFrame f) {
            x.execute(f);
        }
    }

    public static final class Nop extends StmtNode {
        @Override
        public void exec(VirtualFrame f) {}
    }

    /**
     * if/else. The condition is profiled: a branch the interpreter has never seen taken is left out
     * of compiled code (taking it deoptimizes). Go code is full of branches that almost never run,
     * error returns above all ({@code if f.fd < 0 { return &PathError{...} }}), and compiled they
     * would bring in everything below them (the allocation of the error, its fields' write
     * barriers): more graph to compile, and the first compilations are what short scripts wait for.
     */
    public static final class If extends StmtNode {
        @Child ExprNode cond;
        @Child StmtNode then;
        @Child StmtNode els;
        private final ConditionProfile taken = ConditionProfile.create();

        public If(ExprNode cond, StmtNode then, StmtNode els) {
            this.cond = cond;
            this.then = then;
            this.els = els;
        }

        @Override
        public void exec(VirtualFrame f) {
            if (taken.profile(cond.executeBool(f))) {
                then.exec(f);
            } else if (els != null) {
                els.exec(f);
            }
        }

        @Override
        public boolean execReturning(VirtualFrame f) {
            if (taken.profile(cond.executeBool(f))) {
                return then.execReturning(f);
            } else if (els != null) {
                return els.execReturning(f);
            }
            return false;
        }
    }

    /** for init; cond; post { body }. init runs outside (the translator puts it before this node). */
    public static final class For extends StmtNode {
        @Child LoopNode loop;

        public For(Object target, ExprNode cond, StmtNode post, StmtNode body) {
            this.loop = Truffle.getRuntime().createLoopNode(new ForRepeat(target, cond, post, body));
        }

        @Override
        public void exec(VirtualFrame f) {
            loop.execute(f);
        }
    }

    /**
     * One loop iteration at a time; what an iteration pinned for the collector
     * ({@link minigo.interp.gc.Pins}) is released when it ends, so a long loop does not keep its garbage.
     * Once an iteration has pinned something, every iteration releases; until then compiled code only
     * checks, and the first iteration that pins deoptimizes (the interpreter then records it).
     */
    abstract static class PinnedRepeat extends GoNode implements RepeatingNode {
        /** An iteration has pinned something (see {@link Block}). */
        @CompilationFinal private boolean pins;

        @Override
        public final boolean executeRepeating(VirtualFrame f) {
            int mark = minigo.interp.gc.Pins.mark();
            try {
                return iterate(f);
            } finally {
                if (pins) {
                    minigo.interp.gc.Pins.release(mark);
                } else if (minigo.interp.gc.Pins.pinnedSince(mark)) {
                    if (CompilerDirectives.inCompiledCode()) {
                        CompilerDirectives.transferToInterpreterAndInvalidate();
                    }
                    pins = true;
                    minigo.interp.gc.Pins.release(mark);
                }
            }
        }

        /** One iteration; false when the loop is done. */
        abstract boolean iterate(VirtualFrame f);
    }

    static final class ForRepeat extends PinnedRepeat {
        final Object target;
        @Child ExprNode cond;
        @Child StmtNode post;
        @Child StmtNode body;

        ForRepeat(Object target, ExprNode cond, StmtNode post, StmtNode body) {
            this.target = target;
            this.cond = cond;
            this.post = post;
            this.body = body;
        }

        @Override
        boolean iterate(VirtualFrame f) {
            if (cond != null && !cond.executeBool(f)) return false;
            try {
                body.exec(f);
            } catch (Control.Break b) {
                if (b.target != target) throw b;
                return false;
            } catch (Control.Continue c) {
                if (c.target != target) throw c;
            }
            if (post != null) post.exec(f);
            // (no TruffleSafepoint.poll: a LoopNode polls at its back-edges itself)
            preempt();
            return true;
        }
    }

    /**
     * A loop driven by an iterator-like step node (for range): step() performs one iteration,
     * returning false when the range is exhausted; the body runs in between.
     */
    public abstract static class RangeStep extends GoNode {
        /** Sets up the iteration (evaluates the range expression once). */
        public abstract void init(VirtualFrame f);

        /** Assigns the next iteration values; false when done. */
        public abstract boolean next(VirtualFrame f);
    }

    public static final class Range extends StmtNode {
        @Child RangeStep step;
        @Child LoopNode loop;

        public Range(Object target, RangeStep step, StmtNode body) {
            this.step = step;
            this.loop = Truffle.getRuntime().createLoopNode(new RangeRepeat(target, step, body));
        }

        @Override
        public void exec(VirtualFrame f) {
            step.init(f);
            loop.execute(f);
        }
    }

    static final class RangeRepeat extends PinnedRepeat {
        final Object target;
        final RangeStep step; // adopted by Range
        @Child StmtNode body;

        RangeRepeat(Object target, RangeStep step, StmtNode body) {
            this.target = target;
            this.step = step;
            this.body = body;
        }

        @Override
        boolean iterate(VirtualFrame f) {
            if (!step.next(f)) return false;
            try {
                body.exec(f);
            } catch (Control.Break b) {
                if (b.target != target) throw b;
                return false;
            } catch (Control.Continue c) {
                if (c.target != target) throw c;
            }
            preempt();
            return true;
        }
    }

    /**
     * Loop back-edges between two calls of {@link minigo.interp.sched.Sched#preemptCheck}. The check
     * is a call out of compiled code (a TruffleBoundary) and a volatile read; made at every
     * back-edge it cost more than the body of a small loop and kept the compiler from optimizing
     * the loop. Counting here first makes the common back-edge an increment and a test; the
     * scheduler's budget (in checks) is then reached after this many times more iterations, still
     * well under the 10 ms after which Go's sysmon preempts.
     */
    static final int PREEMPT_STRIDE = 16;
    /** Back-edges since the last check. Only the goroutine holding the P runs Go code, so plain. */
    private static int backEdges;

    /** A loop back-edge is where a goroutine that used up its budget lets the others run. */
    static void preempt() {
        if (++backEdges >= PREEMPT_STRIDE) {
            backEdges = 0;
            preemptBoundary();
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void preemptBoundary() {
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        if (s != null) s.preemptCheck();
    }

    /**
     * An expression switch after translation: each clause has a guard (a boolean expression that
     * compares the tag, already stored in a slot, with the case values in order, or null for default)
     * and a body; a body ending in fallthrough continues with the next body.
     */
    public static final class Switch extends StmtNode {
        @Child StmtNode init;
        @Children final ExprNode[] guards;
        @Children final StmtNode[] bodies;
        @CompilationFinal(dimensions = 1) final boolean[] fallsThrough;
        /** ran[i] entered: clause i's body has run while interpreted; compiled code leaves out the others, as If does. */
        @CompilationFinal(dimensions = 1) private final BranchProfile[] ran;
        final int defaultIndex;
        final Object target;

        public Switch(Object target, StmtNode init, ExprNode[] guards, StmtNode[] bodies, boolean[] fallsThrough, int defaultIndex) {
            this.target = target;
            this.init = init;
            this.guards = guards;
            this.bodies = bodies;
            this.fallsThrough = fallsThrough;
            this.ran = new BranchProfile[bodies.length];
            for (int i = 0; i < ran.length; i++) ran[i] = BranchProfile.create();
            this.defaultIndex = defaultIndex;
        }

        @Override
        public void exec(VirtualFrame f) {
            if (execReturning(f)) throw Control.Return.INSTANCE;
        }

        @Override
        @ExplodeLoop
        public boolean execReturning(VirtualFrame f) {
            try {
                if (init != null) init.exec(f);
                int chosen = -1;
                for (int i = 0; i < guards.length; i++) {
                    if (guards[i] != null && guards[i].executeBool(f)) {
                        chosen = i;
                        break;
                    }
                }
                if (chosen < 0) chosen = defaultIndex;
                if (chosen < 0) return false;
                boolean running = false;
                for (int i = 0; i < bodies.length; i++) {
                    if (i == chosen) running = true;
                    if (running) {
                        ran[i].enter();
                        if (bodies[i].execReturning(f)) return true;
                        if (!fallsThrough[i]) break;
                    }
                }
                return false;
            } catch (Control.Break b) {
                if (b.target != target) throw b;
                return false;
            }
        }
    }
}
