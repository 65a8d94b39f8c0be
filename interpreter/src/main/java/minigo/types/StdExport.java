package minigo.types;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;
import minigo.ast.AstCodec;

/**
 * A standard package's export data, made when minigo is built: its syntax trees and the escape
 * decisions for them, as Go's export data carries a compiled package's inline bodies and escape tags.
 * Each package directory {@code minigo/stdlib/<path>/} lists its files in {@code FILES}; the build
 * (stdlib's pom, at process-classes, {@code minigo.escape.ExportStdlib}) parses them, analyses them, and
 * writes {@code export.bin} beside them. {@link StdImporter} reads it and only parses the sources
 * when it is missing or was written for another {@link Ast}; the translator uses the recorded
 * decisions instead of analysing the package again. On a cold JVM, parsing the packages behind
 * fmt took 130-160 ms of hello world's half second and analysing them 70-120 ms; reading them back
 * takes about 15 ms.
 *
 * <p>Layout: the trees ({@link AstCodec}), then the heap sites, the stack sites and the moved
 * variables, each a count and that many node numbers (big-endian ints); a count of -1 instead says
 * the build could not analyse the package.
 *
 * <p>What guards against a stale file: AstCodec's fingerprint refuses trees written for other
 * syntax-tree classes, and a damaged file is refused; nothing compares the file with the sources or
 * with the escape analysis that made it. The file is made at process-classes, so a build that stops
 * before (mvn compile, an IDE's own compiler) leaves the previous one beside newer sources; the
 * launcher and the tests always build through package or install, which remake it.
 */
public final class StdExport {
    private StdExport() {}

    public static final String EXPORT = "export.bin";

    /**
     * The Go installation minigo stands in for (runtime.GOROOT in the runtime package's source says
     * the same): where a standard package's files are in Go's messages and runtime.Caller.
     */
    public static final String GOROOT = "/usr/lib/go-1.19";

    /** The name positions in a standard file carry, as in Go's tracebacks. */
    public static String displayName(String path, String file) {
        return "$GOROOT/src/" + path + "/" + file;
    }

    /** A position's file name with {@code $GOROOT} spelled out, as runtime.Caller reports it. */
    public static String expandGoroot(String file) {
        return file.startsWith("$GOROOT/") ? GOROOT + file.substring("$GOROOT".length()) : file;
    }

    /** The files a package directory lists in FILES, or null when it has none. */
    public static List<String> fileNames(InputStream files) throws IOException {
        if (files == null) return null;
        List<String> names = new ArrayList<>();
        for (String line : new String(files.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) names.add(line);
        }
        return names;
    }

    /** A package's export data: its files' trees and the escape decisions for them (null: none). */
    public static byte[] encode(List<Ast.File> files, EscapeFacts facts) {
        AstCodec.Encoded enc = AstCodec.writeNumbered(files);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(enc.bytes());
            if (facts == null) { // the analysis failed: a run will try, and fall back to the heap
                out.writeInt(-1);
                return bytes.toByteArray();
            }
            List<Integer> heap = new ArrayList<>(), stack = new ArrayList<>(), moved = new ArrayList<>();
            for (Map.Entry<Ast.Node, Boolean> e : facts.sites().entrySet()) {
                (e.getValue() ? heap : stack).add(number(enc, e.getKey()));
            }
            for (Ast.Ident id : facts.moved()) moved.add(number(enc, id));
            for (List<Integer> l : List.of(heap, stack, moved)) {
                Collections.sort(l); // the same bytes for the same trees
                out.writeInt(l.size());
                for (int n : l) out.writeInt(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int number(AstCodec.Encoded enc, Ast.Node n) {
        Integer i = enc.numbers().get(n);
        if (i == null) throw new IllegalArgumentException("not a node of these trees: " + n);
        return i;
    }

    /** The trees and recorded decisions of one package. */
    public record Export(List<Ast.File> files, EscapeFacts escapes) {}

    /** The export data the build wrote for a package directory, or null (none, or a stale one). */
    static Export read(ClassLoader loader, String dir) {
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(dir + EXPORT)) {
            if (in == null) return null;
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        return decode(bytes);
    }

    /** The inverse of {@link #encode}; null for bytes written for another {@link Ast}, or damaged. */
    public static Export decode(byte[] bytes) {
        try {
            AstCodec.Decoded d = AstCodec.readNumbered(bytes);
            if (d == null) return null;
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, d.end(), bytes.length - d.end());
            if (in.getInt(d.end()) < 0) return new Export(d.files(), null);
            Map<Ast.Node, Boolean> sites = new IdentityHashMap<>();
            for (boolean heap : new boolean[] {true, false}) {
                for (int i = in.getInt(); i > 0; i--) sites.put((Ast.Node) d.node(in.getInt()), heap);
            }
            Set<Ast.Ident> moved = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = in.getInt(); i > 0; i--) moved.add((Ast.Ident) d.node(in.getInt()));
            return new Export(d.files(), new EscapeFacts(sites, moved));
        } catch (RuntimeException e) { // truncated or damaged: parse the sources instead
            return null;
        }
    }
}
