package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code --seed N} fixes every random choice of a run (select's poll order, map iteration order),
 * and the scheduler counts work rather than time, so a seeded program prints the same every time.
 */
class SeedTest {
    static final String PROGRAM = GoldenProgramsTest.EXAMPLES.resolve("sched/interleave.go").toString();

    @Test
    void tenSeededRunsPrintTheSame() {
        Set<String> outputs = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            BadInputTest.Result r = BadInputTest.minigo("run", "--seed", "7", PROGRAM);
            assertEquals(0, r.status(), r.err());
            outputs.add(r.out());
        }
        assertEquals(1, outputs.size(), "distinct outputs: " + outputs);
    }

    @Test
    void differentSeedsChooseDifferently() {
        Set<String> outputs = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            outputs.add(BadInputTest.minigo("run", "--seed", Long.toString(seed), PROGRAM).out());
        }
        // 40 selects between two ready channels: five seeds agreeing would be a 2^-160 chance.
        assertEquals(5, outputs.size());
    }
}
