package org.securebase.export.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.Pdfs;
import org.securebase.export.gradebook.GradebookWriter;
import org.securebase.export.gradebook.SpooledRows;
import org.securebase.export.handout.HandoutData;
import org.securebase.export.handout.Handouts;
import org.securebase.export.report.ScoreReportData;
import org.securebase.export.report.ScoreReports;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.variant.Variant;

/** Certificates aside, every export made from real engine results: quiz, variant, scored attempts, item analysis. */
class FromEngineResultsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-14T17:00:00Z"), ZoneOffset.UTC);
    static Quiz quiz;
    static List<ScoredAttempt> attempts;

    @TempDir
    Path dir;

    @BeforeAll
    static void scoreACohortOfFour() {
        quiz = QuizFixtures.anyQuiz();
        AnswerKey key = AnswerKey.of(quiz);
        List<Map<QuestionRef, Answer>> answers = List.of(QuizFixtures.perfectAnswers(quiz),
                QuizFixtures.workedExampleAnswers(quiz), QuizFixtures.workedExampleAnswers(quiz), Map.of());
        attempts = new ArrayList<>();
        String[] ids = {"t-ana", "t-ben", "t-eleni", "t-olga"};
        for (int i = 0; i < ids.length; i++) {
            InProgressAttempt a = InProgressAttempt.start(Optional.empty(), quiz, ids[i], 1, QuizFixtures.START);
            for (Map.Entry<QuestionRef, Answer> e : answers.get(i).entrySet()) {
                a = a.answer(e.getKey(), e.getValue(), QuizFixtures.START.plusSeconds(60));
            }
            attempts.add(a.submit(QuizFixtures.START.plusSeconds(600)).score(key));
        }
    }

    @Test
    void printsAVariantHandoutWithoutTheKeyAndAnAnswerKeyWithIt() throws IOException {
        Variant variant = Variant.forHandout(quiz, 2);
        HandoutData data = HandoutContent.of(quiz, variant, "Riverside Counseling Training Institute");
        assertEquals(quiz.refs().size(), data.vignettes().stream().mapToInt(v -> v.questions().size()).sum());
        Handouts handouts = new Handouts(FontSet.bundled(), CLOCK);
        ByteArrayOutputStream trainee = new ByteArrayOutputStream();
        handouts.writeHandout(data, trainee);
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        handouts.writeAnswerKey(data, key);
        String handoutText = Pdfs.text(trainee.toByteArray());
        String keyText = Pdfs.text(key.toByteArray());
        assertTrue(handoutText.contains(variant.code()), "variant code on the handout");
        assertTrue(keyText.contains(variant.code()), "variant code on the key");
        String feedback = quiz.questions().stream().map(q -> q.question())
                .filter(q -> q instanceof org.securebase.model.question.SingleChoice)
                .map(q -> ((org.securebase.model.question.SingleChoice) q).options().get(0).feedback())
                .filter(f -> f != null && f.split(" ").length >= 4).findFirst().orElseThrow();
        feedback = String.join(" ", java.util.Arrays.asList(feedback.split(" ")).subList(0, 4));
        assertTrue(keyText.replaceAll("\\s+", " ").contains(feedback), "the key carries the feedback");
        assertFalse(handoutText.replaceAll("\\s+", " ").contains(feedback), "the handout never carries the key's feedback");
    }

    @Test
    void makesAScoreReportFromAScoredAttempt() throws IOException {
        ScoredAttempt ben = attempts.get(1);
        ScoreReportData data = ScoreReportContent.of(ben, "Benedikt Ødegård", "Riverside", LocalDate.of(2027, 3, 14));
        assertEquals(quiz.refs().size(), data.questions().size());
        assertEquals(0, data.score().compareTo(new java.math.BigDecimal("8.83")), "53/6 rounded: " + data.score());
        assertFalse(data.groups().isEmpty());
        Path pdf = dir.resolve("report.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            new ScoreReports(FontSet.bundled(), CLOCK).write(data, out);
        }
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("Benedikt Ødegård"), text);
    }

    @Test
    void writesAGradebookWhoseRowsAreTheEngineScores() throws IOException {
        var gradebook = ListedGradebook.of(quiz, attempts,
                id -> new GradebookContent.TraineeInfo("Name of " + id, LocalDate.of(2027, 3, 14), null),
                ItemAnalysis.of(attempts), "Riverside");
        Path file = dir.resolve("gradebook.xlsx");
        try (var out = Files.newOutputStream(file)) {
            new GradebookWriter(CLOCK).write(gradebook, out);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var summary = wb.getSheet("Summary");
            assertEquals(attempts.size() + 1, summary.getPhysicalNumberOfRows());
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= attempts.size(); r++) {
                names.add(summary.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(List.of("Name of t-ana", "Name of t-ben", "Name of t-eleni", "Name of t-olga"), names);
            assertEquals(attempts.get(0).report().earned(), summary.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(0.0, summary.getRow(4).getCell(2).getNumericCellValue(), 1e-9, "no answers, no points");
        }
    }

    @Test
    void aSpooledGradebookHasTheRowsAndNumbersOfTheListForm() {
        var info = new GradebookContent.TraineeInfo("Name", LocalDate.of(2027, 3, 14), "C-1");
        var listed = ListedGradebook.of(quiz, attempts, id -> info, ItemAnalysis.of(attempts), "Riverside", "Title");
        List<Integer> passes = new ArrayList<>();
        Iterable<org.securebase.quiz.delivery.ScoredAttempt> streamed = () -> {
            passes.add(1);
            return attempts.iterator();
        };
        try (SpooledRows rows = SpooledRows.create()) {
            CohortNumbers numbers = GradebookContent.spool(quiz, streamed, a -> info, rows);
            assertEquals(1, passes.size(), "the attempts are read once");
            assertEquals(attempts.size(), numbers.attempts());
            assertEquals(attempts.size(), rows.size());
            var gradebook = GradebookContent.of(quiz, rows, numbers, "Riverside", "Title");
            assertEquals(rows(listed), rows(gradebook));
            assertEquals(rows(listed), rows(gradebook), "the rows can be read again");
            assertEquals(listed.items(), gradebook.items());
            assertEquals(listed.testStatistics(), gradebook.testStatistics());
            assertEquals(listed.charts(), gradebook.charts());
        }
    }

    @Test
    void aRowHoldsEachQuestionsMarkFromTheScoreReport() {
        var info = new GradebookContent.TraineeInfo("Name", LocalDate.of(2027, 3, 14), null);
        for (ScoredAttempt a : attempts) {
            var row = GradebookContent.row(quiz, a, info);
            var asked = quiz.questions();
            assertEquals(asked.size(), row.responses().size());
            for (int n = 0; n < asked.size(); n++) {
                var s = a.report().question(asked.get(n).ref()).orElseThrow();
                assertEquals(0, ScoreReportContent.points(s.earned()).compareTo(row.responses().get(n).points()),
                        a.header().traineeId() + " " + asked.get(n).ref());
                assertEquals(s.possible(), row.responses().get(n).max().intValue());
            }
        }
    }

    @Test
    void aSpooledWorkbookEqualsTheListFormsCellByCell() throws IOException {
        var info = new GradebookContent.TraineeInfo("Name", LocalDate.of(2027, 3, 14), "C-1");
        var listed = ListedGradebook.of(quiz, attempts, id -> info, ItemAnalysis.of(attempts), "Riverside", "Title");
        ByteArrayOutputStream fromList = new ByteArrayOutputStream();
        new GradebookWriter(CLOCK).write(listed, fromList);
        ByteArrayOutputStream fromSpool = new ByteArrayOutputStream();
        try (SpooledRows rows = SpooledRows.create()) {
            CohortNumbers numbers = GradebookContent.spool(quiz, attempts, a -> info, rows);
            new GradebookWriter(CLOCK).write(GradebookContent.of(quiz, rows, numbers, "Riverside", "Title"), fromSpool);
        }
        try (XSSFWorkbook a = new XSSFWorkbook(new java.io.ByteArrayInputStream(fromList.toByteArray()));
             XSSFWorkbook b = new XSSFWorkbook(new java.io.ByteArrayInputStream(fromSpool.toByteArray()))) {
            assertEquals(a.getNumberOfSheets(), b.getNumberOfSheets());
            var text = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            for (int i = 0; i < a.getNumberOfSheets(); i++) {
                var sa = a.getSheetAt(i);
                var sb = b.getSheetAt(i);
                assertEquals(sa.getSheetName(), sb.getSheetName());
                assertEquals(sa.getLastRowNum(), sb.getLastRowNum(), sa.getSheetName());
                for (int r = 0; r <= sa.getLastRowNum(); r++) {
                    var ra = sa.getRow(r);
                    var rb = sb.getRow(r);
                    assertEquals(ra == null, rb == null, sa.getSheetName() + " row " + r);
                    if (ra == null) {
                        continue;
                    }
                    assertEquals(ra.getLastCellNum(), rb.getLastCellNum(), sa.getSheetName() + " row " + r);
                    for (int c = 0; c < ra.getLastCellNum(); c++) {
                        var ca = ra.getCell(c);
                        var cb = rb.getCell(c);
                        String where = sa.getSheetName() + " " + r + ":" + c;
                        assertEquals(ca == null, cb == null, where);
                        if (ca != null) {
                            assertEquals(ca.getCellType(), cb.getCellType(), where);
                            assertEquals(text.formatCellValue(ca), text.formatCellValue(cb), where);
                            assertEquals(ca.getCellStyle().getDataFormatString(), cb.getCellStyle().getDataFormatString(), where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aSpooledGradebookOfOneAttemptHasNoItemAnalysis() {
        var info = new GradebookContent.TraineeInfo("Name", null, null);
        try (SpooledRows rows = SpooledRows.create()) {
            CohortNumbers numbers = GradebookContent.spool(quiz, attempts.subList(0, 1), a -> info, rows);
            assertEquals(null, numbers.analysis());
            var gradebook = GradebookContent.of(quiz, rows, numbers, "Riverside", "Title");
            assertEquals(List.of(), gradebook.items());
            assertEquals(ListedGradebook.of(quiz, attempts.subList(0, 1), id -> info, null, "Riverside", "Title")
                    .testStatistics(), gradebook.testStatistics());
        }
    }

    @Test
    void refusesASpooledGradebookWithoutAttempts() {
        try (SpooledRows rows = SpooledRows.create()) {
            CohortNumbers numbers = GradebookContent.spool(quiz, List.of(), a -> null, rows);
            ModelException e = assertThrows(ModelException.class,
                    () -> GradebookContent.of(quiz, rows, numbers, "Riverside", "Title"));
            assertEquals("a gradebook needs at least one scored attempt", e.getMessage());
        }
    }

    private static List<org.securebase.export.gradebook.TraineeRow> rows(org.securebase.export.gradebook.Gradebook g) {
        List<org.securebase.export.gradebook.TraineeRow> out = new ArrayList<>();
        g.trainees().forEach(out::add);
        return out;
    }

    @Test
    void refusesAGradebookWithoutAttempts() {
        ModelException e = assertThrows(ModelException.class, () -> ListedGradebook.of(quiz, List.of(),
                id -> null, ItemAnalysis.of(attempts), "Riverside"));
        assertEquals("a gradebook needs at least one scored attempt", e.getMessage());
    }
}
