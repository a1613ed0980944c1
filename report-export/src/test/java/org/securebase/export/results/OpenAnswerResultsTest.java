package org.securebase.export.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securebase.export.Pdfs;
import org.securebase.export.gradebook.SummaryCsv;
import org.securebase.export.gradebook.TraineeRow;
import org.securebase.export.report.AnsweredQuestion;
import org.securebase.export.report.ScoreReportData;
import org.securebase.export.report.ScoreReports;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.store.StoredRating;

/**
 * Results of the writing check (q1, 1 point; the open q5, 4 points; pass 60 %): an attempt awaiting
 * grading is pending in the gradebook and the score report, never failed; a graded one shows the
 * rubric level reached on each criterion and the grader's comment.
 */
class OpenAnswerResultsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-14T17:00:00Z"), ZoneOffset.UTC);
    static final Quiz QUIZ = OpenResponseFixtures.writingQuiz();
    static final QuestionRef Q1 = QuestionRef.parse("couple-late-text#q1");
    static final QuestionRef Q5 = OpenResponseFixtures.OPEN;
    static final GradebookContent.TraineeInfo ANA = new GradebookContent.TraineeInfo("Ana Ruiz", LocalDate.of(2027, 3, 14), null);

    static SubmittedAttempt submitted() {
        InProgressAttempt a = InProgressAttempt.start(Optional.empty(), QUIZ, "t-ana", 1, QuizFixtures.START);
        a = a.answer(Q1, Answer.Choice.of(1), QuizFixtures.START.plusSeconds(30));
        a = a.answer(Q5, new Answer.Text("Too much… there is a fear\nunder that."), QuizFixtures.START.plusSeconds(90));
        return a.submit(QuizFixtures.START.plusSeconds(120));
    }

    /** Ines and Tom one level apart on emotion: the mean, 1.5 points, falls between levels 2 and 3. */
    static org.securebase.quiz.delivery.ScoredAttempt graded() {
        List<StoredRating> ratings = List.of(
                new StoredRating(7, Q5, "first", "Ines", "emotion=3 pace=3", "Names the fear; stay with it longer.",
                        CLOCK.instant()),
                new StoredRating(7, Q5, "second", "Tom", "emotion=2 pace=3", null, CLOCK.instant()));
        return submitted().score(AnswerKey.of(QUIZ), Grades.marks(QUIZ, ratings).get(7L));
    }

    @Test
    void anAttemptAwaitingGradingIsPendingInTheGradebookNotFailed() throws IOException {
        TraineeRow row = GradebookContent.row(QUIZ, submitted().score(AnswerKey.of(QUIZ)), ANA);
        assertTrue(row.awaitingGrading());
        assertFalse(row.passed());
        assertEquals("pending", row.verdict(true));
        assertTrue(row.responses().get(1).awaitingGrading(), "the open answer's cell is pending, not 0");
        assertFalse(row.responses().get(1).wrong());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SummaryCsv.write(List.of(row), csv);
        assertTrue(csv.toString(StandardCharsets.UTF_8).contains("t-ana,Ana Ruiz,1,5,20.0,pending,2027-03-14,"),
                csv.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGradedAttemptCountsItsMarkInTheGradebook() {
        TraineeRow row = GradebookContent.row(QUIZ, graded(), ANA);
        assertFalse(row.awaitingGrading());
        assertEquals("pass", row.verdict(true));
        assertEquals(0, row.score().compareTo(new java.math.BigDecimal("4.5")), row.score().toPlainString());
        assertEquals(0, row.responses().get(1).points().compareTo(new java.math.BigDecimal("3.5")));
    }

    @Test
    void theScoreReportOfAnAttemptAwaitingGradingSaysSoAndNeitherPassNorFail() throws IOException {
        ScoreReportData data = ScoreReportContent.of(submitted().score(AnswerKey.of(QUIZ)), "Ana Ruiz", "Riverside",
                LocalDate.of(2027, 3, 14));
        assertEquals("pending", data.verdict());
        assertFalse(data.passed());
        assertTrue(data.questions().get(1).awaitingGrading());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ScoreReports(FontSet.bundled(), CLOCK).write(data, pdf);
        String text = Pdfs.text(pdf.toByteArray());
        assertTrue(text.contains("AWAITING GRADING"), text);
        assertFalse(text.contains("FAIL"), text);
        assertTrue(text.contains("awaiting a grader"), text);
    }

    @Test
    void theScoreReportShowsTheRubricLevelReachedOnEachCriterionAndTheGradersComment() throws IOException {
        ScoreReportData data = ScoreReportContent.of(graded(), "Ana Ruiz", "Riverside", LocalDate.of(2027, 3, 14));
        assertEquals("pass", data.verdict());
        AnsweredQuestion open = data.questions().get(1);
        assertEquals(List.of(
                "Names the primary emotion: between level 2 and 3 of 3 (the graders' mean) (1.5 of 2 points)",
                "Stays with the client's pace: level 3 of 3, \u201cSlows down and stays\u201d (2 of 2 points)",
                "Grader's comment: Names the fear; stay with it longer."), open.grading());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ScoreReports(FontSet.bundled(), CLOCK).write(data, pdf);
        String text = Pdfs.text(pdf.toByteArray());
        assertTrue(text.contains("Grader's comment: Names the fear; stay with it longer."), text);
        assertTrue(text.contains("Model answer"), text);
        assertTrue(text.contains("PASS"), text);
    }

    @Test
    void theVerdictOfAScoreReportFollowsItsState() {
        Map<Boolean, String> verdicts = Map.of(true, "pending", false, "pass");
        for (boolean awaiting : List.of(true, false)) {
            ScoreReportData d = new ScoreReportData("Writing check", "Riverside", "Ana Ruiz", LocalDate.of(2027, 3, 14),
                    java.math.BigDecimal.valueOf(4), java.math.BigDecimal.valueOf(5), 60, List.of(), List.of(), List.of(),
                    awaiting);
            assertEquals(verdicts.get(awaiting), d.verdict());
        }
    }
}
