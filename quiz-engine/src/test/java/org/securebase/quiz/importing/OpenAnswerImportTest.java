package org.securebase.quiz.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.grading.GradingQueue;
import org.securebase.quiz.grading.Rating;
import org.securebase.quiz.grading.RatingRole;
import org.securebase.quiz.grading.Ungraded;
import org.securebase.quiz.results.Engine;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.ScoreReport.Verdict;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.ResultStore;

/**
 * Open answers come in through the response import's {@code text} column (RFC 4180: commas, quotes
 * and line breaks kept as typed) and their ratings through grading sheets, both all or nothing.
 * Fixtures: src/test/resources/grading.
 */
class OpenAnswerImportTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "grading");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    static final QuestionRef Q5 = OpenResponseFixtures.OPEN;

    @TempDir
    Path dir;
    private ResultStore store;
    private Engine engine;
    private Quiz quiz;

    @BeforeEach
    void open() {
        store = ResultStore.open(dir.resolve("results.db"));
        engine = Engine.over(store, CLOCK);
        quiz = engine.quizzes().freeze(OpenResponseFixtures.writingQuiz());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportOutcome importing(String fixture) throws IOException {
        return new ResponseImport(store, CLOCK).run(quiz.id(), Files.readAllBytes(FIXTURES.resolve(fixture)));
    }

    @Test
    void theTextColumnCarriesAWrittenAnswerAsTyped() throws IOException {
        ImportOutcome.Imported done = assertInstanceOf(ImportOutcome.Imported.class, importing("responses-with-text.csv"));
        assertEquals(2, done.attempts());
        List<ScoredAttempt> scored = engine.results().scored(quiz.id());
        Answer ana = scored.get(0).report().question(Q5).orElseThrow().answer();
        assertEquals(new Answer.Text("Too much… there's a fear, Jordan,\nthat you are \"too much\" for her."), ana);
        assertEquals(Verdict.AWAITING_GRADING, scored.get(0).report().verdict());
        assertEquals(Verdict.NOT_PASSED, scored.get(1).report().verdict(), "no written answer: nothing to grade, 0 of 4");
        assertEquals("pending", ((MarkedAttempt) store.attemptsOf(quiz.id()).get(0)).score().verdict());
    }

    @Test
    void aBadTextRowRejectsTheWholeSheetWithEveryLine() throws IOException {
        ImportOutcome.Rejected r = assertInstanceOf(ImportOutcome.Rejected.class, importing("responses-with-bad-text.csv"));
        List<String> problems = r.problems().stream().map(RowProblem::toString).toList();
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("line 2: a text answer is for an open-response question, and"
                + " couple-late-text#q1 is not one"), problems.get(0));
        assertTrue(problems.get(1).startsWith("line 3: the answer to couple-late-text#q5 is in both"), problems.get(1));
        assertTrue(problems.get(2).startsWith("line 5: malformed CSV: the quoted field opened on line 5 is never closed"),
                problems.get(2));
        assertTrue(store.attemptsOf(quiz.id()).isEmpty());
    }

    private List<Ungraded> imported() throws IOException {
        assertInstanceOf(ImportOutcome.Imported.class, importing("responses-with-text.csv"));
        List<MarkedAttempt> submitted = store.attemptsOf(quiz.id()).stream().map(MarkedAttempt.class::cast).toList();
        return GradingQueue.of(quiz, submitted, store.ratingsOf(quiz.id()), "Ines Moreau", RatingRole.FIRST, 20);
    }

    @Test
    void aGradingSheetListsEachAnswerBlindWithTheRubricAndTheTextQuoted() throws IOException {
        StringWriter out = new StringWriter();
        GradingSheet.write(imported(), "Ines Moreau", out);
        List<String> lines = List.of(out.toString().split("\r\n"));
        assertEquals(String.join(",", GradingSheet.HEADER), lines.get(0));
        assertTrue(out.toString().contains("1,couple-late-text#q5,first,Ines Moreau,,,\"emotion (Names the primary"
                + " emotion): 1 = 0 pt Stays with the content; 2 = 1 pt Hints at a softer feeling; 3 = 2 pt Names the fear"
                + " | pace (Stays with the client's pace): 1 = 0 pt Moves on; 2 = 1 pt Slows down, changes subject; 3 = 2 pt"
                + " Slows down and stays\",There is a fear under the anger: that you are too much for Maya.,\"Too much… there's"
                + " a fear, Jordan,\nthat you are \"\"too much\"\" for her.\"\r\n"), out.toString());
        assertTrue(!out.toString().contains("Ana Ruiz") && !out.toString().contains("s-01"), "blind");
        GradingSheet.Read back = GradingSheet.read(new StringReader(out.toString()), Grades.openResponses(quiz), CLOCK.instant());
        assertEquals(List.of(), back.problems());
        assertEquals(1, back.skipped(), "a sheet as written rates nothing yet");
    }

    @Test
    void aFilledSheetGivesOneRatingPerRowWithLevelsAndSkipsTheRest() throws IOException {
        imported();
        GradingSheet.Read read = GradingSheet.read(Files.newBufferedReader(FIXTURES.resolve("filled-sheet.csv")),
                Grades.openResponses(quiz), CLOCK.instant());
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(new Rating(1, Q5, "Ines Moreau", RatingRole.FIRST, Map.of("emotion", 3, "pace", 2),
                "Names the fear; next time, stay with it\na little longer.", CLOCK.instant())), read.ratings());
        assertEquals(1, read.skipped());
    }

    @Test
    void aBadSheetGivesEveryProblemWithItsLineAndNoRating() throws IOException {
        GradingSheet.Read read = GradingSheet.read(Files.newBufferedReader(FIXTURES.resolve("bad-sheet.csv")),
                Grades.openResponses(quiz), CLOCK.instant());
        assertEquals(List.of(), read.ratings());
        assertEquals(List.of(
                "line 2: a rating of couple-late-text#q5 gives level 4 for criterion emotion, which has 3 levels",
                "line 3: answer must be the number the sheet was written with, was 'x'",
                "line 4: question couple-late-text#q1 is not an open response of this quiz",
                "line 5: role must be first, second or third, was 'fourth'",
                "line 6: the grader's name is missing"),
                read.problems().stream().map(RowProblem::toString).toList());
    }
}
