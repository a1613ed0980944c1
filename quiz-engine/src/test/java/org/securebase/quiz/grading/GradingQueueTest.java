package org.securebase.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.StoredRating;
import org.securebase.quiz.store.StoredResponse;
import org.securebase.quiz.store.StoredScore;

/** A grader's queue: every unrated answer for a first grader, the drawn share for a second, shuffled per grader. */
class GradingQueueTest {
    static final Quiz QUIZ = OpenResponseFixtures.writingQuiz();
    static final QuestionRef Q1 = QuestionRef.parse("couple-late-text#q1");
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    static List<MarkedAttempt> attempts(int n) {
        List<MarkedAttempt> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new MarkedAttempt(i, QUIZ.id(), "t" + i, 1, "K7Q", AttemptSource.IMPORT, AT, AT.plusSeconds(60),
                    List.of(new MarkedResponse(new StoredResponse(Q1, "choice 1", AT.plusSeconds(10), false), 1),
                            new MarkedResponse(new StoredResponse(OpenResponseFixtures.OPEN,
                                    new Answer.Text("Answer " + i + "\nsecond line").encode(), AT.plusSeconds(20), i == n), 0)),
                    StoredScore.of(1, 5, false), true));
        }
        return out;
    }

    static StoredRating first(long attempt, String grader) {
        return new StoredRating(attempt, OpenResponseFixtures.OPEN, "first", grader, "emotion=2 pace=2", null, AT);
    }

    @Test
    void aFirstGraderGetsEveryUnratedOnTimeAnswerBlindAndAsTyped() {
        List<Ungraded> q = GradingQueue.of(QUIZ, attempts(6), List.of(first(2, "Ines")), "Ines", RatingRole.FIRST, 20);
        assertEquals(List.of(1L, 3L, 4L, 5L), q.stream().map(Ungraded::attemptId).sorted().toList(),
                "attempt 2 is rated, attempt 6's answer came late");
        assertTrue(q.stream().allMatch(u -> u.text().endsWith("\nsecond line")));
        assertEquals(4, q.get(0).question().points());
    }

    @Test
    void eachGraderSeesTheAnswersInTheirOwnOrder() {
        List<Long> ines = GradingQueue.of(QUIZ, attempts(30), List.of(), "Ines", RatingRole.FIRST, 20).stream()
                .map(Ungraded::attemptId).toList();
        List<Long> tom = GradingQueue.of(QUIZ, attempts(30), List.of(), "Tom", RatingRole.FIRST, 20).stream()
                .map(Ungraded::attemptId).toList();
        assertNotEquals(ines, tom);
        assertEquals(ines, GradingQueue.of(QUIZ, attempts(30), List.of(), "Ines", RatingRole.FIRST, 20).stream()
                .map(Ungraded::attemptId).toList(), "the same grader meets the same order again when resuming");
    }

    @Test
    void aSecondGraderGetsTheDrawnShareOfOthersFirstRatings() {
        List<StoredRating> firsts = new ArrayList<>();
        for (long i = 1; i <= 200; i++) {
            firsts.add(first(i, "Ines"));
        }
        List<Ungraded> tom = GradingQueue.of(QUIZ, attempts(201), firsts, "Tom", RatingRole.SECOND, 20);
        assertTrue(tom.size() > 20 && tom.size() < 60, "about a fifth of 200, was " + tom.size());
        assertTrue(tom.stream().allMatch(u -> GradingQueue.drawnForSecond(u.attemptId(), u.ref(), 20)));
        assertTrue(tom.stream().allMatch(u -> u.role() == RatingRole.SECOND));
        assertEquals(List.of(), GradingQueue.of(QUIZ, attempts(201), firsts, "Ines", RatingRole.SECOND, 20),
                "no one rates their own first ratings a second time");
    }

    @Test
    void refusesAShareOutsideOneToAHundred() {
        ModelException e = assertThrows(ModelException.class,
                () -> GradingQueue.of(QUIZ, attempts(1), List.of(), "Tom", RatingRole.SECOND, 0));
        assertEquals("the share of answers rated twice must be 1 to 100 %, was 0", e.getMessage());
    }
}
