package minigo.interp.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import minigo.interp.RuntimeErrors;
import minigo.interp.gc.Pins;
import minigo.interp.translate.FuncRef;
import minigo.interp.translate.Translator;
import minigo.interp.values.GoFunc;
import minigo.interp.values.Iface;
import minigo.types.Type;

/**
 * Calls. Arguments are evaluated left to right into a fresh Object[] whose slot 0 is the callee's
 * context (receiver, closure captures, or null). A static call uses a DirectCallNode created on
 * first execution (the callee is translated lazily); a call of a func value goes through an
 * IndirectCallNode; an interface method call keeps a monomorphic inline cache keyed by the dynamic
 * type (canonical type objects compare with ==), falling back to the method table.
 */
public final class Calls {
    private Calls() {}

    /** Produces the argument array of a call: either one node per argument, or a spread tuple. */
    public abstract static class Args extends GoNode {
        /** Whether evaluating these arguments has pinned anything (seen while interpreted). */
        @CompilationFinal private boolean pins;

        public abstract Object[] eval(VirtualFrame f, Object ctx);

        /**
         * The arguments of a call made at once: what their evaluation pinned (a fresh object, a
         * call's result) is unpinned, since from here the callee's frame holds it, in its arguments
         * until its parameters are in their slots, where Go's liveness lets it die. Nothing is
         * allocated between this and the callee's frame. Compiled code of a call that never pinned
         * while interpreted skips the check: its pins stay until the statement ends (held longer,
         * never dropped early, see Pins).
         */
        public final Object[] evalForCall(VirtualFrame f, Object ctx) {
            if (!CompilerDirectives.inInterpreter() && !pins) return eval(f, ctx);
            int mark = Pins.mark();
            Object[] a = eval(f, ctx);
            if (Pins.pinnedSince(mark)) {
                if (!pins) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    pins = true;
                }
                Pins.release(mark);
            }
            return a;
        }
    }

    public static final class PlainArgs extends Args {
        @Children final ExprNode[] args;

        public PlainArgs(ExprNode[] args) {
            this.args = args;
        }

        @Override
        @ExplodeLoop
        public Object[] eval(VirtualFrame f, Object ctx) {
            Object[] a = new Object[args.length + 1];
            a[0] = ctx;
            for (int i = 0; i < args.length; i++) {
                a[i + 1] = args[i].execute(f);
            }
            return a;
        }
    }

    /** f(g()) where g returns several results: each element converted by its own node (reading the tuple slot). */
    public static final class SpreadArgs extends Args {
        @Child StmtNode evalTuple;
        @Children final ExprNode[] elems;

        public SpreadArgs(StmtNode evalTuple, ExprNode[] elems) {
            this.evalTuple = evalTuple;
            this.elems = elems;
        }

        @Override
        @ExplodeLoop
        public Object[] eval(VirtualFrame f, Object ctx) {
            evalTuple.exec(f);
            Object[] a = new Object[elems.length + 1];
            a[0] = ctx;
            for (int i = 0; i < elems.length; i++) {
                a[i + 1] = elems[i].execute(f);
            }
            return a;
        }
    }

    public static final class StaticCall extends ExprNode {
        final FuncRef ref;
        @Child ExprNode recv;
        @Child Args args;
        @Child DirectCallNode call;

        public StaticCall(FuncRef ref, ExprNode recv, Args args) {
            this.ref = ref;
            this.recv = recv;
            this.args = args;
        }

        @Override
        public Object execute(VirtualFrame f) {
            Object r = recv == null ? null : recv.execute(f);
            Object[] a = args.evalForCall(f, r);
            if (call == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                call = insert(DirectCallNode.create(ref.target()));
            }
            return call.call(a);
        }
    }

    /**
     * A call of a func value (closure, method value, function variable). Keeps a monomorphic
     * inline cache on the callee's call target: while every call site sees one function (the
     * comparator of sort.Slice, a callback), it is a DirectCallNode that Truffle can inline;
     * once a second target shows up, the site goes through an IndirectCallNode for good.
     */
    public static final class ValueCall extends ExprNode {
        @Child ExprNode fn;
        @Child Args args;
        @CompilationFinal RootCallTarget cachedTarget;
        @CompilationFinal boolean megamorphic;
        @Child DirectCallNode direct;
        @Child IndirectCallNode indirect;

        public ValueCall(ExprNode fn, Args args) {
            this.fn = fn;
            this.args = args;
        }

        @Override
        public Object execute(VirtualFrame f) {
            GoFunc g = (GoFunc) fn.execute(f);
            Object[] a = args.evalForCall(f, null);
            if (g == null) throw RuntimeErrors.nilDeref(); // after the arguments, as in Go
            a[0] = g.hasReceiver ? g.receiver : g.captures;
            if (!megamorphic) {
                if (g.target == cachedTarget) {
                    return direct.call(a);
                }
                CompilerDirectives.transferToInterpreterAndInvalidate();
                if (cachedTarget == null) {
                    cachedTarget = g.target;
                    direct = insert(DirectCallNode.create(g.target));
                    return direct.call(a);
                }
                megamorphic = true;
                indirect = insert(IndirectCallNode.create());
            }
            return indirect.call(g.target, a);
        }
    }

    public static final class IfaceCall extends ExprNode {
        @Child ExprNode recv;
        @Child Args args;
        final String name;
        final Translator tr;
        @CompilationFinal Type cachedType;
        @CompilationFinal RootCallTarget cachedTarget;
        @Child DirectCallNode direct;
        @Child IndirectCallNode indirect;

        public IfaceCall(ExprNode recv, String name, Args args, Translator tr) {
            this.recv = recv;
            this.name = name;
            this.args = args;
            this.tr = tr;
        }

        @Override
        public Object execute(VirtualFrame f) {
            Iface i = (Iface) recv.execute(f);
            Object[] a = args.evalForCall(f, null);
            if (i == null) throw RuntimeErrors.nilDeref(); // after the arguments, as in Go
            a[0] = i.value;
            Type t = (Type) i.type;
            if (t == cachedType) {
                return direct.call(a);
            }
            if (cachedType == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                RootCallTarget ct = tr.method((Type) t, name);
                if (ct == null) throw new IllegalStateException("no method " + name + " for " + t);
                cachedType = t;
                cachedTarget = ct;
                direct = insert(DirectCallNode.create(ct));
                return direct.call(a);
            }
            if (indirect == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                indirect = insert(IndirectCallNode.create());
            }
            RootCallTarget ct = tr.method((Type) t, name);
            if (ct == null) throw new IllegalStateException("no method " + name + " for " + t);
            return indirect.call(ct, a);
        }
    }

    /** Reads element i of a tuple (Object[]) held in an object slot. */
    public static final class TupleElem extends ExprNode {
        final int slot;
        final int index;

        public TupleElem(int slot, int index) {
            this.slot = slot;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame f) {
            return ((Object[]) f.getObjectStatic(slot))[index];
        }
    }
}
