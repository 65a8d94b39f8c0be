package minigo.ast;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Syntax trees in a compact binary form: the standard library's files are parsed once, when minigo
 * is built, and every run reads their trees back instead of lexing and parsing them again (on a
 * cold JVM, parsing hello world's standard packages took about 150 ms of its half second; reading
 * them back takes a fraction of that). This is the role Go's export data plays for its compiler,
 * minus the types: the checker still checks what it reads.
 *
 * <p>The encoding is the object graph of {@link Ast}'s records, written depth first: a record is its
 * class's index and its components in declaration order; lists, strings, ints, booleans and enums
 * are tagged values; a {@link Ast.Pos} is its file, line and column. The checker keys side tables by
 * node identity and the builder shares some nodes (a file's imports are also its import
 * declarations' specs), so a record or list met again is written as a back reference, and reading
 * rebuilds the same sharing. Records cannot form cycles, so references only point backwards.
 *
 * <p>A stream starts with a fingerprint of the record classes (names, components and their types).
 * A tree written by a build whose {@link Ast} differs is refused ({@link #read} returns null), and
 * the caller parses the source instead: a stale cache costs time, never a wrong tree.
 */
public final class AstCodec {
    private AstCodec() {}

    private static final int MAGIC = 0x4d474153; // "MGAS"

    private static final int NULL = 0, REF = 1, RECORD = 2, STRING = 3, LIST = 4, INT = 5, TRUE = 6, FALSE = 7,
            ENUM = 8, POS = 9;

    /** Ast's records and enums in a fixed order (by name); a class's index is its code in the stream. */
    private static final Class<?>[] CLASSES;
    private static final Map<Class<?>, Integer> INDEX = new HashMap<>();
    private static final int FINGERPRINT;

    static {
        CLASSES = Arrays.stream(Ast.class.getDeclaredClasses())
                .filter(c -> (c.isRecord() && c != Ast.Pos.class) || c.isEnum())
                .sorted(Comparator.comparing(Class::getName))
                .toArray(Class<?>[]::new);
        StringBuilder schema = new StringBuilder();
        for (int i = 0; i < CLASSES.length; i++) {
            Class<?> c = CLASSES[i];
            INDEX.put(c, i);
            schema.append(c.getSimpleName());
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    schema.append(' ').append(rc.getName()).append(':').append(rc.getGenericType().getTypeName());
                }
            } else {
                for (Object e : c.getEnumConstants()) schema.append(' ').append(e);
            }
            schema.append(';');
        }
        FINGERPRINT = schema.toString().hashCode();
    }

    // ---------------------------------------------------------------- writing

    /** The encoding of these files (with their shared nodes shared). */
    public static byte[] write(List<Ast.File> files) {
        return writeNumbered(files).bytes();
    }

    /**
     * An encoding and the number of each node in it (records and lists, by identity): a reader's
     * {@link Decoded#node} gives back the node with that number, so facts about nodes (the
     * standard library's escape decisions) can be stored beside the trees.
     */
    public record Encoded(byte[] bytes, Map<Object, Integer> numbers) {}

    public static Encoded writeNumbered(List<Ast.File> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w;
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FINGERPRINT);
            w = new Writer(out);
            w.value(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(bytes.toByteArray(), w.objects);
    }

    private static final class Writer {
        private final DataOutputStream out;
        /** Records and lists written so far, by identity, and strings by value: their back-reference numbers. */
        private final Map<Object, Integer> objects = new IdentityHashMap<>();
        private final Map<String, Integer> strings = new HashMap<>();
        private int count;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(Object v) throws IOException {
            switch (v) {
                case null -> out.writeByte(NULL);
                case Ast.Pos p -> {
                    out.writeByte(POS);
                    string(p.file());
                    varint(p.line());
                    varint(p.col());
                }
                case String s -> string(s);
                case Integer i -> {
                    out.writeByte(INT);
                    varint((i << 1) ^ (i >> 31));
                }
                case Boolean b -> out.writeByte(b ? TRUE : FALSE);
                case Enum<?> e -> {
                    out.writeByte(ENUM);
                    varint(classIndex(e.getDeclaringClass()));
                    varint(e.ordinal());
                }
                case List<?> list -> {
                    Integer ref = objects.get(list);
                    if (ref != null) {
                        reference(ref);
                        return;
                    }
                    out.writeByte(LIST);
                    varint(list.size());
                    for (Object o : list) value(o);
                    objects.put(list, count++);
                }
                case Record r -> {
                    Integer ref = objects.get(r);
                    if (ref != null) {
                        reference(ref);
                        return;
                    }
                    out.writeByte(RECORD);
                    varint(classIndex(r.getClass()));
                    for (RecordComponent rc : r.getClass().getRecordComponents()) {
                        try {
                            value(rc.getAccessor().invoke(r));
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    objects.put(r, count++);
                }
                default -> throw new IllegalArgumentException("not a syntax tree value: " + v.getClass());
            }
        }

        private void string(String s) throws IOException {
            Integer ref = strings.get(s);
            if (ref != null) {
                reference(ref);
                return;
            }
            out.writeByte(STRING);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            out.write(utf8);
            strings.put(s, count++);
        }

        private void reference(int ref) throws IOException {
            out.writeByte(REF);
            varint(ref);
        }

        private int classIndex(Class<?> c) {
            Integer i = INDEX.get(c);
            if (i == null) throw new IllegalArgumentException("not a syntax tree class: " + c);
            return i;
        }

        private void varint(int v) throws IOException {
            while ((v & ~0x7f) != 0) {
                out.writeByte((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The files encoded in these bytes, or null when they were written for a different {@link Ast}
     * (or are not an encoding at all): then parse the source.
     */
    public static List<Ast.File> read(byte[] bytes) {
        Decoded d = readNumbered(bytes);
        return d == null ? null : d.files();
    }

    /** What a reader rebuilt: the files, each numbered node ({@link Encoded}), and where the encoding ended. */
    public record Decoded(List<Ast.File> files, List<Object> nodes, int end) {
        public Object node(int number) {
            return nodes.get(number);
        }
    }

    /** As {@link #read}, keeping the nodes' numbers; null for bytes of another {@link Ast}. */
    @SuppressWarnings("unchecked")
    public static Decoded readNumbered(byte[] bytes) {
        try {
            Reader r = new Reader(bytes);
            if (r.int32() != MAGIC || r.int32() != FINGERPRINT) return null;
            List<Ast.File> files = (List<Ast.File>) r.value();
            return new Decoded(files, r.objects, r.at);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Each record class's simple name, the reader's key for rebuilding it. */
    private static final String[] NAMES = Arrays.stream(CLASSES).map(Class::getSimpleName).toArray(String[]::new);

    private static final class Reader {
        private final byte[] in;
        private int at;
        private final List<Object> objects = new ArrayList<>();

        Reader(byte[] in) {
            this.in = in;
        }

        int int32() {
            int v = 0;
            for (int i = 0; i < 4; i++) v = (v << 8) | (in[at++] & 0xff);
            return v;
        }

        Object value() throws IOException {
            int tag = in[at++];
            switch (tag) {
                case NULL:
                    return null;
                case REF:
                    return objects.get(varint());
                case STRING: {
                    int n = varint();
                    String s = new String(in, at, n, StandardCharsets.UTF_8);
                    at += n;
                    objects.add(s);
                    return s;
                }
                case POS: {
                    String file = (String) value();
                    int line = varint(), col = varint();
                    if (line == 0 && col == 0 && file.isEmpty()) return Ast.Pos.NONE;
                    return new Ast.Pos(file, line, col);
                }
                case INT: {
                    int z = varint();
                    return (z >>> 1) ^ -(z & 1);
                }
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case ENUM:
                    return CLASSES[varint()].getEnumConstants()[varint()];
                case LIST: {
                    int n = varint();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) list.add(value());
                    objects.add(list);
                    return list;
                }
                case RECORD: {
                    Object r = record(NAMES[varint()]);
                    objects.add(r);
                    return r;
                }
                default:
                    throw new IOException("bad tag " + tag);
            }
        }

        /**
         * A record of this class, its components read in declaration order (Java evaluates arguments
         * left to right). Written out rather than reflective: a cold JVM spends far longer setting up
         * reflective constructors than reading a whole package. AstCodecTest checks that every record
         * class is here and reads back equal to what was written.
         */
        private Object record(String name) throws IOException {
            return switch (name) {
                case "Ident" -> new Ast.Ident(pos(), string());
                case "Ellipsis" -> new Ast.Ellipsis(pos(), (Ast.Expr) value());
                case "BasicLit" -> new Ast.BasicLit(pos(), (Ast.LitKind) value(), string());
                case "FuncLit" -> new Ast.FuncLit(pos(), (Ast.FuncType) value(), (Ast.BlockStmt) value());
                case "CompositeLit" -> new Ast.CompositeLit(pos(), (Ast.Expr) value(), pos(), list(), pos());
                case "ParenExpr" -> new Ast.ParenExpr(pos(), (Ast.Expr) value());
                case "SelectorExpr" -> new Ast.SelectorExpr(pos(), (Ast.Expr) value(), (Ast.Ident) value());
                case "IndexExpr" -> new Ast.IndexExpr(pos(), (Ast.Expr) value(), pos(), (Ast.Expr) value(), pos());
                case "IndexListExpr" -> new Ast.IndexListExpr(pos(), (Ast.Expr) value(), pos(), list(), pos());
                case "SliceExpr" -> new Ast.SliceExpr(pos(), (Ast.Expr) value(), pos(), (Ast.Expr) value(),
                        (Ast.Expr) value(), (Ast.Expr) value(), bool(), pos());
                case "TypeAssertExpr" -> new Ast.TypeAssertExpr(pos(), (Ast.Expr) value(), pos(), (Ast.Expr) value(),
                        pos());
                case "CallExpr" -> new Ast.CallExpr(pos(), (Ast.Expr) value(), pos(), list(), bool(), pos());
                case "StarExpr" -> new Ast.StarExpr(pos(), (Ast.Expr) value());
                case "UnaryExpr" -> new Ast.UnaryExpr(pos(), string(), (Ast.Expr) value());
                case "BinaryExpr" -> new Ast.BinaryExpr(pos(), (Ast.Expr) value(), pos(), string(), (Ast.Expr) value());
                case "KeyValueExpr" -> new Ast.KeyValueExpr(pos(), (Ast.Expr) value(), pos(), (Ast.Expr) value());
                case "ArrayType" -> new Ast.ArrayType(pos(), (Ast.Expr) value(), (Ast.Expr) value());
                case "StructType" -> new Ast.StructType(pos(), list());
                case "FuncType" -> new Ast.FuncType(pos(), list(), list(), list());
                case "InterfaceType" -> new Ast.InterfaceType(pos(), list());
                case "MapType" -> new Ast.MapType(pos(), (Ast.Expr) value(), (Ast.Expr) value());
                case "ChanType" -> new Ast.ChanType(pos(), (Ast.ChanDir) value(), (Ast.Expr) value());
                case "Field" -> new Ast.Field(pos(), list(), (Ast.Expr) value(), (Ast.BasicLit) value());
                case "DeclStmt" -> new Ast.DeclStmt(pos(), (Ast.GenDecl) value());
                case "EmptyStmt" -> new Ast.EmptyStmt(pos());
                case "LabeledStmt" -> new Ast.LabeledStmt(pos(), (Ast.Ident) value(), (Ast.Stmt) value());
                case "ExprStmt" -> new Ast.ExprStmt(pos(), (Ast.Expr) value());
                case "SendStmt" -> new Ast.SendStmt(pos(), (Ast.Expr) value(), pos(), (Ast.Expr) value());
                case "IncDecStmt" -> new Ast.IncDecStmt(pos(), (Ast.Expr) value(), pos(), string());
                case "AssignStmt" -> new Ast.AssignStmt(pos(), list(), pos(), string(), list());
                case "GoStmt" -> new Ast.GoStmt(pos(), (Ast.CallExpr) value());
                case "DeferStmt" -> new Ast.DeferStmt(pos(), (Ast.CallExpr) value());
                case "ReturnStmt" -> new Ast.ReturnStmt(pos(), list());
                case "BranchStmt" -> new Ast.BranchStmt(pos(), string(), (Ast.Ident) value());
                case "BlockStmt" -> new Ast.BlockStmt(pos(), list(), pos());
                case "IfStmt" -> new Ast.IfStmt(pos(), (Ast.Stmt) value(), (Ast.Expr) value(), (Ast.BlockStmt) value(),
                        (Ast.Stmt) value());
                case "CaseClause" -> new Ast.CaseClause(pos(), list(), bool(), pos(), list());
                case "SwitchStmt" -> new Ast.SwitchStmt(pos(), (Ast.Stmt) value(), (Ast.Expr) value(),
                        (Ast.BlockStmt) value());
                case "TypeSwitchStmt" -> new Ast.TypeSwitchStmt(pos(), (Ast.Stmt) value(), (Ast.Stmt) value(),
                        (Ast.BlockStmt) value());
                case "CommClause" -> new Ast.CommClause(pos(), (Ast.Stmt) value(), pos(), list());
                case "SelectStmt" -> new Ast.SelectStmt(pos(), (Ast.BlockStmt) value());
                case "ForStmt" -> new Ast.ForStmt(pos(), (Ast.Stmt) value(), (Ast.Expr) value(), (Ast.Stmt) value(),
                        (Ast.BlockStmt) value());
                case "RangeStmt" -> new Ast.RangeStmt(pos(), (Ast.Expr) value(), (Ast.Expr) value(), string(), pos(),
                        (Ast.Expr) value(), (Ast.BlockStmt) value());
                case "GenDecl" -> new Ast.GenDecl(pos(), string(), pos(), list());
                case "FuncDecl" -> new Ast.FuncDecl(pos(), (Ast.Field) value(), (Ast.Ident) value(),
                        (Ast.FuncType) value(), (Ast.BlockStmt) value());
                case "ImportSpec" -> new Ast.ImportSpec(pos(), (Ast.Ident) value(), (Ast.BasicLit) value());
                case "ValueSpec" -> new Ast.ValueSpec(pos(), list(), (Ast.Expr) value(), list(), integer());
                case "TypeSpec" -> new Ast.TypeSpec(pos(), (Ast.Ident) value(), list(), pos(), (Ast.Expr) value());
                case "File" -> new Ast.File(pos(), string(), (Ast.Ident) value(), list(), list());
                default -> throw new IOException("no reader for " + name);
            };
        }

        private Ast.Pos pos() throws IOException {
            return (Ast.Pos) value();
        }

        private String string() throws IOException {
            return (String) value();
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> list() throws IOException {
            return (List<T>) value();
        }

        private boolean bool() throws IOException {
            return (Boolean) value();
        }

        private int integer() throws IOException {
            return (Integer) value();
        }

        private int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in[at++];
                v |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) return v;
            }
        }
    }
}
