package org.securebase.quiz.rekey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.START;
import static org.securebase.quiz.QuizFixtures.ref;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.scoring.Key;

class RescoringTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();
    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");
    private static final QuestionRef SUNDAY_Q1 = ref("couple-sunday-dinner#q1");

    private static ScoredAttempt attempt(String id, Map<QuestionRef, Answer> answers) {
        InProgressAttempt a = InProgressAttempt.start(Optional.empty(), QUIZ, "trainee-" + id, 1, START);
        int s = 1;
        for (var e : answers.entrySet()) {
            a = a.answer(e.getKey(), e.getValue(), START.plusSeconds(s++));
        }
        return a.submit(START.plusSeconds(600)).score(AnswerKey.of(QUIZ));
    }

    /** Passes with 53/6 of 11 (80.3 %). */
    private static ScoredAttempt passing() {
        return attempt("pass", QuizFixtures.workedExampleAnswers(QUIZ));
    }

    /** Fails with 47/6 of 11 (71.2 %): chose option 1 on couple-sunday-dinner#q1, keyed 2. */
    private static ScoredAttempt failing() {
        Map<QuestionRef, Answer> answers = QuizFixtures.workedExampleAnswers(QUIZ);
        answers.put(SUNDAY_Q1, Answer.Choice.of(1));
        return attempt("fail", answers);
    }

    @Test
    void voidingAQuestionRescoresEveryAttemptAndListsChangedOutcomes() {
        Rescoring r = Rescoring.apply(QUIZ, AnswerKey.of(QUIZ), List.of(passing(), failing()),
                new KeyChange.Voiding(SUNDAY_Q1, "two defensible answers"), NOW);
        assertEquals(List.of("trainee-pass", "trainee-fail"), r.attempts().stream().map(a -> a.header().traineeId()).toList());
        assertEquals(10, r.attempts().get(1).report().possible());
        assertEquals(47 / 6.0, r.attempts().get(1).report().earned(), 1e-9);
        assertEquals(78.333333333, r.attempts().get(1).report().percent(), 1e-8);
        assertEquals(2, r.audit().scores().size());
        // voiding a question the passing trainee got right takes them from 53/6 of 11 (80.3 %) to 47/6 of 10 (78.3 %)
        assertEquals(List.of("trainee-pass"), r.audit().passFailChanged().stream().map(ScoreChange::traineeId).toList());
        assertEquals("voided couple-sunday-dinner#q1 (key was 'choice 2')", r.audit().change());
        assertEquals(NOW, r.audit().at());
    }

    @Test
    void rekeyingFlipsPassAndFailAndKeepsTheOldAndNewScores() {
        Rescoring r = Rescoring.apply(QUIZ, AnswerKey.of(QUIZ), List.of(passing(), failing()),
                new KeyChange.Rekeying(SUNDAY_Q1, new Key.Choice(List.of(1)), "the key was entered against the wrong option"), NOW);
        List<ScoreChange> flipped = r.audit().passFailChanged();
        assertEquals(2, flipped.size());
        ScoreChange nowFails = flipped.get(0);
        assertEquals("trainee-pass", nowFails.traineeId());
        assertTrue(nowFails.oldPassed());
        assertFalse(nowFails.newPassed());
        assertEquals(53 / 6.0, nowFails.oldEarned(), 1e-9);
        assertEquals(47 / 6.0, nowFails.newEarned(), 1e-9);
        ScoreChange nowPasses = flipped.get(1);
        assertEquals("trainee-fail", nowPasses.traineeId());
        assertTrue(nowPasses.newPassed());
        assertEquals("re-keyed couple-sunday-dinner#q1 from 'choice 2' to 'choice 1'", r.audit().change());
        assertEquals("the key was entered against the wrong option", r.audit().reason());
        assertEquals(new Key.Choice(List.of(1)), r.key().key(SUNDAY_Q1));
    }

    @Test
    void attemptsWhoseScoreDidNotMoveAreLeftOutOfTheAudit() {
        Rescoring r = Rescoring.apply(QUIZ, AnswerKey.of(QUIZ), List.of(passing()),
                new KeyChange.Rekeying(ref("couple-late-text#q1"), new Key.Choice(List.of(1)), "confirming the key"), NOW);
        assertTrue(r.audit().scores().isEmpty());
        assertEquals(1, r.attempts().size());
    }

    @Test
    void refusesANewKeyThatDoesNotFitTheQuestion() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> Rescoring.apply(QUIZ, AnswerKey.of(QUIZ),
                List.of(), new KeyChange.Rekeying(SUNDAY_Q1, new Key.Choice(List.of(1, 2)), "both"), NOW));
        assertEquals("the key 'choice 1 2' for couple-sunday-dinner#q1 (single-choice) does not fit the question's kind or size",
                e.getMessage());
    }
}
