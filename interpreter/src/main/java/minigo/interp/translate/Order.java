package minigo.interp.translate;

import java.util.ArrayList;
import java.util.List;

import minigo.ast.Ast;
import minigo.interp.nodes.StmtNode;
import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Builtin;
import minigo.types.Selection;
import minigo.types.Signature;
import minigo.types.Sizes;
import minigo.types.Struct;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeAndValue;
import minigo.types.Var;

/**
 * The order in which one statement evaluates its operands, as Go's compiler orders it
 * (cmd/compile/internal/walk/order.go). The spec fixes only the order of calls, method calls,
 * receives and the logical operators; gc goes further, and since real Go is the judge, so do we:
 *
 * <ul>
 *   <li>A <em>copy</em> is evaluated where it stands, left to right and inner first, into a
 *       temporary: a call (of a function, method or func value, and the builtins len, cap, make,
 *       new, append, copy, complex, real, imag, recover), a receive, a slice expression and those of
 *       its bounds that are not variables, a conversion of a string to []byte or []rune, a type
 *       assertion to a type that is not pointer-shaped, a map element whose key converts a []byte
 *       to a string (alone or in a struct or array literal), a whole {@code &&} or {@code ||}, a whole map literal with entries that
 *       are not static (gc makes the map with the static ones, then assigns the others in order,
 *       each on its own), and an operand the runtime takes by address when it is not already
 *       addressable or is a local variable: converted to an interface (a bool, an int8, a struct of
 *       two words), compared as a struct or array, or used as the key of a map without a fast path
 *       for its key (a float, an interface, a struct of several words); a struct or array key of a
 *       map with a fast path is always copied.</li>
 *   <li>Everything else (a variable, a field, an element, {@code *p}, a map element, arithmetic)
 *       is read after all the copies, when the statement itself runs.</li>
 * </ul>
 *
 * So {@code fmt.Println(n, inc(), n)} prints the n that inc left, twice, and in {@code p.x + f()}
 * with a nil p, f runs before the dereference fails. Our nodes evaluate strictly left to right;
 * the two orders differ only when a <em>hazard</em> (a read that a call could change, or that
 * could fail) comes before a copy that has an effect (a call, a receive, an append, or one whose
 * evaluation can fail). Only then does a statement get temporaries: its copies run first (the prep
 * this class returns), and the translator reads each copy's temporary where the copy stood
 * ({@link FuncTranslator#hoisted}). The test errs towards temporaries (every struct or array
 * local counts as shared, every call as an effect), which cost a frame slot: as long as the copies
 * are gc's, more of them in temporaries is still gc's order. Translating the copies ahead of the
 * statement would renumber its closures (main.main.func2 for the first), so they are numbered in
 * source order first ({@link FuncTranslator#numberClosures}). Most statements, and every
 * {@code fib(n-1) + fib(n-2)}, have no such hazard and translate as before. A closure's body is
 * another function: not looked into.
 *
 * <p>Left out (gc differs): a package-level variable's initialiser is evaluated
 * left to right; an op-assignment to a map element puts the entry before its right side fails
 * (we after).
 */
final class Order {
    private final FuncTranslator ft;
    /** The copies in the order gc evaluates them (inner first). */
    private final List<Ast.Expr> copies = new ArrayList<>();
    /** Whether a hazard read so far is still pending (a copy's own reads happen where it stands). */
    private boolean hazard;
    /** How many hazards the walk has read, to tell whether a copy's own operands held one. */
    private int hazards;
    /** Whether the two orders differ for this statement. */
    private boolean differs;
    /** The statement's expressions walked, in source order. */
    private final List<Ast.Expr> roots = new ArrayList<>();
    /** How many copies with an effect the walk has met. */
    private int effects;

    private Order(FuncTranslator ft) {
        this.ft = ft;
    }

