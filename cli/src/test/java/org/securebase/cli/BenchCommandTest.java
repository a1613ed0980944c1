package org.securebase.cli;

import org.securebase.cli.support.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void generatesALibraryThatValidatesWithNoWarning(@TempDir Path dir) {
        Path lib = dir.resolve("lib");
        Cli.Run gen = Cli.run("bench", "generate", "library", "--vignettes", "30", "--out", lib.toString(), "--seed", "3");
        assertEquals(0, gen.code(), gen.all());
        assertTrue(gen.out().contains("wrote 33 files (30 vignettes, 3 blueprints)"), gen.out());
        assertTrue(Files.isRegularFile(lib.resolve("vignettes/000/syn-00030.xml")));

        Cli.Run validate = Cli.run("validate", "--strict", lib.toString());
        assertEquals(0, validate.code(), validate.all());
        assertTrue(validate.out().contains("33 files: 30 vignettes"), validate.out());
        assertTrue(validate.out().contains("0 errors, 0 warnings"), validate.out());
    }

    @Test
    void refusesToOverwriteALibraryWithoutForce(@TempDir Path dir) {
        Cli.Run first = Cli.run("bench", "generate", "library", "--vignettes", "2", "--out", dir.toString());
        assertEquals(ExitCodes.INPUT, first.code(), first.all());
        assertTrue(first.err().contains("already exists"), first.err());
        Cli.Run forced = Cli.run("bench", "generate", "library", "--vignettes", "2", "--out", dir.toString(), "--force");
        assertEquals(0, forced.code(), forced.all());
    }

    @Test
    void rejectsAnEmptyLibrary(@TempDir Path dir) {
        Cli.Run r = Cli.run("bench", "generate", "library", "--vignettes", "0", "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("--vignettes must be at least 1, was 0"), r.err());
    }

    @Test
    void recordsASimulatedCohortInANewDatabase(@TempDir Path dir) {
        Path lib = dir.resolve("lib");
        assertEquals(0, Cli.run("bench", "generate", "library", "--vignettes", "20", "--out", lib.toString()).code());
        Path db = dir.resolve("results.db");
        Cli.Run r = Cli.run("--db", db.toString(), "--library", lib.toString(), "bench", "generate", "results",
                "--blueprint", "syn-quiz-5", "--trainees", "40");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().strip().startsWith("syn-quiz-5-"), r.out());
        assertTrue(r.err().contains("recorded 40 simulated attempts"), r.err());
        try (org.securebase.quiz.store.ResultStore store = org.securebase.quiz.store.ResultStore.open(db)) {
            assertEquals(40, store.attemptsOf(r.out().strip()).size());
            assertEquals(40, store.trainees().size());
        }
        Cli.Run again = Cli.run("--db", db.toString(), "--library", lib.toString(), "bench", "generate", "results",
                "--blueprint", "syn-quiz-5", "--trainees", "40");
        assertEquals(ExitCodes.INPUT, again.code(), again.all());
        assertTrue(again.err().contains("already exists"), again.err());
    }
}
