package org.securebase.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.grading.Agreement;
import org.securebase.quiz.grading.Ungraded;
import org.securebase.quiz.results.CollectedAttempt;
import org.securebase.quiz.results.CollectedAttempts;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.variant.Variant;

/**
 * The grading scenario: five trainees write an answer, Ines rates each, Tom rates the drawn
 * share (all five here), and the agreement is the worked example of docs/grading.md.
 */
class GradeAnswersTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    static final Quiz QUIZ = OpenResponseFixtures.writingQuiz();
    static final QuestionRef Q1 = QuestionRef.parse("couple-late-text#q1");
    /** emotion and pace levels of Ines, then Tom, for trainees t1 to t5: the table in docs/grading.md. */
    static final int[][] LEVELS = {{3, 1, 3, 1}, {2, 2, 3, 2}, {1, 3, 1, 3}, {2, 1, 2, 3}, {3, 2, 2, 2}};

    @TempDir
    Path dir;

    Workspace recorded() {
        Workspace w = new Workspace(dir.resolve("results.db"));
        try (ResultStore store = w.open()) {
            new FrozenQuizzes(store).freeze(QUIZ);
            List<RegisteredTrainee> trainees = new ArrayList<>();
            List<CollectedAttempt> attempts = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                trainees.add(new RegisteredTrainee("t" + i, "Trainee " + i, null, null, null));
                attempts.add(new CollectedAttempt("t" + i, Variant.forTrainee(QUIZ, "t" + i), Map.of(Q1, Answer.Choice.of(1),
                        OpenResponseFixtures.OPEN, new Answer.Text("Answer of t" + i + "\nsecond line")), CLOCK.instant()));
            }
            new CollectedAttempts(store).record(QUIZ, trainees, attempts, org.securebase.quiz.store.AttemptSource.IMPORT);
        }
        return w;
    }

    static int trainee(Ungraded u) {
        return Integer.parseInt(u.text().substring("Answer of t".length(), u.text().indexOf('\n')));
    }

    @Test
    void gradersRateBlindAndResumeAndTheAgreementIsTheWorkedExample() {
        GradeAnswers grading = new GradeAnswers(recorded(), CLOCK);
        List<Ungraded> ines = grading.queue(QUIZ.id(), "Ines", false, 20);
        assertEquals(5, ines.size());
        assertEquals(List.of("pending", "pending", "pending", "pending", "pending"), storedVerdicts());
        Ungraded firstShown = ines.get(0);
        grading.rate(QUIZ.id(), firstShown, "Ines", levels(trainee(firstShown), 0), "Stay with the fear.");
        assertEquals(4, grading.queue(QUIZ.id(), "Ines", false, 20).size(), "resumes where the grader stopped");
        for (Ungraded u : grading.queue(QUIZ.id(), "Ines", false, 20)) {
            grading.rate(QUIZ.id(), u, "Ines", levels(trainee(u), 0), null);
        }
        assertEquals(List.of(), grading.queue(QUIZ.id(), "Ines", false, 20));
        assertEquals(List.of("pass", "pass", "pass", "fail", "pass"), storedVerdicts(),
                "each attempt's score is final once its one open answer has a first rating");
        for (Ungraded u : grading.queue(QUIZ.id(), "Tom", true, 100)) {
            grading.rate(QUIZ.id(), u, "Tom", levels(trainee(u), 2), null);
        }
        assertEquals(List.of("pass", "pass", "pass", "pending", "pass"), storedVerdicts(),
                "t4's ratings are two levels apart on pace: it waits for a third rating");
        Agreement.Report r = grading.agreement(QUIZ.id());
        assertEquals(9.0 / 14, r.criteria().get(0).kappa().orElseThrow(), 1e-12);
        assertEquals(0.375, r.criteria().get(1).kappa().orElseThrow(), 1e-12);
        assertEquals(0.5, r.overall().kappa().orElseThrow(), 1e-12);
        assertEquals(3, r.disagreements().size());
        try (ResultStore store = new Workspace(dir.resolve("results.db")).openExisting()) {
            assertEquals(10, store.ratingAuditOf(QUIZ.id()).size(), "every rating audited");
            assertTrue(store.ratingAuditOf(QUIZ.id()).stream().allMatch(a -> a.rating().grader().equals("Ines")
                    || a.rating().grader().equals("Tom")));
        }
    }

    @Test
    void refusesAQuizWithoutOpenResponses() {
        Workspace w = recorded();
        GradeAnswers grading = new GradeAnswers(w, CLOCK);
        Quiz closed = org.securebase.quiz.QuizFixtures.anyQuiz();
        try (ResultStore store = w.open()) {
            new FrozenQuizzes(store).freeze(closed);
        }
        Refusal e = assertThrows(Refusal.class, () -> grading.queue(closed.id(), "Ines", false, 20));
        assertEquals("quiz " + closed.id() + " asks no open-response question: there is nothing to grade", e.getMessage());
    }

    /** The stored verdict of t1 to t5's attempts. */
    List<String> storedVerdicts() {
        try (ResultStore store = new Workspace(dir.resolve("results.db")).openExisting()) {
            return store.attemptsOf(QUIZ.id()).stream().map(a -> ((MarkedAttempt) a).score().verdict()).toList();
        }
    }

    /** The levels of trainee t (1-based) given by Ines (from 0) or Tom (from 2). */
    static Map<String, Integer> levels(int t, int from) {
        return Map.of("emotion", LEVELS[t - 1][from], "pace", LEVELS[t - 1][from + 1]);
    }
}