    /**
     * Orders one statement's expressions (in the order the statement evaluates them, each with the
     * type it is assigned to, or null): returns the statements that evaluate its copies, empty when
     * left-to-right evaluation already agrees with gc. A lone expression is not itself a copy: it
     * is what the statement evaluates last anyway.
     */
    static List<StmtNode> prepare(FuncTranslator ft, List<Ast.Expr> exprs, List<Type> targets) {
        Order o = new Order(ft);
        boolean lone = exprs.size() == 1;
        o.roots.addAll(exprs);
        for (int i = 0; i < exprs.size(); i++) {
            Ast.Expr e = exprs.get(i);
            Type target = targets == null ? null : targets.get(i);
            if (lone) o.walkInside(FuncTranslator.unparen(e), target);
            else o.walk(e, target);
        }
        return o.finish();
    }

    /**
     * Orders an assignment {@code lhs... = rhs...}: the left sides' operands (a map key as a key),
     * then the values, each with the type it is assigned to. A left side that declares a variable
     * or is blank is null. With one value and no operands on the left, or a tuple on the right,
     * the value is lone.
     */
    static List<StmtNode> prepareAssign(FuncTranslator ft, List<Ast.Expr> lhs, List<Ast.Expr> rhs, List<Type> targets) {
        Order o = new Order(ft);
        boolean operands = false;
        for (Ast.Expr l : lhs) {
            if (l != null) operands |= o.location(FuncTranslator.unparen(l));
            if (l != null) o.roots.add(l);
        }
        o.roots.addAll(rhs);
        int lhsCopies = o.copies.size();
        int effects = o.effects;
        for (int i = 0; i < rhs.size(); i++) {
            Type target = targets == null ? null : targets.get(i);
            // v1, v2 = f() (or m[k], x.(T), <-c): the statement evaluates the tuple itself, never a temporary
            if (rhs.size() == 1 && (!operands || lhs.size() > 1)) o.walkInside(FuncTranslator.unparen(rhs.get(0)), target);
            else o.walk(rhs.get(i), target);
        }
        // the translator evaluates a call-free left side after the right side's calls (gc's order
        // for its plain reads): a copy on the left (m[k] with k taken by address) must come first
        if (lhsCopies > 0 && o.effects > effects) o.differs = true;
        return o.finish();
    }

    private List<StmtNode> finish() {
        if (!differs) return List.of();
        ft.numberClosures(roots); // before the copies are translated out of source order
        List<StmtNode> prep = new ArrayList<>();
        for (Ast.Expr c : copies) prep.add(ft.hoist(c));
        return prep;
    }

