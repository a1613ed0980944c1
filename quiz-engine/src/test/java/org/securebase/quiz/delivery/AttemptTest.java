package org.securebase.quiz.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.START;
import static org.securebase.quiz.QuizFixtures.ref;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;

class AttemptTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();
    private static final QuestionRef Q1 = ref("couple-late-text#q1");
    private static final QuestionRef ORDER = ref("couple-late-text#q3");

    private static Instant minute(int m) {
        return START.plus(Duration.ofMinutes(m));
    }

    private static InProgressAttempt answeredEverything(AttemptId id, String trainee, Map<QuestionRef, Answer> answers) {
        InProgressAttempt a = InProgressAttempt.start(Optional.of(id), QUIZ, trainee, 1, START);
        int m = 1;
        for (var e : answers.entrySet()) {
            a = a.answer(e.getKey(), e.getValue(), minute(m++));
        }
        return a;
    }

    @Test
    void aChangedAnswerReplacesTheEarlierOneButBothAreRecorded() {
        InProgressAttempt a = InProgressAttempt.start(Optional.of(AttemptId.of(1)), QUIZ, "alice", 1, START)
                .answer(Q1, Answer.Choice.of(2), minute(1))
                .answer(Q1, Answer.Choice.of(1), minute(2));
        assertEquals(2, a.responses().size());
        assertEquals(Answer.Choice.of(1), a.countedAnswers().get(Q1));
    }

    @Test
    void aClearedAnswerNoLongerCounts() {
        InProgressAttempt a = InProgressAttempt.start(Optional.of(AttemptId.of(1)), QUIZ, "alice", 1, START)
                .answer(Q1, Answer.Choice.of(2), minute(1)).clear(Q1, minute(2));
        assertFalse(a.countedAnswers().containsKey(Q1));
    }

    @Test
    void lateAnswersAreKeptButNotCounted() {
        InProgressAttempt a = InProgressAttempt.start(Optional.of(AttemptId.of(1)), QUIZ, "alice", 1, START)
                .answer(Q1, Answer.Choice.of(2), minute(45))
                .answer(Q1, Answer.Choice.of(1), minute(46));
        assertEquals(2, a.responses().size());
        assertFalse(a.isLate(a.responses().get(0)), "exactly at the deadline is on time");
        assertTrue(a.isLate(a.responses().get(1)));
        assertEquals(Answer.Choice.of(2), a.countedAnswers().get(Q1));
        SubmittedAttempt s = a.submit(minute(47));
        assertTrue(s.submittedLate());
        assertEquals(0, s.score(AnswerKey.of(QUIZ)).report().earned(), 1e-12);
    }

    @Test
    void reviewListsEveryQuestionInDeliveryOrder() {
        InProgressAttempt a = InProgressAttempt.start(Optional.of(AttemptId.of(1)), QUIZ, "alice", 1, START)
                .answer(Q1, Answer.Choice.of(1), minute(1))
                .answer(ORDER, Answer.Order.of(1, 2, 3, 4), minute(50));
        List<InProgressAttempt.ReviewLine> review = a.review();
        assertEquals(9, review.size());
        assertEquals(a.header().variant().order(), review.stream().map(InProgressAttempt.ReviewLine::ref).toList());
        var q1 = review.stream().filter(l -> l.ref().equals(Q1)).findFirst().orElseThrow();
        assertTrue(q1.answered());
        var order = review.stream().filter(l -> l.ref().equals(ORDER)).findFirst().orElseThrow();
        assertFalse(order.answered());
        assertTrue(order.lateResponse());
    }

    @Test
    void resumingFromTheRecordedResponsesGivesTheSameAttempt() {
        InProgressAttempt a = answeredEverything(AttemptId.of(1), "alice", QuizFixtures.workedExampleAnswers(QUIZ));
        InProgressAttempt resumed = new InProgressAttempt(a.header(), List.copyOf(a.responses()));
        assertEquals(a, resumed);
        assertEquals(a.countedAnswers(), resumed.countedAnswers());
    }

    @Test
    void refusesResponsesOutOfTimeOrderWhenResuming() {
        InProgressAttempt a = InProgressAttempt.start(Optional.of(AttemptId.of(1)), QUIZ, "alice", 1, START);
        ModelException e = assertThrows(ModelException.class, () -> new InProgressAttempt(a.header(), List.of(
                new Response(Q1, Answer.Choice.of(1), minute(5)), new Response(Q1, Answer.Choice.of(2), minute(4)))));
        assertTrue(e.getMessage().startsWith("attempt 1 records a response to couple-late-text#q1 at 2026-03-02T09:04:00Z, before"),
                e.getMessage());
    }

    @Test
    void scoringASubmittedAttemptGivesTheWorkedExampleNumbers() {
        ScoredAttempt s = answeredEverything(AttemptId.of(1), "alice", QuizFixtures.workedExampleAnswers(QUIZ))
                .submit(minute(20)).score(AnswerKey.of(QUIZ));
        assertEquals(53 / 6.0, s.report().earned(), 1e-9);
        assertTrue(s.report().passed());
    }

    @Test
    void retakesStopAtTheAllowedNumber() {
        SubmittedAttempt first = answeredEverything(AttemptId.of(1), "alice", Map.of()).submit(minute(10));
        InProgressAttempt second = Retakes.startNext(List.of(first), Optional.of(AttemptId.of(2)), QUIZ, "alice", minute(60));
        assertEquals(2, second.header().number());
        NoAttemptsLeftException e = assertThrows(NoAttemptsLeftException.class,
                () -> Retakes.startNext(List.of(first, second.submit(minute(70))), Optional.of(AttemptId.of(3)), QUIZ, "alice", minute(80)));
        assertEquals("trainee alice has used all 2 attempts allowed at quiz " + QUIZ.id(), e.getMessage());
    }

    @Test
    void noRetakeWhileAnAttemptIsInProgress() {
        InProgressAttempt open = InProgressAttempt.start(Optional.of(AttemptId.of(1)), QUIZ, "alice", 1, START);
        assertThrows(NoAttemptsLeftException.class, () -> Retakes.startNext(List.of(open), Optional.of(AttemptId.of(2)), QUIZ, "alice", minute(5)));
    }

    @Test
    void bestOrLastDecidesWhichAttemptCounts() {
        AnswerKey key = AnswerKey.of(QUIZ);
        ScoredAttempt strong = answeredEverything(AttemptId.of(1), "alice", QuizFixtures.perfectAnswers(QUIZ)).submit(minute(20)).score(key);
        InProgressAttempt retake = new InProgressAttempt(new AttemptHeader(AttemptId.of(2), "alice", 2, QUIZ,
                strong.header().variant(), minute(60)), List.of());
        ScoredAttempt weak = retake.answer(Q1, Answer.Choice.of(1), minute(61)).submit(minute(62)).score(key);
        assertEquals(Optional.of(AttemptId.of(1)), Retakes.counting(List.of(weak, strong), AttemptPolicy.BEST).orElseThrow().header().attemptId());
        assertEquals(Optional.of(AttemptId.of(2)), Retakes.counting(List.of(strong, weak), AttemptPolicy.LAST).orElseThrow().header().attemptId());
        assertTrue(Retakes.counting(List.of(), AttemptPolicy.BEST).isEmpty());
    }
}
