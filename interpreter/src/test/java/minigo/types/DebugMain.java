package minigo.types;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import minigo.parser.SourceParser;

/** Development tool: runs the checker on the calling thread so internal failures show their stack. */
public final class DebugMain {
    public static void main(String[] args) throws Exception {
        var f = SourceParser.parse("./" + args[0], Files.readAllBytes(Path.of(args[0])));
        Thread t = new Thread(null, () -> {
            try {
                new CheckerImpl(Checker.Mode.USER, "main", List.of(f), new StdImporter()).run();
                System.out.println("ok");
            } catch (StackOverflowError e) {
                StackTraceElement[] st = e.getStackTrace();
                for (int i = 0; i < 60 && i < st.length; i++) System.out.println(st[i]);
            } catch (Throwable e) {
                e.printStackTrace();
            }
        }, "dbg", 1 << 22);
        t.start();
        t.join();
    }
}
