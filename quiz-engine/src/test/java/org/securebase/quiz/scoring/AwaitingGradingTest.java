package org.securebase.quiz.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.store.StoredRating;

/** An attempt with an ungraded open answer is provisional, neither passed nor failed; once graded its mark counts. */
class AwaitingGradingTest {
    static final Quiz QUIZ = OpenResponseFixtures.writingQuiz();
    static final QuestionRef Q1 = QuestionRef.parse("couple-late-text#q1");
    static final QuestionRef Q5 = OpenResponseFixtures.OPEN;
    static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");

    static Map<QuestionRef, Answer> answers() {
        return Map.of(Q1, Answer.Choice.of(1), Q5, new Answer.Text("There is fear under the anger."));
    }

    static Map<QuestionRef, Mark> marks(String... ratings) {
        List<StoredRating> stored = new java.util.ArrayList<>();
        for (int i = 0; i < ratings.length; i += 2) {
            stored.add(new StoredRating(7, Q5, ratings[i], "Grader " + i, ratings[i + 1], i == 0 ? "Names the fear." : null, AT));
        }
        return Grades.marks(QUIZ, stored).getOrDefault(7L, Map.of());
    }

    @Test
    void anUngradedOpenAnswerMakesTheScoreProvisional() {
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), answers());
        assertTrue(r.awaitingGrading());
        assertFalse(r.passed(), "no pass on a provisional score");
        assertEquals(ScoreReport.Verdict.AWAITING_GRADING, r.verdict());
        assertEquals("pending", r.verdict().text());
        assertEquals(1, r.earned(), 1e-12);
        assertEquals(5, r.possible());
        QuestionScore open = r.question(Q5).orElseThrow();
        assertTrue(open.awaitingGrading());
        assertNull(open.mark());
    }

    @Test
    void onceGradedTheMarkFlowsIntoTheTotalAndMastery() {
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), answers(), marks("first", "emotion=3 pace=2"));
        assertFalse(r.awaitingGrading());
        assertEquals(4, r.earned(), 1e-12);
        assertEquals(ScoreReport.Verdict.PASSED, r.verdict());
        assertEquals(List.of("Names the fear."), r.question(Q5).orElseThrow().mark().comments());
        assertEquals(3.0 / 4, r.question(Q5).orElseThrow().credit(), 1e-12);
        assertEquals(3, r.masteryByConcept().get(org.securebase.model.concept.ConceptId.of("emotion.primary")).earned(), 1e-12);
    }

    @Test
    void aLowMarkFailsAndTwoRatingsFarApartStillAwaitAThird() {
        assertEquals(ScoreReport.Verdict.NOT_PASSED,
                Scorer.score(QUIZ, AnswerKey.of(QUIZ), answers(), marks("first", "emotion=1 pace=2")).verdict());
        assertTrue(Scorer.score(QUIZ, AnswerKey.of(QUIZ), answers(), marks("first", "emotion=3 pace=3",
                "second", "emotion=1 pace=3")).awaitingGrading());
    }

    @Test
    void anUnansweredOpenQuestionIsNotPendingButWorthNothing() {
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), Map.of(Q1, Answer.Choice.of(1)));
        assertFalse(r.awaitingGrading());
        assertEquals(ScoreReport.Verdict.NOT_PASSED, r.verdict());
    }

    @Test
    void aVariantArrangesNothingForAnOpenResponse() {
        org.securebase.quiz.variant.Variant v = org.securebase.quiz.variant.Variant.forTrainee(QUIZ, "t1");
        assertEquals(List.of(), v.arrangement(Q5));
    }
}
