package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats --options} (and {@code --rasch}) on a simulated cohort at a bundled blueprint. */
class StatsCommandTest {
    @TempDir
    static Path dir;
    static String db;
    static String quiz;

    @BeforeAll
    static void simulateACohort() {
        db = dir.resolve("results.db").toString();
        Cli.Run r = Cli.run("--db", db, "bench", "generate", "results", "--blueprint", "attachment-foundations-check",
                "--trainees", "60", "--seed", "5");
        assertEquals(0, r.code(), r.all());
        quiz = r.out().strip();
    }

    @Test
    void optionsListsEveryOptionWithCountsByThirdAndALegend() {
        Cli.Run r = Cli.run("--db", db, "stats", quiz, "--options");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("quiz " + quiz + ": options chosen in 60 counted attempts; top and bottom thirds 20"
                + " attempts each"), r.out());
        assertTrue(r.out().matches("(?s).*\\R\\S+#q\\d+ +A [* ] .*"), r.out());
        assertTrue(r.out().contains("possible-second-key  a distractor the top third chose more often than the bottom third"),
                r.out());
        assertTrue(!r.out().contains("FACILITY"), "the options view replaces the item table: " + r.out());
    }

    @Test
    void raschPrintsDifficultiesWithErrorsFitAndReliability() {
        Cli.Run r = Cli.run("--db", db, "stats", quiz, "--rasch");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("quiz " + quiz + ": Rasch calibration (joint maximum likelihood"), r.out());
        assertTrue(r.out().contains("CATS DIFFICULTY     SE  INFIT  OUTFIT  FLAGS"), r.out());
        assertTrue(r.out().matches("(?s).*\\R  1  \\S+#q\\d+ +\\d +-?\\d+\\.\\d\\d +\\d\\.\\d\\d +\\d\\.\\d\\d +\\d\\.\\d\\d.*"), r.out());
        assertTrue(r.out().matches("(?s).*Person separation reliability 0\\.\\d\\d \\(separation \\d+\\.\\d\\d\\).*"), r.out());
        assertTrue(r.out().contains("misfit      infit or outfit outside 0.7–1.3"), r.out());
    }
}
