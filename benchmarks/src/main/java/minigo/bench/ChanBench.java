package minigo.bench;

import java.util.concurrent.TimeUnit;
import minigo.interp.sched.GoChan;
import minigo.interp.sched.Sched;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Channels between goroutines, outside Truffle: the scheduler with Java runnables as goroutines
 * (JDK continuations mounted on the one M thread, as the interpreter runs them), the JMH thread
 * being the main goroutine, GOMAXPROCS=1.
 *
 * <ul>
 * <li>{@link #unbufferedHandoff}: {@code c <- v} to a goroutine looping on {@code <-c}; each send
 * hands the value to the parked receiver or parks until it comes back: two goroutine switches
 * (continuation yields and mounts) per value. This is what the concurrent prime sieve does.
 * <li>{@link #bufferedSendRecv}: a send and a receive on a buffered channel by one goroutine: the
 * no-switch fast path.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// Continuations are a JDK-internal API (minigo.interp.sched.Continuations), as in the launcher.
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public class ChanBench {
    static final Layout INT = Layout.of(ValueKind.INT64);

    Sched s;
    GoChan unbuffered;
    GoChan buffered;
    final Long one = 1L;

    @Setup
    public void start() {
        s = new Sched(msg -> {
            throw new IllegalStateException(msg);
        });
        Sched.install(s);
        s.startMain();
        unbuffered = new GoChan(INT, 0);
        buffered = new GoChan(INT, 16);
        GoChan c = unbuffered;
        s.go(() -> {
            while (true) {
                GoChan.recv(c);
            }
        });
    }

    @TearDown
    public void stop() {
        s.shutdown();
    }

    @Benchmark
    public void unbufferedHandoff() {
        GoChan.send(unbuffered, one);
    }

    @Benchmark
    public Object bufferedSendRecv() {
        GoChan.send(buffered, one);
        return GoChan.recv(buffered);
    }
}
