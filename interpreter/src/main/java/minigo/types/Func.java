package minigo.types;

import minigo.ast.Ast;

/**
 * A function or method (concrete or interface method). decl is the declaring FuncDecl (null for
 * interface methods and instantiated copies). A method of an instantiated generic type is a copy with
 * the substituted signature whose {@link #origin()} is the generic method; the interpreter translates
 * origin's body with the substitution of the receiver's type arguments. {@link #interpData} is free for
 * the interpreter.
 */
public final class Func extends Obj {
    private final Ast.FuncDecl decl;
    private Func origin = this;
    private boolean hasPtrRecv;
    /** Free for the interpreter. */
    public Object interpData;

    public Func(String name, Ast.Pos pos, Signature sig, Package pkg, Ast.FuncDecl decl) {
        super(name, pos, sig, pkg);
        this.decl = decl;
    }

    public Signature signature() {
        return (Signature) type();
    }

    public Ast.FuncDecl decl() {
        return decl;
    }

    /** A function declared without a body: implemented natively. */
    public boolean isNative() {
        return decl != null && decl.body() == null;
    }

    public Func origin() {
        return origin;
    }

    void setOrigin(Func f) {
        this.origin = f;
    }

    /** A method declared with a pointer receiver. */
    public boolean hasPtrRecv() {
        return hasPtrRecv;
    }

    void setPtrRecv(boolean b) {
        this.hasPtrRecv = b;
    }

    /**
     * {@code path.Name} for functions, {@code path.T.Name} / {@code path.(*T).Name} for methods, with
     * the package's import path as Go's tracebacks print it ({@code runtime/debug.Stack}).
     */
    public String fullName() {
        Signature s = signature();
        String p = pkg() == null ? "" : pkg().path() + ".";
        if (s != null && s.recv() != null) {
            Type r = s.recv().type();
            if (r instanceof Pointer ptr && ptr.elem() instanceof Named n)
                return p + "(*" + n.obj().name() + ")." + name();
            if (r instanceof Named n) return p + n.obj().name() + "." + name();
            return name();
        }
        return p + name();
    }
}
