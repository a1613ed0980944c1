package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;
import org.securebase.quiz.store.AttemptSource;

/** export moodle|qti, import moodle and gradebook --canvas|--moodle, as a user runs them. */
class InterchangeCommandsTest {
    @TempDir
    Path dir;

    Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/interchange/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void aVignetteGoesToMoodleAndComesBackAsFilesThatValidate() throws IOException {
        Path bank = dir.resolve("bank.xml");
        Cli.Run out = Cli.run("export", "moodle", "cpl-a-sunday-calls", "ind-b-trauma-window-pacing", "--out", bank.toString());
        assertEquals(0, out.code(), out.all());
        assertTrue(out.out().contains("questions in 2 categories"), out.out());
        Path back = dir.resolve("back");
        Cli.Run in = Cli.run("import", "moodle", bank.toString(), "--out", back.toString());
        assertEquals(0, in.code(), in.all());
        assertTrue(in.out().contains("into 2 vignettes"), in.out());
        assertTrue(Files.isRegularFile(back.resolve("cpl-a-sunday-calls.xml")));
        Cli.Run valid = Cli.run("validate", back.toString());
        assertEquals(0, valid.code(), valid.all());
    }

    @Test
    void aHostileBankIsRefusedAndNothingIsWritten() throws IOException {
        Path back = dir.resolve("out");
        Cli.Run r = Cli.run("import", "moodle", resource("hostile-bank.xml").toString(), "--out", back.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("DOCTYPE"), r.err());
        assertFalse(Files.exists(back));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary folder is left behind");
        }
    }

    @Test
    void theResponseImportStillNeedsItsQuiz() throws IOException {
        Path csv = dir.resolve("responses.csv");
        Files.writeString(csv, "trainee_id,name,question,answer\n");
        Cli.Run r = Cli.run("import", csv.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.all());
        assertTrue(r.err().contains("--quiz"), r.err());
    }

    @Test
    void exportNeedsExactlyOneSource() {
        Cli.Run r = Cli.run("export", "qti", "cpl-a-sunday-calls", "--blueprint", "attachment-workshop-post-test",
                "--out", dir.resolve("x.zip").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.all());
    }

    @Test
    void aStoredQuizBecomesAQtiPackageWithAnItemPerQuestion() throws IOException {
        Path db = dir.resolve("results.db");
        String quizId = ResultsFixtures.cohort(db, AttemptSource.IMPORT);
        Path zip = dir.resolve("post-test.zip");
        Cli.Run r = Cli.run("--db", db.toString(), "export", "qti", "--quiz", quizId, "--out", zip.toString());
        assertEquals(0, r.code(), r.all());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals("imsmanifest.xml", names.get(0));
        assertTrue(r.out().contains("(" + (names.size() - 2) + " items, 1 test with 5 sections)"), r.out());
        byte[] first = Files.readAllBytes(zip);
        Cli.Run again = Cli.run("--db", db.toString(), "export", "qti", "--quiz", quizId, "--out", zip.toString(), "--force");
        assertEquals(0, again.code(), again.all());
        assertArrayEquals(first, Files.readAllBytes(zip));
    }

    @Test
    void scoresGoIntoTheCanvasExportForTheTraineesThatMatch() throws IOException {
        Path db = dir.resolve("results.db");
        String quizId = ResultsFixtures.cohort(db, AttemptSource.IMPORT);
        Path out = dir.resolve("canvas-import.csv");
        Cli.Run r = Cli.run("--db", db.toString(), "gradebook", "--quiz", quizId, "--canvas",
                resource("canvas-gradebook.csv").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("not matched: t-soc"), r.out());
        assertTrue(r.out().contains("for 3 of 4 trainees"), r.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith("Section,Attachment in the Room: CE post-test"), lines.get(0));
        assertTrue(lines.get(1).startsWith("    Points Possible,,,,,"), lines.get(1));
        assertTrue(lines.get(4).startsWith("Olu Adeyemi,503,,t-olu,Workshop,0"), lines.get(4));
        assertTrue(lines.get(5).endsWith("Workshop,"), "a student no trainee matches is left as Canvas has it");
    }

    @Test
    void moodleGradesNeedACsvName() throws IOException {
        Path db = dir.resolve("results.db");
        String quizId = ResultsFixtures.cohort(db, AttemptSource.IMPORT);
        Cli.Run r = Cli.run("--db", db.toString(), "gradebook", "--quiz", quizId, "--moodle", "--out", dir.resolve("g.xlsx").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        Cli.Run ok = Cli.run("--db", db.toString(), "gradebook", "--quiz", quizId, "--moodle", "--out", dir.resolve("g.csv").toString());
        assertEquals(0, ok.code(), ok.all());
        assertTrue(Files.readString(dir.resolve("g.csv")).startsWith("\uFEFFID number,Email address,Full name,"));
    }
}
