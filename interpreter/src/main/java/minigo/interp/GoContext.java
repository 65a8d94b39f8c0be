package minigo.interp;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import minigo.interp.natives.GoEnv;
import minigo.interp.natives.NativeRegistry;

/**
 * The state of one running Go program: its streams (stdout buffered, flushed at exit and before
 * anything is written to stderr), os.Args, the random source behind map iteration order and select,
 * the natives registry and the goroutine state of the (for now single) goroutine.
 */
public final class GoContext {
    final GoLanguage language;
    final TruffleLanguage.Env env;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final String[] args;
    public final Random random;
    private NativeRegistry natives;
    /** Panic/defer/recover bookkeeping outside any scheduler (before one is installed). */
    private final GState noSched = new GState();
    private minigo.interp.translate.Translator translator;
    /** Implementation of the natives' view of the running program. */
    public final GoEnvImpl goEnv;

    GoContext(GoLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.stdout = new BufferedOutputStream(env.out(), 1 << 16);
        OutputStream err = env.err();
        this.stderr = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                flush();
                err.write(b);
                err.flush();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                GoContext.this.flush();
                err.write(b, off, len);
                err.flush();
            }
        };
        String[] a = env.getApplicationArguments();
        this.args = a.length == 0 ? new String[] {"minigo-program"} : a;
        String seed = System.getenv("MINIGO_SEED");
        this.random = seed != null ? new Random(Long.parseLong(seed)) : new Random();
        this.goEnv = new GoEnvImpl(this);
        Heap.reset(); // one MHeap per run
    }

    private final java.util.concurrent.atomic.AtomicBoolean dying = new java.util.concurrent.atomic.AtomicBoolean();

    /** True for the first caller only: one fatal message per program. */
    public boolean startDying() {
        return dying.compareAndSet(false, true);
    }

    /** The running goroutine's panic/defer/recover bookkeeping (one per G: goroutines share the M's thread). */
    public GState g() {
        GState g = GState.current();
        return g != null ? g : noSched;
    }

    public minigo.interp.translate.Translator translator() {
        return translator;
    }

    public void setTranslator(minigo.interp.translate.Translator t) {
        this.translator = t;
    }

    void install() {
        GoEnv.install(goEnv);
    }

    /** os.Stdin: the context's input (the launcher's standard input; empty in the REPL). */
    public java.io.InputStream stdin() {
        return env.in();
    }

    public OutputStream stdout() {
        return stdout;
    }

    public OutputStream stderr() {
        return stderr;
    }

    public String[] args() {
        return args;
    }

    public synchronized NativeRegistry natives() {
        if (natives == null) natives = NativeRegistry.loadAll();
        return natives;
    }

    public void flush() {
        try {
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeStderr(String s) {
        try {
            stderr.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the program with this exit status, without running deferred calls (os.Exit, fatal panics). */
    public void exit(Node location, int status) {
        flush();
        env.getContext().closeExited(location, status);
    }
}
