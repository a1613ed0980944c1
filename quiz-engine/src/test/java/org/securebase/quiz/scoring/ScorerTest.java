package org.securebase.quiz.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.ref;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;

class ScorerTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();
    private static final double EPS = 1e-9;

    @Test
    void aPerfectAttemptEarnsEveryPoint() {
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), QuizFixtures.perfectAnswers(QUIZ));
        assertEquals(11, r.possible());
        assertEquals(11, r.earned(), EPS);
        assertEquals(100, r.percent(), EPS);
        assertTrue(r.passed());
    }

    @Test
    void theWorkedExamplePassesJustAboveTheMark() {
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), QuizFixtures.workedExampleAnswers(QUIZ));
        assertEquals(5 / 6.0, r.question(ref("couple-late-text#q3")).orElseThrow().earned(), EPS);
        assertEquals(1, r.question(ref("couple-late-text#q4")).orElseThrow().earned(), EPS);
        assertEquals(53 / 6.0, r.earned(), EPS);
        assertEquals(80.303030303, r.percent(), 1e-8);
        assertTrue(r.passed());
    }

    @Test
    void oneMoreWrongAnswerFails() {
        Map<QuestionRef, Answer> answers = QuizFixtures.workedExampleAnswers(QUIZ);
        answers.put(ref("couple-sunday-dinner#q1"), Answer.Choice.of(1));
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), answers);
        assertEquals(47 / 6.0, r.earned(), EPS);
        assertEquals(71.212121212, r.percent(), 1e-8);
        assertFalse(r.passed());
    }

    @Test
    void masteryIsEarnedOverPossiblePerConceptAndPerGroup() {
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), QuizFixtures.workedExampleAnswers(QUIZ));
        var pursuer = r.masteryByConcept().get(ConceptId.of("position.pursuer"));
        assertEquals(2, pursuer.earned(), EPS);
        assertEquals(4, pursuer.possible(), EPS);
        assertEquals(0.5, pursuer.ratio(), EPS);
        var position = r.masteryByGroup().get(ConceptGroup.POSITION);
        assertEquals(3, position.earned(), EPS);
        assertEquals(5, position.possible(), EPS);
        assertEquals(3, position.questions());
        var steps = r.masteryByGroup().get(ConceptGroup.EFT_STEP);
        assertEquals(5 / 6.0, steps.ratio(), EPS);
    }

    @Test
    void aVoidedQuestionCountsForNoOne() {
        AnswerKey key = AnswerKey.of(QUIZ).withVoided(ref("couple-late-text#q4"));
        ScoreReport r = Scorer.score(QUIZ, key, QuizFixtures.workedExampleAnswers(QUIZ));
        assertEquals(8, r.possible());
        assertEquals(47 / 6.0, r.earned(), EPS);
        assertTrue(r.question(ref("couple-late-text#q4")).orElseThrow().voided());
    }

    @Test
    void unansweredQuestionsEarnNothing() {
        ScoreReport r = Scorer.score(QUIZ, AnswerKey.of(QUIZ), Map.of());
        assertEquals(0, r.earned(), EPS);
        assertEquals(11, r.possible());
        assertFalse(r.passed());
    }

    @Test
    void rejectsAnAnswerToAQuestionTheQuizDoesNotAsk() {
        ModelException e = assertThrows(ModelException.class, () -> Scorer.score(QUIZ, AnswerKey.of(QUIZ),
                Map.of(ref("couple-late-text#q2"), Answer.Choice.of(1))));
        assertEquals("an answer names couple-late-text#q2, which quiz " + QUIZ.id() + " does not ask", e.getMessage());
    }

    @Test
    void rejectsTwoChoicesForASingleChoiceQuestion() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> Scorer.score(QUIZ, AnswerKey.of(QUIZ),
                Map.of(ref("couple-late-text#q1"), Answer.Choice.of(1, 2))));
        assertEquals("the answer 'choice 1 2' to couple-late-text#q1 (single-choice) chooses 2 options; choose at most one",
                e.getMessage());
    }
}
