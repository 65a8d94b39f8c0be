package minigo.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints types in Go syntax, in two dialects:
 * <ul>
 * <li>{@link #of(Type)} / {@link Type#toString()}: as the runtime prints them in {@code %T}
 *     ({@code main.T}, {@code struct { a int; b string }}, {@code func(int) string},
 *     {@code main.Pair[int,string]}, byte as {@code uint8});</li>
 * <li>{@link #checker(Type, Package)}: as the type checker prints them in messages, qualified relative to
 *     the package being checked ({@code T}, {@code struct{a int; b string}}, parameter names kept,
 *     {@code Pair[int, string]}, byte as {@code byte}).</li>
 * </ul>
 */
public final class TypeString {
    private final boolean runtime;
    private final Package current;
    private final StringBuilder sb = new StringBuilder();
    private final Map<Type, Boolean> seen = new IdentityHashMap<>();

    private TypeString(boolean runtime, Package current) {
        this.runtime = runtime;
        this.current = current;
    }

    public static String of(Type t) {
        TypeString w = new TypeString(true, null);
        w.type(t);
        return w.sb.toString();
    }

    public static String checker(Type t, Package current) {
        TypeString w = new TypeString(false, current);
        w.type(t);
        return w.sb.toString();
    }

    /** The signature without the leading "func", as in messages about calls: {@code (x int) string}. */
    public static String signature(Signature s, Package current) {
        TypeString w = new TypeString(false, current);
        w.sig(s);
        return w.sb.toString();
    }

    private void qualify(Obj o) {
        if (o.pkg() == null) return;
        if (runtime || o.pkg() != current) sb.append(o.pkg().name()).append('.');
    }

    private void type(Type t) {
        if (t == null) {
            sb.append("<nil>");
            return;
        }
        switch (t) {
            case Basic b -> {
                if (runtime && b == Basic.BYTE) sb.append("uint8");
                else if (runtime && b == Basic.RUNE) sb.append("int32");
                else sb.append(b.name());
            }
            case Pointer p -> {
                sb.append('*');
                type(p.elem());
            }
            case Slice s -> {
                sb.append("[]");
                type(s.elem());
            }
            case Array a -> {
                sb.append('[').append(a.len()).append(']');
                type(a.elem());
            }
            case MapType m -> {
                sb.append("map[");
                type(m.key());
                sb.append(']');
                type(m.elem());
            }
            case Chan c -> {
                String pre = switch (c.dir()) {
                    case SEND_RECV -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                };
                sb.append(pre);
                boolean paren = c.dir() == Chan.Dir.SEND_RECV && c.elem() instanceof Chan ce && ce.dir() == Chan.Dir.RECV;
                if (paren) sb.append('(');
                type(c.elem());
                if (paren) sb.append(')');
            }
            case Struct s -> {
                sb.append(runtime ? "struct {" : "struct{");
                for (int i = 0; i < s.numFields(); i++) {
                    sb.append(i > 0 ? "; " : runtime ? " " : "");
                    Var f = s.field(i);
                    if (!f.embedded()) sb.append(f.name()).append(' ');
                    type(f.type());
                    if (!s.tag(i).isEmpty()) sb.append(' ').append(GoFormat.quote(s.tag(i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                sb.append(runtime && s.numFields() > 0 ? " }" : runtime ? "}" : "}");
            }
            case Signature s -> {
                sb.append("func");
                sig(s);
            }
            case Interface it -> {
                if (!runtime && it == Universe.ANY_IFACE) {
                    sb.append("any");
                    return;
                }
                if (!runtime && it.isImplicit() && it.explicitMethods().isEmpty() && it.embeddeds().size() == 1) {
                    List<Term> u = it.embeddedTerms().isEmpty() ? null : it.embeddedTerms().get(0);
                    if (u != null) union(u);
                    else type(it.embeddeds().get(0));
                    return;
                }
                sb.append(runtime ? "interface {" : "interface{");
                boolean first = true;
                if (runtime) {
                    for (Func m : it.allMethods()) {
                        sb.append(first ? " " : "; ");
                        first = false;
                        if (!m.exported()) qualify(m); // the runtime names an unexported method with its package's
                        sb.append(m.name());
                        sig(m.signature());
                    }
                    if (!first) sb.append(' ');
                } else {
                    for (Func m : it.explicitMethods()) {
                        if (!first) sb.append("; ");
                        first = false;
                        sb.append(m.name());
                        sig(m.signature());
                    }
                    for (int i = 0; i < it.embeddeds().size(); i++) {
                        if (!first) sb.append("; ");
                        first = false;
                        List<Term> u = i < it.embeddedTerms().size() ? it.embeddedTerms().get(i) : null;
                        if (u != null) union(u);
                        else type(it.embeddeds().get(i));
                    }
                }
                sb.append('}');
            }
            case Tuple tu -> tuple(tu, false);
            case Named n -> {
                if (n.obj() == null) {
                    sb.append("?");
                    return;
                }
                qualify(n.obj());
                sb.append(n.obj().name());
                if (!n.typeArgs().isEmpty()) {
                    sb.append('[');
                    for (int i = 0; i < n.typeArgs().size(); i++) {
                        if (i > 0) sb.append(runtime ? "," : ", ");
                        type(n.typeArgs().get(i));
                    }
                    sb.append(']');
                }
            }
            case TypeParam tp -> sb.append(tp.obj().name());
        }
    }

    private void union(List<Term> u) {
        for (int j = 0; j < u.size(); j++) {
            if (j > 0) sb.append('|');
            if (u.get(j).tilde()) sb.append('~');
            type(u.get(j).type());
        }
    }

    private void tuple(Tuple t, boolean variadic) {
        sb.append('(');
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) sb.append(", ");
            Var v = t.at(i);
            if (!runtime && !v.name().isEmpty()) sb.append(v.name()).append(' ');
            if (variadic && i == t.size() - 1) {
                sb.append("...");
                Type vt = v.type();
                type(vt instanceof Slice s ? s.elem() : vt);
            } else type(v.type());
        }
        sb.append(')');
    }

    private void sig(Signature s) {
        tuple(s.params(), s.variadic());
        Tuple r = s.results();
        if (r.size() == 0) return;
        sb.append(' ');
        if (r.size() == 1 && (runtime || r.at(0).name().isEmpty())) {
            type(r.at(0).type());
            return;
        }
        tuple(r, false);
    }
}
