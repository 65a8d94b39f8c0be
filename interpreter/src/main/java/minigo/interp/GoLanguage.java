package minigo.interp;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Truffle language "go". The source it evaluates is not Go text but the list of Go files of one
 * program, one path per line (the CLI builds it); parsing runs the whole front end
 * ({@link Frontend}) and the translator, and yields a call target that initialises every package
 * and runs main.main. os.Args come from {@code Context.Builder.arguments("go", args)}: the
 * application arguments ARE os.Args, program name first.
 */
@TruffleLanguage.Registration(id = GoLanguage.ID, name = "Go", defaultMimeType = GoLanguage.MIME,
        characterMimeTypes = GoLanguage.MIME, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE)
public final class GoLanguage extends TruffleLanguage<GoContext> {
    public static final String ID = "go";

    @com.oracle.truffle.api.Option(help = "Run on a fake clock that starts at 2009-11-10 23:00:00 UTC and jumps to the "
            + "next timer whenever every goroutine is blocked (minigo run --faketime).",
            category = org.graalvm.options.OptionCategory.USER, stability = org.graalvm.options.OptionStability.STABLE)
    static final org.graalvm.options.OptionKey<Boolean> FakeTime = new org.graalvm.options.OptionKey<>(false);

    @Override
    protected org.graalvm.options.OptionDescriptors getOptionDescriptors() {
        return new GoLanguageOptionDescriptors();
    }
    public static final String MIME = "text/x-minigo-files";

    private static final LanguageReference<GoLanguage> LANG = LanguageReference.create(GoLanguage.class);
    private static final ContextReference<GoContext> CTX = ContextReference.create(GoLanguage.class);

    public static GoLanguage get(Node node) {
        return LANG.get(node);
    }

    public static GoContext context(Node node) {
        return CTX.get(node);
    }

    /** The context of the current thread (for code without a node at hand, such as natives' callbacks). */
    public static GoContext currentContext() {
        return CTX.get(null);
    }

    private volatile com.oracle.truffle.api.CallTarget goroutineEntry;

    /** The bottom frame of goroutines ({@link GoroutineRoot}), one per language instance. */
    com.oracle.truffle.api.CallTarget goroutineEntry() {
        com.oracle.truffle.api.CallTarget t = goroutineEntry;
        if (t == null) {
            synchronized (this) {
                if ((t = goroutineEntry) == null) goroutineEntry = t = new GoroutineRoot(this).getCallTarget();
            }
        }
        return t;
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true; // goroutines are Truffle threads; the scheduler lets one run Go code at a time
    }

    @Override
    protected GoContext createContext(Env env) {
        return new GoContext(this, env);
    }

    @Override
    protected void initializeContext(GoContext context) {
        context.install();
    }

    @Override
    protected void finalizeContext(GoContext context) {
        context.flush();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        String text = request.getSource().getCharacters().toString();
        CheckedProgram program;
        if (text.startsWith(Session.PREFIX)) {
            return Session.parse(this, text);
        }
        if (text.startsWith(Runner.PREFIX)) {
            program = Runner.take(text.substring(Runner.PREFIX.length()));
        } else {
            List<Path> files = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) files.add(Path.of(line.strip()));
            }
            program = Frontend.check(files);
        }
        Phases.mark("context");
        CallTarget t = new minigo.interp.translate.Translator(this, program).translateProgram().getCallTarget();
        Phases.mark("translate");
        return t;
    }
}
