package minigo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which threads give way to Truffle's compiler (thread names as Linux's comm shows them). */
class CompilerPriorityTest {
    private static Map<String, String> threads(String... idsAndNames) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNames.length; i += 2) m.put(idsAndNames[i], idsAndNames[i + 1]);
        return m;
    }

    @Test
    void theGoThreadAndC1GiveWayToTheTruffleCompiler() {
        Map<String, String> t = threads("100", "java", "101", "main", "102", "GC Thread#0", "103", "C1 CompilerThre",
                "104", "VM Thread", "105", "minigo-priority", "106", "main", "107", "TruffleCompiler", "108", "Training replay");
        assertEquals(List.of("renice", "-n", "10", "-p", "101", "103", "106"), CompilerPriority.reniceCommand(t));
    }

    @Test
    void nothingChangesWithoutATruffleCompilerThread() {
        // The interpreter-only runtime, or nothing queued for compilation yet: no one to favour.
        assertNull(CompilerPriority.reniceCommand(threads("101", "main", "103", "C1 CompilerThre")));
    }
}
