package minigo.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import minigo.interp.Session;
import minigo.parser.SourceParser;
import minigo.types.Func;
import minigo.types.Incremental;
import minigo.types.StdImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Method calls in compiled Go code: an interface method call ({@code s.Area()} on an interface
 * value, through the interpreter's inline cache keyed by the dynamic type), beside the same method
 * called on the concrete type (a direct call) and an interface call site that sees two dynamic
 * types. Each benchmark calls a Go function that makes {@link #N} calls in a loop, through a REPL
 * session (minigo.interp.Session), so the loop and the calls are Truffle-compiled guest code once
 * warm: one op is one Go call. The loop's own cost (an add, a compare) is in every figure.
 *
 * <p>The Truffle compiler must be on the fork's JVM: {@code benchmarks/run} starts JMH with the
 * launcher's module path and JVMCI options, which JMH passes on to its forks. Without it the
 * figures are the interpreter's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public class IfaceCallBench {
    static final int N = 1_000_000;

    static final String SRC = """
            package main

            type Shape interface{ Area() int }

            type Rect struct{ w, h int }

            func (r Rect) Area() int { return r.w * r.h }

            type Square struct{ s int }

            func (q Square) Area() int { return q.s * q.s }

            var shapes = []Shape{Rect{2, 3}, Square{4}}

            func ifaceMono() int {
            	var s Shape = Rect{2, 3}
            	t := 0
            	for i := 0; i < %d; i++ {
            		t += s.Area()
            	}
            	return t
            }

            func ifacePoly() int {
            	t := 0
            	for i := 0; i < %d; i++ {
            		t += shapes[i&1].Area()
            	}
            	return t
            }

            func direct() int {
            	r := Rect{2, 3}
            	t := 0
            	for i := 0; i < %d; i++ {
            		t += r.Area()
            	}
            	return t
            }
            """.formatted(N, N, N);

    Session session;
    Func ifaceMono;
    Func ifacePoly;
    Func direct;

    @Setup
    public void start() {
        Incremental inc = new Incremental("main", new StdImporter());
        inc.check(List.of(SourceParser.parse("bench.go", SRC.getBytes(StandardCharsets.UTF_8))), Set.of());
        session = new Session(inc.pkg(), new ByteArrayOutputStream(), new ByteArrayOutputStream());
        session.initialize(inc.newInitializers(), inc.newInits());
        ifaceMono = (Func) inc.pkg().scope().lookup("ifaceMono");
        ifacePoly = (Func) inc.pkg().scope().lookup("ifacePoly");
        direct = (Func) inc.pkg().scope().lookup("direct");
        // the results are Go's: a wrong call would show here, not as a fast figure
        check(session.call(ifaceMono), 6L * N);
        check(session.call(ifacePoly), 11L * N);
        check(session.call(direct), 6L * N);
    }

    private static void check(Object got, long want) {
        if (!Long.valueOf(want).equals(got)) throw new IllegalStateException("got " + got + ", want " + want);
    }

    @TearDown
    public void stop() {
        session.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object interfaceCallMonomorphic() {
        return session.call(ifaceMono);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object interfaceCallTwoTypes() {
        return session.call(ifacePoly);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object directMethodCall() {
        return session.call(direct);
    }
}
