package minigo.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Sessions piped into the REPL (no terminal: no prompts, input read line by line). The interpreter
 * module has no standard library on its class path, so Go output here comes from the builtin println
 * (stderr, as in Go); values of bare expressions are printed on stdout.
 */
class ScriptedSessionTest {
    record Result(int status, String out, String err) {}

    static Result session(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = Repl.main(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), o, e, false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void declarationsPersistAndStatementsRun() {
        Result r = session("""
                x := 21
                println(x * 2)
                func sq(n int) int { return n * n }
                println(sq(7))
                type P struct{ a, b int }
                p := &P{1, 2}
                println(p.a + p.b)
                :quit
                println("not read")
                """);
        assertEquals("42\n49\n3\n", r.err());
        assertEquals("", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void bareExpressionsPrintValueAndType() {
        Result r = session("""
                x := 40
                x + 2
                x > 3
                "go"
                2.5
                """);
        assertEquals("42  // int\ntrue  // bool\ngo  // string\n2.5  // float64\n", r.out());
    }

    @Test
    void statementsBeforeAFinalExpressionRunFirstAndTheirDefersAfter() {
        Result r = session("""
                defer println("deferred"); println("first")
                k := 1; k++; k * 10
                1 << 70
                """);
        assertEquals("first\ndeferred\n", r.err());
        assertEquals("20  // int\n1180591620717411303424  // untyped int constant\n", r.out());
    }

    @Test
    void multiLineInputAccumulatesUntilComplete() {
        Result r = session("""
                func fact(n int) int {
                    if n <= 1 {
                        return 1
                    }
                    return n * fact(n-1)
                }
                total := fact(3) +
                    fact(4)
                for i := 0; i < 2; i++ {
                    println(i, total)
                }
                """);
        assertEquals("0 30\n1 30\n", r.err());
    }

    @Test
    void redefinitionReplacesAndShorthandSeesTheOldValue() {
        Result r = session("""
                x := 5
                x := x * 10
                x
                func f() int { return 1 }
                func f() int { return 2 }
                f()
                type T int
                func (t T) M() int { return int(t) + 1 }
                func (t T) M() int { return int(t) + 100 }
                T(1).M()
                x := "now a string"
                x
                """);
        assertEquals("50  // int\n2  // int\n101  // int\nnow a string  // string\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void errorsAreGoWordsAndTheSessionGoesOn() {
        Result r = session("""
                y := 1
                y = "s"
                undefinedName + 1
                func bad() int { return "x" }
                var a []int
                a[3]
                println("still here", y)
                """);
        assertEquals("""
                repl:1:5: cannot use "s" (untyped string constant) as int value in assignment
                repl:1:1: undefined: undefinedName
                repl:1:25: cannot use "x" (untyped string constant) as int value in return statement
                panic: runtime error: index out of range [3] with length 0
                still here 1
                """, r.err());
        assertEquals(0, r.status());
    }

    @Test
    void aFailedDeclarationLeavesNothingBehind() {
        Result r = session("""
                func g() int { return 1 }
                func g() int { return nosuch }
                g()
                """);
        assertEquals("1  // int\n", r.out());
        assertTrue(r.err().contains("undefined: nosuch"), r.err());
    }

    @Test
    void typeCommandDoesNotEvaluate() {
        Result r = session("""
                n := 3
                :type n * 2
                :type func() {}
                :type println("no")
                """);
        assertEquals("int\nfunc()\n(no value)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void goroutinesKeepRunningAndDeadlocksAreReported() {
        Result r = session("""
                ch := make(chan int)
                go func() { for i := 0; i < 2; i++ { ch <- i * 10 } }()
                <-ch
                <-ch
                <-ch
                println("after")
                """);
        assertEquals("0  // int\n10  // int\n", r.out());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\nafter\n", r.err());
    }

    @Test
    void goroutinesRunBetweenInputs() {
        Result r = session("""
                done := false
                go func() { done = true }()
                done
                :goroutines
                """);
        assertEquals("true  // bool\n1 goroutine (goroutine 1 runs what you type):\ngoroutine 1 [running]:\n", r.out());
    }

    @Test
    void loadAddsAFilesDeclarations() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("repl", ".go");
        java.nio.file.Files.writeString(f, """
                package main

                var base = 100

                func add(n int) int { return base + n }

                func main() { println("main is not run by :load") }
                """);
        Result r = session(":load " + f + "\nadd(1)\n");
        assertEquals("101  // int\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void unknownCommandsAndHelp() {
        Result r = session(":nope\n:help\n");
        assertTrue(r.err().startsWith("unknown command :nope"), r.err());
        assertTrue(r.out().contains(":memstats"), r.out());
    }

    @Test
    void interruptStopsARunningStatementOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (Evaluator ev = new Evaluator(o, e)) {
            ev.eval("n := 0");
            Thread ctrlC = new Thread(() -> {
                while (!ev.session().isRunning()) Thread.onSpinWait();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException ignored) {
                    return;
                }
                ev.session().interrupt();
            });
            ctrlC.start();
            ev.eval("for { n++ }");
            ctrlC.join();
            ev.eval("n > 0");
        }
        assertEquals("interrupted\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("true  // bool\n", out.toString(StandardCharsets.UTF_8));
    }
}
