package minigo.types;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;

/**
 * A checked package. scope holds the package-level objects; {@link #info()} every fact the checker
 * recorded about the package's files; {@link #initOrder()} the package-level variable initializers in
 * Go's execution order; {@link #funcs()} all declared functions and methods (with bodies or native), in
 * source order; {@link #types()} all declared type names (package level and local).
 */
public final class Package {
    private final String path;
    private String name;
    private final Scope scope;
    final List<Package> imports = new ArrayList<>();
    final List<Ast.File> files = new ArrayList<>();
    final List<Initializer> initOrder = new ArrayList<>();
    final List<Func> funcs = new ArrayList<>();
    final List<TypeName> types = new ArrayList<>();
    final Info info = new Info();
    /** init functions in source order (they are not in scope). */
    final List<Func> inits = new ArrayList<>();
    /** The escape decisions the build recorded for a standard package, or null (analyse when needed). */
    private EscapeFacts escapeFacts;

    public Package(String path, String name, Scope universe) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(universe, "package " + path);
    }

    public String path() {
        return path;
    }

    public String name() {
        return name;
    }

    void setName(String n) {
        this.name = n;
    }

    public EscapeFacts escapeFacts() {
        return escapeFacts;
    }

    void setEscapeFacts(EscapeFacts facts) {
        this.escapeFacts = facts;
    }

    public Scope scope() {
        return scope;
    }

    public List<Package> imports() {
        return imports;
    }

    public List<Ast.File> files() {
        return files;
    }

    public List<Initializer> initOrder() {
        return initOrder;
    }

    public List<Func> funcs() {
        return funcs;
    }

    /** The package's init functions in the order Go runs them (source order). */
    public List<Func> inits() {
        return inits;
    }

    public List<TypeName> types() {
        return types;
    }

    /** Checks a function's body on first use (a standard package's bodies are checked lazily). */
    java.util.function.Consumer<Func> bodyChecker;

    /**
     * Makes sure f's body has been type-checked, so that {@link #info()} holds its types: a standard
     * package checks only the bodies that its variables' initializers reach, and the others when
     * they are first translated. f is a function or method of this package.
     */
    public void checkBody(Func f) {
        java.util.function.Consumer<Func> c = bodyChecker;
        if (c != null) c.accept(f);
    }

    public Info info() {
        return info;
    }

    @Override
    public String toString() {
        return "package " + name + " (\"" + path + "\")";
    }
}
