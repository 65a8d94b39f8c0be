package minigo.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minigo.ast.CompileError;
import org.junit.jupiter.api.Test;

/** When input is complete, and what it parses as. */
class InputTest {
    @Test
    void openBracketsAndTrailingOperatorsContinue() {
        assertFalse(Input.isComplete("func f() {"));
        assertFalse(Input.isComplete("fmt.Println(1,"));
        assertFalse(Input.isComplete("x := []int{1,\n2,"));
        assertFalse(Input.isComplete("y := 1 +"));
        assertFalse(Input.isComplete("s := `raw\nstill raw"));
        assertFalse(Input.isComplete("/* comment"));
        assertFalse(Input.isComplete("if x {\n} else"));
    }

    @Test
    void completeInput() {
        assertTrue(Input.isComplete("x := 1"));
        assertTrue(Input.isComplete("func f() {\n}"));
        assertTrue(Input.isComplete("import \"fmt\""));
        assertTrue(Input.isComplete("x++"));
        assertTrue(Input.isComplete("return"));
        assertTrue(Input.isComplete(""));
        assertTrue(Input.isComplete("s := `a\nb`"));
        assertTrue(Input.isComplete("}")); // complete, and a syntax error
    }

    @Test
    void statementsFirstThenDeclarations() {
        assertInstanceOf(Input.Stmts.class, Input.parse("x := 1; y := 2", ""));
        assertInstanceOf(Input.Stmts.class, Input.parse("var v = 3", ""));
        assertInstanceOf(Input.Decls.class, Input.parse("import \"fmt\"", ""));
        assertInstanceOf(Input.Decls.class, Input.parse("func f() int { return 1 }", ""));
        assertInstanceOf(Input.Stmts.class, Input.parse("func() { }()", ""));
    }

    @Test
    void syntaxErrorsAreReportedAtTheUsersPositions() {
        CompileError e = assertThrows(CompileError.class, () -> Input.parse("x := (1 + )", ""));
        assertEquals("repl:1:11: syntax error: unexpected )", e.diagnostics().get(0).toString().replaceAll(",.*", ""));
    }
}
