package org.securebase.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.Pdfs;
import org.securebase.export.typeset.FontSet;

class ScoreReportsTest {
    @TempDir
    Path dir;
    Path pdf;
    String text;

    @BeforeEach
    void write() throws Exception {
        pdf = dir.resolve("report.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new ScoreReports(FontSet.bundled(), Clock.systemUTC()).write(ReportFixtures.anyReport(), out);
        }
        text = Pdfs.text(pdf);
    }

    @Test
    void showsScorePercentAndPassOnOneOrTwoPages() throws Exception {
        assertTrue(text.contains("3.5 of 5 points · 70.0%"), text);
        assertTrue(text.contains("PASS"));
        assertTrue(text.contains("Σωκράτης Παπαδόπουλος"));
        assertTrue(Pdfs.pages(pdf) <= 2);
    }

    @Test
    void showsEachAnswerTheRightAnswerAndTheFeedback() {
        for (String s : List.of("A. Boredom with the conversation", "C. Feeling he has failed Maya",
                "Withdrawal in a pursue–withdraw cycle usually shields from shame.", "1, 3, 2, 4")) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void labelsEveryConceptGroupBarWithItsPercentage() {
        for (String s : List.of("Attachment styles", "Protective strategies", "EFT steps", "Negative cycles", "100%",
                "75%", "50%")) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void embedsEveryFont() throws Exception {
        List<String> fonts = Pdfs.fonts(pdf);
        assertFalse(fonts.isEmpty());
        assertTrue(fonts.stream().allMatch(f -> f.endsWith("embedded=true") && f.contains("DejaVu")), fonts::toString);
    }

    @Test
    void failsBelowThePassMark() {
        ScoreReportData r = ReportFixtures.anyReport();
        ScoreReportData low = new ScoreReportData(r.title(), r.sponsor(), r.traineeName(), r.taken(),
                new BigDecimal("3.4"), r.max(), 70, r.questions(), r.groups());
        assertFalse(low.passed());
        assertEquals(new BigDecimal("68.0"), low.percent());
        assertTrue(r.passed());
    }
}
