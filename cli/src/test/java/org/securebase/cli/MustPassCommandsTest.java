package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.store.AttemptSource;

/**
 * The CE post-test's violence-screening question is must-pass: a trainee who answers every other
 * question right but misses it fails, gets no certificate, and the gradebook says why.
 */
class MustPassCommandsTest {
    static final QuestionRef SCREENING = QuestionRef.parse("cpl-a-safety-first-intake#q1");

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void recordACohortWhereOneTraineeMissesTheScreeningQuestion() {
        db = dir.resolve("results.db");
        ResultsFixtures.cohort(db, AttemptSource.IMPORT, 4, SCREENING);
    }

    @Test
    void noCertificateForATraineeWhoMissedTheMustPassQuestion() {
        Cli.Run r = Cli.run("--db", db.toString(), "certificates", "--course", ResultsFixtures.COURSE, "--out",
                dir.resolve("certs").toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("issued 2 certificates"), "t-ana and t-anna only: " + r.out());
    }

    @Test
    void theGradebookFailsHimAndNamesTheQuestion() throws Exception {
        Path csv = dir.resolve("summary.csv");
        Cli.Run r = Cli.run("--db", db.toString(), "gradebook", "--out", dir.resolve("g.xlsx").toString(),
                "--csv", csv.toString());
        assertEquals(0, r.code(), r.all());
        List<String> lines = Files.readAllLines(csv);
        String soc = lines.stream().filter(l -> l.startsWith("t-soc,")).findFirst().orElseThrow();
        assertTrue(soc.contains(",fail,"), soc);
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(dir.resolve("g.xlsx").toFile())) {
            var summary = book.getSheet("Summary");
            boolean named = false;
            for (var row : summary) {
                var cell = row.getCell(5);
                if (cell != null && cell.toString().equals("fail: missed must-pass " + SCREENING)) {
                    named = true;
                }
            }
            assertTrue(named, "the pass cell of t-soc names the missed question");
        }
    }
}
