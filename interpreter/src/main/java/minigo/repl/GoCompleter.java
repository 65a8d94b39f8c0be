package minigo.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import minigo.types.Obj;
import minigo.types.Package;
import minigo.types.Scope;
import minigo.types.Universe;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: {@code :commands} at the start of a line; after {@code pkg.}, the exported members
 * of an imported package; otherwise the session's package-level names and imports, Go's keywords and
 * the universe's names (int, len, nil...).
 */
final class GoCompleter implements Completer {
    static final List<String> KEYWORDS = List.of("break", "case", "chan", "const", "continue", "default", "defer",
            "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var");

    private final Evaluator ev;

    GoCompleter(Evaluator ev) {
        this.ev = ev;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        for (String c : candidates(ev, line.line(), line.cursor())) {
            out.add(new Candidate(c, c, null, null, null, null, !c.endsWith(".")));
        }
    }

    /** The completions of the word before the cursor (whole words, each starting with that word). */
    static List<String> candidates(Evaluator ev, String line, int cursor) {
        int start = cursor;
        while (start > 0 && GoLineParser.isWordChar(line.charAt(start - 1))) start--;
        String word = line.substring(start, cursor);
        TreeSet<String> out = new TreeSet<>();
        if (word.startsWith(":")) {
            if (line.substring(0, start).isBlank()) for (String c : Repl.COMMANDS) if (c.startsWith(word)) out.add(c);
            return new ArrayList<>(out);
        }
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            String qual = word.substring(0, dot);
            String prefix = word.substring(dot + 1);
            Package p = imported(ev, qual);
            if (p != null) {
                for (Obj o : p.scope().elems()) {
                    if (o.exported() && o.name().startsWith(prefix)) out.add(qual + "." + o.name());
                }
            } else if (!qual.contains(".") && ev.pkg().scope().lookup(qual) instanceof minigo.types.Var v) {
                for (String m : members(v.type())) if (m.startsWith(prefix)) out.add(qual + "." + m);
            }
            return new ArrayList<>(out);
        }
        for (String n : ev.names()) if (n.startsWith(word)) out.add(n);
        for (String k : KEYWORDS) if (k.startsWith(word)) out.add(k);
        Scope u = Universe.SCOPE;
        for (String n : u.names()) if (n.startsWith(word) && !n.equals("unsafe")) out.add(n);
        return new ArrayList<>(out);
    }

    /** Fields (promoted ones included) and methods of a value of type t, as the selector x.f may name them. */
    static List<String> members(minigo.types.Type t) {
        TreeSet<String> out = new TreeSet<>();
        if (t instanceof minigo.types.Pointer p) t = p.elem();
        java.util.ArrayDeque<minigo.types.Type> todo = new java.util.ArrayDeque<>();
        java.util.Set<minigo.types.Type> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.add(t);
        while (!todo.isEmpty()) {
            minigo.types.Type u = todo.poll();
            if (u instanceof minigo.types.Pointer p) u = p.elem();
            if (!seen.add(u)) continue;
            if (u instanceof minigo.types.Named n) for (minigo.types.Func m : n.methods()) out.add(m.name());
            if (u.underlying() instanceof minigo.types.Struct st) {
                for (minigo.types.Var f : st.fields()) {
                    out.add(f.name());
                    if (f.embedded()) todo.add(f.type());
                }
            }
            if (u.underlying() instanceof minigo.types.Interface it) {
                for (minigo.types.Func m : it.allMethods()) out.add(m.name());
            }
        }
        return new ArrayList<>(out);
    }

    /** The package an import of the session binds to name, or null. */
    private static Package imported(Evaluator ev, String name) {
        Evaluator.Imp imp = ev.imports().get(name);
        if (imp == null) return null;
        for (Package p : ev.pkg().imports()) if (p.path().equals(imp.path())) return p;
        return null;
    }
}
