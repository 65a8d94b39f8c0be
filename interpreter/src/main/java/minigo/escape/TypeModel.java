package minigo.escape;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;

/**
 * The few facts about Go types that escape analysis and the inliner need: amd64 sizes and
 * alignments, whether a type holds pointers, whether it is an interface or is stored directly in
 * an interface word, and Go's spelling of it in messages ({@code []interface {}}).
 *
 * <p>Why our own model: escape analysis was written before the checker landed; {@link Resolver}
 * fills these types from the AST. The model is deliberately small so that an adapter from
 * {@code minigo.types} can replace the resolver without touching the analysis.
 */
final class TypeModel {
    private TypeModel() {}

    static final long PTR = 8;

    sealed interface T permits Basic, Named, Ptr, Slice, Arr, MapT, ChanT, StructT, FuncT, IfaceT, Tuple, TypeParam {}

    /** A predeclared type; untyped constants are Basic with untyped=true. */
    record Basic(String name, long size, boolean untyped) implements T {}

    /** A defined type. underlying and methods are filled after creation (types may be recursive). */
    static final class Named implements T {
        final String name;
        final String pkg;
        T underlying;
        final List<Ast.FuncDecl> methods = new ArrayList<>();

        Named(String name, String pkg) {
            this.name = name;
            this.pkg = pkg;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Ptr(T elem) implements T {}

    record Slice(T elem) implements T {}

    record Arr(long len, T elem) implements T {}

    record MapT(T key, T value) implements T {}

    record ChanT(T elem, Ast.ChanDir dir) implements T {}

    record Field(String name, T type, boolean embedded) {}

    record StructT(List<Field> fields) implements T {}

    /** A signature; recv is null for functions. variadic: the last param's type is a Slice. */
    record FuncT(T recv, List<T> params, List<T> results, boolean variadic) implements T {}

    record Method(String name, FuncT sig) {}

    record IfaceT(List<Method> methods, boolean hasTypeTerms) implements T {}

    /** Multiple results of a call. */
    record Tuple(List<T> types) implements T {}

    /** A type parameter: treated as an interface-shaped unknown. */
    record TypeParam(String name) implements T {}

    static final Basic BOOL = new Basic("bool", 1, false);
    static final Basic INT = new Basic("int", 8, false);
    static final Basic UINT8 = new Basic("uint8", 1, false);
    static final Basic INT32 = new Basic("int32", 4, false);
    static final Basic FLOAT64 = new Basic("float64", 8, false);
    static final Basic STRING = new Basic("string", 16, false);
    static final Basic UNSAFE_POINTER = new Basic("unsafe.Pointer", 8, false);
    static final Basic UNTYPED_INT = new Basic("untyped int", 8, true);
    static final Basic UNTYPED_FLOAT = new Basic("untyped float", 8, true);
    static final Basic UNTYPED_RUNE = new Basic("untyped rune", 4, true);
    static final Basic UNTYPED_STRING = new Basic("untyped string", 16, true);
    static final Basic UNTYPED_BOOL = new Basic("untyped bool", 1, true);
    static final Basic UNTYPED_NIL = new Basic("untyped nil", 8, true);
    static final Basic UNTYPED_COMPLEX = new Basic("untyped complex", 16, true);
    static final IfaceT EMPTY_IFACE = new IfaceT(List.of(), false);
    /** The universe's any: equal to interface{} (a record), told apart by identity, as Go spells it "any". */
    static final IfaceT ANY = new IfaceT(List.of(), false);

    static T under(T t) {
        int guard = 0;
        while (t instanceof Named n && guard++ < 100) {
            t = n.underlying;
        }
        return t;
    }

    static boolean isInterface(T t) {
        T u = under(t);
        return u instanceof IfaceT || u instanceof TypeParam;
    }

    static boolean isPointer(T t) {
        return under(t) instanceof Ptr;
    }

    static boolean isString(T t) {
        return under(t) instanceof Basic b && (b.name.equals("string") || b.name.equals("untyped string"));
    }

    static boolean isUntyped(T t) {
        return t instanceof Basic b && b.untyped;
    }

    /** The type an untyped constant gets when it must have one (interface conversion). */
    static T defaultType(T t) {
        if (t instanceof Basic b && b.untyped) {
            return switch (b.name) {
                case "untyped int" -> INT;
                case "untyped float" -> FLOAT64;
                case "untyped rune" -> INT32;
                case "untyped string" -> STRING;
                case "untyped bool" -> BOOL;
                case "untyped complex" -> new Basic("complex128", 16, false);
                default -> t;
            };
        }
        return t;
    }

    static long size(T t) {
        T u = under(t);
        return switch (u) {
            case null -> 8;
            case Basic b -> b.size;
            case Named n -> 8;
            case Ptr p -> PTR;
            case Slice s -> 24;
            case Arr a -> a.len * size(a.elem);
            case MapT m -> PTR;
            case ChanT c -> PTR;
            case FuncT f -> PTR;
            case IfaceT i -> 16;
            case TypeParam p -> 16;
            case Tuple tu -> tu.types.stream().mapToLong(TypeModel::size).sum();
            case StructT s -> {
                long off = 0;
                long maxAlign = 1;
                for (Field f : s.fields) {
                    long a = align(f.type);
                    maxAlign = Math.max(maxAlign, a);
                    off = (off + a - 1) / a * a;
                    off += size(f.type);
                }
                // A struct ending in a zero-size field is padded so that &last does not point past it.
                if (!s.fields.isEmpty() && size(s.fields.get(s.fields.size() - 1).type) == 0 && off > 0) {
                    off++;
                }
                yield (off + maxAlign - 1) / maxAlign * maxAlign;
            }
        };
    }

    static long align(T t) {
        T u = under(t);
        return switch (u) {
            case null -> 8;
            case Basic b -> b.name.startsWith("complex") ? b.size / 2 : b.name.equals("string") ? 8 : Math.max(1, Math.min(8, b.size));
            case Arr a -> align(a.elem);
            case StructT s -> s.fields.stream().mapToLong(f -> align(f.type)).max().orElse(1);
            default -> 8;
        };
    }

    static boolean hasPointers(T t) {
        return hasPointers(t, 0);
    }

    private static boolean hasPointers(T t, int depth) {
        if (depth > 50) {
            return true;
        }
        T u = under(t);
        return switch (u) {
            case null -> true;
            case Basic b -> b.name.equals("string") || b.name.equals("untyped string") || b.name.equals("unsafe.Pointer")
                    || b.name.equals("untyped nil");
            case Arr a -> a.len > 0 && hasPointers(a.elem, depth + 1);
            case StructT s -> s.fields.stream().anyMatch(f -> hasPointers(f.type, depth + 1));
            case Tuple tu -> tu.types.stream().anyMatch(x -> hasPointers(x, depth + 1));
            default -> true;
        };
    }

    /** Go stores pointer-shaped values directly in an interface's data word (types.IsDirectIface). */
    static boolean isDirectIface(T t) {
        T u = under(t);
        return switch (u) {
            case Ptr p -> true;
            case ChanT c -> true;
            case MapT m -> true;
            case FuncT f -> true;
            case Basic b -> b.name.equals("unsafe.Pointer");
            case Arr a -> a.len == 1 && isDirectIface(a.elem);
            case StructT s -> s.fields.size() == 1 && isDirectIface(s.fields.get(0).type);
            default -> false;
        };
    }

    /** Go's spelling of a type, as cmd/compile prints it in -m messages. */
    static String str(T t) {
        return switch (t) {
            case null -> "?";
            case Basic b -> b.name.equals("uint8") ? "byte" : b.name.equals("int32") ? "rune" : b.name;
            case Named n -> (n.pkg == null || n.pkg.isEmpty() ? "" : n.pkg + ".") + n.name;
            case Ptr p -> "*" + str(p.elem);
            case Slice s -> "[]" + str(s.elem);
            case Arr a -> "[" + a.len + "]" + str(a.elem);
            case MapT m -> "map[" + str(m.key) + "]" + str(m.value);
            case ChanT c -> switch (c.dir) {
                case SEND -> "chan<- " + str(c.elem);
                case RECV -> "<-chan " + str(c.elem);
                default -> "chan " + str(c.elem);
            };
            case StructT s -> {
                if (s.fields.isEmpty()) {
                    yield "struct {}";
                }
                StringBuilder sb = new StringBuilder("struct { ");
                for (int i = 0; i < s.fields.size(); i++) {
                    Field f = s.fields.get(i);
                    if (i > 0) {
                        sb.append("; ");
                    }
                    sb.append(f.embedded ? str(f.type) : f.name + " " + str(f.type));
                }
                yield sb.append(" }").toString();
            }
            case FuncT f -> "func" + sigStr(f);
            case IfaceT i -> {
                if (i == ANY) {
                    yield "any";
                }
                if (i.methods.isEmpty()) {
                    yield "interface {}";
                }
                StringBuilder sb = new StringBuilder("interface { ");
                for (int k = 0; k < i.methods.size(); k++) {
                    if (k > 0) {
                        sb.append("; ");
                    }
                    sb.append(i.methods.get(k).name).append(sigStr(i.methods.get(k).sig));
                }
                yield sb.append(" }").toString();
            }
            case Tuple tu -> "(" + String.join(", ", tu.types.stream().map(TypeModel::str).toList()) + ")";
            case TypeParam p -> p.name;
        };
    }

    static String sigStr(FuncT f) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < f.params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (f.variadic && i == f.params.size() - 1 && f.params.get(i) instanceof Slice s) {
                sb.append("...").append(str(s.elem));
            } else {
                sb.append(str(f.params.get(i)));
            }
        }
        sb.append(")");
        if (f.results.size() == 1) {
            sb.append(" ").append(str(f.results.get(0)));
        } else if (f.results.size() > 1) {
            sb.append(" (").append(String.join(", ", f.results.stream().map(TypeModel::str).toList())).append(")");
        }
        return sb.toString();
    }
}