    /** Walks the operands of location l; whether it has any. */
    private boolean location(Ast.Expr l) {
        switch (l) {
            case Ast.IndexExpr ie -> {
                indexOperands(ie);
                return true;
            }
            case Ast.SelectorExpr se -> {
                if (ft.info.selections.get(se) == null) return false; // a package's variable
                walk(se.x(), null);
                return true;
            }
            case Ast.StarExpr se -> {
                walk(se.x(), null);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Walks x and the index of x[i]; a map's key as its key type has gc treat it. */
    private void indexOperands(Ast.IndexExpr ie) {
        walk(ie.x(), null);
        if (ft.typeOf(ie.x()).underlying() instanceof minigo.types.MapType m) {
            walk(ie.index(), m.key(), keyMode(m));
        } else {
            walk(ie.index(), null);
        }
    }

    // ------------------------------------------------------------------ the walk

    /** How gc treats an operand beyond its own kind: as is, */
    private static final int PLAIN = 0;
    /** taken by address (order.go's addrTemp: copied unless addressable and not a local), */
    private static final int BY_ADDRESS = 1;
    /** copied unless a variable (cheapExpr: a slice expression's bounds), */
    private static final int CHEAP = 2;
    /** always copied (a struct or array map key cast through memory to its fast path's type). */
    private static final int COPIED = 3;

    private void walk(Ast.Expr e, Type target) {
        walk(e, target, PLAIN);
    }

    /** Walks operand e, assigned to target (or null), in the given mode. */
    private void walk(Ast.Expr e, Type target, int mode) {
        e = FuncTranslator.unparen(e);
        if (isConstantOrType(e)) return; // nothing read
        boolean copy = isCopy(e) || mode == BY_ADDRESS && !addrOkay(e) || mode == CHEAP && !(e instanceof Ast.Ident)
                || mode == COPIED || target != null && toIfaceByAddress(e, target);
        if (!copy) {
            walkInside(e, target);
            return;
        }
        // a copy's own operands are read where it stands: no hazard to what follows it, but a hazard
        // to the copies inside it (g(x, h()) reads x after h in gc's order)
        boolean outer = hazard;
        int before = hazards;
        boolean whole = isWhole(e);
        if (!whole) walkInside(e, target);
        register(e, outer, whole || hasEffect(e) || hazards > before);
    }

    /** Registers copy e; outer: whether a hazard was read before it. */
    private void register(Ast.Expr e, boolean outer, boolean effect) {
        hazard = outer;
        if (effect && outer) differs = true;
        if (effect) effects++;
        copies.add(e);
    }

    private boolean isConstantOrType(Ast.Expr e) {
        TypeAndValue tv = ft.tv(e);
        return tv != null && (tv.value() != null || tv.isType());
    }

    private void sawHazard() {
        hazard = true;
        hazards++;
    }

    /** Walks e's operands (e itself is not registered). */
    private void walkInside(Ast.Expr e, Type target) {
        switch (e) {
            case Ast.Ident id -> {
                if (ft.info.objectOf(id) instanceof Var v && !FuncTranslator.isBlank(id) && isShared(v)) sawHazard();
            }
            case Ast.BasicLit b -> {}
            case Ast.FuncLit f -> {}
            case Ast.CompositeLit cl -> compositeLit(cl);
            case Ast.SelectorExpr se -> selector(se);
            case Ast.IndexExpr ie -> {
                if (ft.typeOf(ie.x()).underlying() instanceof Signature) return; // an instantiation f[T]
                indexOperands(ie);
                sawHazard(); // an element may change, and may not exist
            }
            case Ast.IndexListExpr il -> {}
            case Ast.SliceExpr se -> {
                walk(se.x(), null);
                if (se.low() != null) walk(se.low(), null, CHEAP);
                if (se.high() != null) walk(se.high(), null, CHEAP);
                if (se.max() != null) walk(se.max(), null, CHEAP);
            }
            case Ast.StarExpr se -> {
                walk(se.x(), null);
                sawHazard();
            }
            case Ast.UnaryExpr u -> walk(u.x(), null);
            case Ast.BinaryExpr b when b.op().equals("&&") || b.op().equals("||") -> {
                // a lone condition: its sides are ordered each on its own when translated
            }
            case Ast.BinaryExpr b -> binary(b);
            case Ast.TypeAssertExpr ta -> {
                walk(ta.x(), null);
                sawHazard(); // pointer-shaped: not a copy, but it may fail
            }
            case Ast.CallExpr c -> call(c);
            case Ast.KeyValueExpr kv -> {
                walk(kv.key(), null);
                walk(kv.value(), target);
            }
            default -> sawHazard();
        }
    }

    private void binary(Ast.BinaryExpr b) {
        boolean compare = b.op().equals("==") || b.op().equals("!=");
        Type xt = ft.typeOf(b.x()), yt = ft.typeOf(b.y());
        // struct and array comparisons take both operands by address (an interface compared with a
        // struct compares the type, then the data in place: no temporary)
        boolean byAddress = compare && TypeUtil.isComposite(xt) && TypeUtil.isComposite(yt);
        if (byAddress) {
            // gc orders both operands, then copies X, then Y, where the runtime needs them by
            // address: a plain operand's reads come after the other operand's calls
            Ast.Expr x = FuncTranslator.unparen(b.x()), y = FuncTranslator.unparen(b.y());
            boolean copyX = !isConstantOrType(x) && !isCopy(x) && !addrOkay(x);
            boolean copyY = !isConstantOrType(y) && !isCopy(y) && !addrOkay(y);
            walk(x, null);
            walk(y, null);
            if (copyX) copies.add(x);
            if (copyY) copies.add(y);
        } else {
            walk(b.x(), null);
            walk(b.y(), null);
        }
        if (compare && (hasInterface(xt) || hasInterface(yt))) {
            sawHazard(); // comparing interfaces fails on an uncomparable dynamic type
        } else if (mayFail(b)) {
            sawHazard();
        }
    }

    private void selector(Ast.SelectorExpr se) {
        Selection sel = ft.info.selections.get(se);
        if (sel == null) { // a qualified identifier: a package's variable is shared
            if (ft.info.objectOf(se.sel()) instanceof Var v && isShared(v)) sawHazard();
            return;
        }
        if (sel.kind() == Selection.Kind.METHOD_EXPR) return;
        walk(se.x(), null);
        // a field through a pointer (or a method value's receiver) may change and may be nil;
        // a field of a value is as shared as the value
        if (sel.kind() == Selection.Kind.METHOD_VAL || sel.indirect() || ft.typeOf(se.x()).underlying() instanceof minigo.types.Pointer) {
            sawHazard();
        }
    }

    private void compositeLit(Ast.CompositeLit cl) {
        Type u = ft.typeOf(cl).underlying();
        if (u instanceof minigo.types.Pointer p) u = p.elem().underlying();
        if (u instanceof minigo.types.MapType) return; // its entries are assignments, each ordered on its own
        for (int i = 0; i < cl.elts().size(); i++) {
            Ast.Expr el = cl.elts().get(i);
            Type et = switch (u) {
                case Array a -> a.elem();
                case minigo.types.Slice s -> s.elem();
                case Struct s -> el instanceof Ast.KeyValueExpr kv && kv.key() instanceof Ast.Ident id ? fieldType(s, id.name())
                        : i < s.numFields() ? s.field(i).type() : null;
                default -> null;
            };
            if (el instanceof Ast.KeyValueExpr kv) {
                if (!(u instanceof Struct)) walk(kv.key(), null);
                walk(kv.value(), et);
            } else {
                walk(el, et);
            }
        }
    }

    private static Type fieldType(Struct s, String name) {
        for (Var f : s.fields()) {
            if (f.name().equals(name)) return f.type();
        }
        return null;
    }

    private void call(Ast.CallExpr c) {
        Ast.Expr fun = FuncTranslator.unparen(c.fun());
        TypeAndValue ftv = ft.tv(fun);
        if (ftv != null && ftv.isType()) { // a conversion
            if (c.args().isEmpty()) return;
            Ast.Expr x = c.args().get(0);
            Type to = ft.typeOf(fun).underlying(), from = ft.typeOf(x).underlying();
            walk(x, ft.typeOf(fun));
            // string(bytes) reads the bytes after the copies; (*[N]T)(s) may fail
            if (from instanceof minigo.types.Slice && (TypeUtil.isString(to) || to instanceof minigo.types.Pointer)) sawHazard();
            return;
        }
        if (ft.calleeObj(fun) instanceof Builtin b) {
            Type elem = null;
            if (b.name().equals("append") && !c.hasEllipsis() && !c.args().isEmpty()
                    && ft.typeOf(c.args().get(0)).underlying() instanceof minigo.types.Slice s) {
                elem = s.elem();
            }
            for (int i = 0; i < c.args().size(); i++) walk(c.args().get(i), i > 0 ? elem : null);
            return;
        }
        List<Ast.Expr> as = c.args();
        Ast.Expr spread = as.size() == 1 && ft.typeOf(as.get(0)) instanceof Tuple tt && tt.size() != 1
                ? FuncTranslator.unparen(as.get(0)) : null;
        int afterSpread = 0;
        boolean calleeFirst = false;
        if (spread != null) {
            // A callee that makes calls (fs[i()](g()), mk().m(g())) is evaluated whole, its
            // element or receiver read too, before g runs (measured with Go 1.19); else g runs first.
            Ast.Expr callee = callee(ft, fun);
            calleeFirst = callee != null && makesCalls(ft, callee);
            if (calleeFirst) {
                boolean outer = hazard;
                walkInside(callee, null);
                register(callee, outer, true);
            }
            // f(g()): gc makes t1, t2 := g() the call's first step, before it reads f's receiver or
            // func value; our call node reads those first, so if one is a hazard, g goes ahead
            boolean outer = hazard;
            walkInside(spread, null);
            register(spread, outer, true);
            afterSpread = hazards;
        }
        if (calleeFirst) {
            // the callee was evaluated above, ahead of g
        } else if (fun instanceof Ast.SelectorExpr se && ft.info.selections.get(se) instanceof Selection sel
                && sel.kind() == Selection.Kind.METHOD_VAL) {
            walk(se.x(), null); // the receiver, read when the method is called
            if (sel.obj() instanceof minigo.types.Func m && !m.hasPtrRecv()
                    && (sel.indirect() || ft.typeOf(se.x()).underlying() instanceof minigo.types.Pointer)) {
                sawHazard(); // *p for a value method: fails on a nil p, after the arguments
            }
        } else if (ft.calleeObj(fun) == null) {
            walk(fun, null); // a func value
        }
        if (spread != null) {
            if (hazards > afterSpread) differs = true;
            return;
        }
        Signature sig = (Signature) ft.typeOf(fun).underlying();
        Tuple ps = sig.params();
        int np = ps.size();
        for (int i = 0; i < as.size(); i++) {
            Type pt;
            if (sig.variadic() && i >= np - 1) {
                pt = c.hasEllipsis() ? ps.typeAt(np - 1) : ((minigo.types.Slice) ps.typeAt(np - 1).underlying()).elem();
            } else {
                pt = ps.typeAt(i);
            }
            walk(as.get(i), ft.type(pt));
        }
    }

    // ------------------------------------------------------------------ classification

    /**
     * A variable a call could change: a package's, or a local one that is captured or has its
     * address taken (boxed; a struct or array local is never boxed, its object being the shared
     * location, so any of those counts).
     */
    private boolean isShared(Var v) {
        return v.isPackageLevel() || ft.tr.isBoxed(v) || TypeUtil.isComposite(v.type());
    }

    /** Whether gc evaluates e where it stands (order.go's copyExpr). */
    private boolean isCopy(Ast.Expr e) {
        return switch (e) {
            case Ast.CallExpr c -> {
                Ast.Expr fun = FuncTranslator.unparen(c.fun());
                TypeAndValue ftv = ft.tv(fun);
                if (ftv != null && ftv.isType()) yield isStringToSlice(c, fun);
                if (ft.typeOf(c) instanceof Tuple tt && tt.size() != 1) yield false; // f(g()): part of f
                yield true; // a call, or a builtin that returns a value
            }
            case Ast.UnaryExpr u -> u.op().equals("<-");
            case Ast.SliceExpr s -> true;
            case Ast.BinaryExpr b -> b.op().equals("&&") || b.op().equals("||");
            case Ast.TypeAssertExpr ta -> !isDirectIface(ft.typeOf(ta));
            case Ast.CompositeLit cl -> dynamicMap(cl);
            case Ast.IndexExpr ie -> ft.typeOf(ie.x()).underlying() instanceof minigo.types.MapType m
                    && !TypeUtil.isInterface(m.key()) && bytesToString(ie.index()); // m[string(b)]
            default -> false;
        };
    }

    /**
     * A map key gc reads in place of a fresh string (order.go's mapKeyReplaceStrConv): a []byte
     * converted to a string, or a struct or array literal holding one; the element is then read
     * where it stands, before anything can change the bytes.
     */
    private boolean bytesToString(Ast.Expr k) {
        k = FuncTranslator.unparen(k);
        if (k instanceof Ast.CallExpr kc && kc.args().size() == 1 && ft.tv(kc.fun()) != null && ft.tv(kc.fun()).isType()) {
            return TypeUtil.isString(ft.typeOf(kc.fun())) && ft.typeOf(kc.args().get(0)).underlying() instanceof minigo.types.Slice sl
                    && sl.elem().underlying() instanceof Basic b && b.kind() == BasicKind.UINT8;
        }
        if (k instanceof Ast.CompositeLit cl && TypeUtil.isComposite(ft.typeOf(cl))) {
            for (Ast.Expr el : cl.elts()) {
                if (bytesToString(el instanceof Ast.KeyValueExpr kv ? kv.value() : el)) return true;
            }
        }
        return false;
    }

    /** A copy evaluated whole, by its own rules: && and || (the right side only when needed), a map literal. */
    private boolean isWhole(Ast.Expr e) {
        return e instanceof Ast.BinaryExpr b && (b.op().equals("&&") || b.op().equals("||"))
                || e instanceof Ast.CompositeLit cl && dynamicMap(cl);
    }

    private boolean isStringToSlice(Ast.CallExpr c, Ast.Expr fun) {
        return ft.typeOf(fun).underlying() instanceof minigo.types.Slice && !c.args().isEmpty()
                && TypeUtil.isString(ft.typeOf(c.args().get(0)));
    }

    /** A map literal with an entry that is not a constant: gc makes it, then assigns those entries in order. */
    boolean dynamicMap(Ast.CompositeLit cl) {
        Type u = ft.typeOf(cl).underlying();
        if (u instanceof minigo.types.Pointer p) u = p.elem().underlying();
        if (!(u instanceof minigo.types.MapType)) return false;
        for (Ast.Expr el : cl.elts()) {
            if (el instanceof Ast.KeyValueExpr kv && !isStaticEntry(kv)) return true;
        }
        return false;
    }

    /** An entry gc puts in the map when it makes it, before the others (its key and value static). */
    boolean isStaticEntry(Ast.KeyValueExpr kv) {
        return isStatic(kv.key()) && isStatic(kv.value());
    }

    /** order.go's isStaticCompositeLiteral: a constant, nil, or an array or struct literal of those. */
    private boolean isStatic(Ast.Expr e) {
        e = FuncTranslator.unparen(e);
        TypeAndValue tv = ft.tv(e);
        if (tv != null && tv.value() != null) return true;
        if (ft.isNilExpr(e)) return true;
        if (e instanceof Ast.CompositeLit cl && TypeUtil.isComposite(ft.typeOf(cl))) {
            for (Ast.Expr el : cl.elts()) {
                if (!isStatic(el instanceof Ast.KeyValueExpr kv ? kv.value() : el)) return false;
            }
            return true;
        }
        return false;
    }

    static Order of(FuncTranslator ft) {
        return new Order(ft);
    }

    /**
     * What a call evaluates before its arguments, as one value: a func value's expression, or a
     * method's receiver when it is passed as a value (not when its address is taken); else null.
     */
    static Ast.Expr callee(FuncTranslator ft, Ast.Expr fun) {
        if (fun instanceof Ast.SelectorExpr se && ft.info.selections.get(se) instanceof Selection sel
                && sel.kind() == Selection.Kind.METHOD_VAL) {
            boolean addressed = sel.obj() instanceof minigo.types.Func m && m.hasPtrRecv()
                    && !(ft.typeOf(se.x()).underlying() instanceof minigo.types.Pointer);
            return addressed || sel.index().size() > 1 ? null : se.x();
        }
        return ft.calleeObj(fun) == null ? fun : null;
    }

    /** Whether e has a call (not a conversion or constant) or a receive in it. */
    static boolean makesCalls(FuncTranslator ft, Ast.Expr e) {
        return AstWalk.anyOutsideFuncLits(e, n -> isCallOrReceive(ft, n));
    }

    /** Whether n is a call (not a conversion, nor a constant like len of an array) or a receive. */
    static boolean isCallOrReceive(FuncTranslator ft, Ast.Node n) {
        if (!(n instanceof Ast.Expr x)) return false;
        TypeAndValue tv = ft.tv(x);
        if (tv != null && (tv.value() != null || tv.isType())) return false;
        if (x instanceof Ast.UnaryExpr ue) return ue.op().equals("<-");
        return x instanceof Ast.CallExpr c && !(ft.tv(c.fun()) != null && ft.tv(c.fun()).isType());
    }

    /** Whether evaluating copy e can change what a hazard reads, or fail (operands aside). */
    private boolean hasEffect(Ast.Expr e) {
        if (e instanceof Ast.CallExpr c) {
            Ast.Expr fun = FuncTranslator.unparen(c.fun());
            if (ft.calleeObj(fun) instanceof Builtin b) {
                return switch (b.name()) {
                    case "len", "cap", "complex", "real", "imag", "new" -> false;
                    default -> true; // append and copy write, make and recover can fail or observe
                };
            }
            TypeAndValue ftv = ft.tv(fun);
            return ftv == null || !ftv.isType();
        }
        // a receive lets other goroutines run; a slice expression or an assertion can fail; an
        // operand taken by address or a map element read through string(bytes) cannot
        return e instanceof Ast.UnaryExpr || e instanceof Ast.SliceExpr || e instanceof Ast.TypeAssertExpr;
    }

    /** An integer division or remainder by a variable, or a shift by a signed variable count: it can fail. */
    private boolean mayFail(Ast.BinaryExpr b) {
        TypeAndValue ytv = ft.tv(b.y());
        if (ytv != null && ytv.value() != null) return false;
        return switch (b.op()) {
            case "/", "%" -> ft.typeOf(b).underlying() instanceof Basic k && k.isInteger();
            case "<<", ">>" -> ft.typeOf(b.y()).underlying() instanceof Basic k && k.isInteger() && !k.isUnsigned();
            default -> false;
        };
    }

    /**
     * Whether converting e to the interface type target passes e to the runtime by address, from
     * a temporary (order.go's addrTemp after dataWordFuncName): true unless e's type fits the data
     * word's fast paths (a 2-, 4- or 8-byte scalar, a string, a slice), or e is already addressable
     * and not a local variable.
     */
    private boolean toIfaceByAddress(Ast.Expr e, Type target) {
        if (!TypeUtil.isInterface(target)) return false;
        Type from = ft.typeOf(e);
        if (TypeUtil.isInterface(from)) return false;
        if (from.underlying() instanceof Basic b && b.kind().isUntyped()) return false;
        return needsAddr(from) && !addrOkay(e);
    }

    private static boolean needsAddr(Type t) {
        Sizes sz = Sizes.AMD64;
        long size = sz.sizeof(t), align = sz.alignof(t);
        boolean ptrs = hasPointers(t);
        if (size == 2 && align == 2) return false;
        if (size == 4 && align == 4 && !ptrs) return false;
        if (size == 8 && align == 8 && !ptrs) return false;
        Type sole = soleComponent(t);
        if (sole != null && (TypeUtil.isString(sole) || sole.underlying() instanceof minigo.types.Slice)) return false;
        return true;
    }

    /**
     * Whether map m's key goes to the runtime by address (walk.go's mapfast is mapslow): unless
     * the key is a string or a 4- or 8-byte value compared as memory (integers, pointers,
     * channels; not floats), and the element is at most 128 bytes.
     */
    private static boolean slowKey(minigo.types.MapType m) {
        if (Sizes.AMD64.sizeof(m.elem()) > 128) return true;
        Type k = m.key();
        if (TypeUtil.isString(k)) return false;
        long size = Sizes.AMD64.sizeof(k);
        if (!memoryEqual(k)) return true;
        return !(size == 8 || size == 4 && !hasPointers(k));
    }

    /** Compared as plain memory: no floats, strings or interfaces, no padding. */
    private static boolean memoryEqual(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.isInteger() || b.isBoolean() || b.kind() == BasicKind.UNSAFE_POINTER;
        if (u instanceof minigo.types.Pointer || u instanceof minigo.types.Chan) return true;
        if (u instanceof Array a) return memoryEqual(a.elem());
        if (u instanceof Struct s) {
            long sum = 0;
            for (Var f : s.fields()) {
                if (!memoryEqual(f.type()) || f.name().equals("_")) return false;
                sum += Sizes.AMD64.sizeof(f.type());
            }
            return sum == Sizes.AMD64.sizeof(t);
        }
        return false;
    }

    private static Type soleComponent(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct s) return s.numFields() == 1 ? soleComponent(s.field(0).type()) : null;
        if (u instanceof Array a) return a.len() == 1 ? soleComponent(a.elem()) : null;
        return t;
    }

    private static boolean hasPointers(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.isString() || b.kind() == BasicKind.UNSAFE_POINTER;
        if (u instanceof Array a) return a.len() > 0 && hasPointers(a.elem());
        if (u instanceof Struct s) {
            for (Var f : s.fields()) {
                if (hasPointers(f.type())) return true;
            }
            return false;
        }
        return true; // pointer, slice, map, chan, func, interface
    }

    /** An interface, or a struct or array holding one. */
    private static boolean hasInterface(Type t) {
        Type u = t.underlying();
        if (u instanceof Array a) return hasInterface(a.elem());
        if (u instanceof Struct s) {
            for (Var f : s.fields()) {
                if (hasInterface(f.type())) return true;
            }
            return false;
        }
        return TypeUtil.isInterface(t);
    }

    /** How a map's key is walked: by address (no fast path), copied (a struct or array cast to the fast path's type), or plain. */
    private static int keyMode(minigo.types.MapType m) {
        if (slowKey(m)) return BY_ADDRESS;
        Type ku = m.key().underlying();
        return ku instanceof Struct || ku instanceof Array ? COPIED : PLAIN;
    }

    /** Pointer-shaped: the interface holds the value itself. */
    private static boolean isDirectIface(Type t) {
        Type u = t.underlying();
        if (u instanceof minigo.types.Pointer || u instanceof minigo.types.MapType || u instanceof minigo.types.Chan
                || u instanceof Signature) {
            return true;
        }
        if (u instanceof Basic b) return b.kind() == BasicKind.UNSAFE_POINTER;
        if (u instanceof Struct s) return s.numFields() == 1 && isDirectIface(s.field(0).type());
        if (u instanceof Array a) return a.len() == 1 && isDirectIface(a.elem());
        return false;
    }

    /** order.go's isaddrokay: addressable, and not a local variable (those are copied). */
    private boolean addrOkay(Ast.Expr e) {
        e = FuncTranslator.unparen(e);
        if (e instanceof Ast.Ident id) return ft.info.objectOf(id) instanceof Var v && v.isPackageLevel();
        return addressable(e);
    }

    private boolean addressable(Ast.Expr e) {
        e = FuncTranslator.unparen(e);
        return switch (e) {
            case Ast.Ident id -> ft.info.objectOf(id) instanceof Var;
            case Ast.StarExpr s -> true;
            case Ast.IndexExpr ie -> {
                Type xu = ft.typeOf(ie.x()).underlying();
                if (xu instanceof Array) yield addressable(ie.x());
                yield !(xu instanceof Basic) && !(xu instanceof minigo.types.MapType);
            }
            case Ast.SelectorExpr se -> {
                Selection sel = ft.info.selections.get(se);
                if (sel == null) yield ft.info.objectOf(se.sel()) instanceof Var;
                if (sel.kind() != Selection.Kind.FIELD_VAL) yield false;
                yield sel.indirect() || ft.typeOf(se.x()).underlying() instanceof minigo.types.Pointer || addressable(se.x());
            }
            default -> false;
        };
    }
}
