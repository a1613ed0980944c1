package org.securebase.cli;

import org.securebase.cli.support.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConceptsCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SecureBase.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsEveryGroupWithDefinitions() {
        Run r = run("concepts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Attachment styles (style.*)"), r.out());
        assertTrue(r.out().contains("EFT steps (eft.step.*)"));
        assertTrue(r.out().contains("style.disorganized"));
        assertTrue(r.out().contains("fearful-avoidant"), "the definition keeps the two constructs apart");
        assertTrue(r.out().contains("83 concepts."));
        assertTrue(r.out().contains("Safety and risk screening (safety.*)"), r.out());
        assertTrue(r.out().contains("safety.substance-use-in-session"), r.out());
    }

    @Test
    void filtersByPattern() {
        Run r = run("concepts", "--ids", "eft.step.*");
        assertEquals(0, r.code());
        assertEquals(9, r.out().strip().split("\\R").length, r.out());
    }

    @Test
    void suggestsTheNearestIdWhenNothingMatches() {
        Run r = run("concepts", "style.anxous");
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().contains("did you mean style.anxious?"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void reportsAnUnknownOptionAsAUsageError() {
        Run r = run("concepts", "--no-such-option");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void printsTheVersion() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("securebase "), r.out());
    }
}
