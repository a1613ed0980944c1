package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;

/** handouts: one handout and one answer key per variant, and a stored quiz to import into. */
class HandoutsCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAHandoutAndAKeyPerVariantAndStoresTheQuizForImport() throws Exception {
        Path db = dir.resolve("results.db");
        Path out = dir.resolve("handouts");
        Cli.Run r = Cli.run("--db", db.toString(), "handouts", "attachment-foundations-check", "--variants", "3",
                "--out", out.toString());
        assertEquals(0, r.code(), r.all());
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(6, files.size(), files.toString());
        assertTrue(files.get(0).matches("variant-01-[2-9A-Z]{5}-answer-key\\.pdf"), files.toString());
        assertTrue(files.get(1).matches("variant-01-[2-9A-Z]{5}-handout\\.pdf"), files.toString());
        String quizId = r.out().lines().filter(l -> l.startsWith("wrote ")).findFirst().orElseThrow().split(" ")[8];
        Cli.Run preview = Cli.run("--db", db.toString(), "quiz", "preview", quizId, "--variant", "2");
        assertEquals(0, preview.code(), preview.all());
        String code = files.get(2).substring("variant-02-".length(), "variant-02-".length() + 5);
        assertTrue(preview.out().contains(code), "the stored quiz's handout 2 has the printed code " + code);
    }

    @Test
    void refusesAnUnsatisfiableNumberOfVariants() {
        Cli.Run r = Cli.run("--db", dir.resolve("r.db").toString(), "handouts", "attachment-foundations-check",
                "--variants", "0", "--out", dir.resolve("h").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("--variants must be between 1 and"), r.err());
    }

    @Test
    void refusesAnUnknownBlueprint() {
        Cli.Run r = Cli.run("--db", dir.resolve("r.db").toString(), "handouts", "no-such-blueprint",
                "--out", dir.resolve("h").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("no blueprint 'no-such-blueprint'"), r.err());
    }
}
